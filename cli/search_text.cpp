// Each sentence is written whole in both languages (no word-by-word assembly), so each reads
// naturally and says only what is true of this result.
#include "search_text.hpp"

#include <string>
#include <string_view>

namespace vanban::cli {
namespace {

std::string quoted(const std::string& value) {
  return "'" + value + "'";
}

/// "no document has type 'Foo'": one sentence for each field (English, Vietnamese).
std::string no_document_with(const QueryFilter& f, bool en) {
  struct Sentence {
    std::string_view field, en, vi;
  };
  static constexpr Sentence kSentences[] = {
      {"type", "no document has type ", "không có văn bản nào có loại "},
      {"number", "no document has number ", "không có văn bản nào có số "},
      {"cites", "no document cites ", "không có văn bản nào dẫn chiếu "},
      {"issuer", "no document has issuer ", "không có văn bản nào có cơ quan ban hành "},
      {"signer", "no document has signer ", "không có văn bản nào có người ký "},
      {"recipient", "no document has recipient ", "không có văn bản nào có nơi nhận "},
      {"year", "no document is of year ", "không có văn bản nào ban hành năm "},
      {"date", "no document is dated ", "không có văn bản nào ban hành ngày "},
  };
  const std::string v = quoted(f.value);
  for (const auto& s : kSentences)
    if (f.field == s.field) return std::string(en ? s.en : s.vi) + v;
  return en ? "no document matches " + f.field + ":" + v
            : "không có văn bản nào khớp " + f.field + ":" + v;
}

/// Why nothing was found, as far as the archive can tell.
void explain_nothing(std::ostream& out, const SearchResults& r, bool en) {
  if (!r.empty_filters.empty()) {
    for (const auto& f : r.empty_filters) out << no_document_with(f, en) << "\n";
    return;
  }
  if (r.total > 0) return; // past the last page: the count line says how many there are
  if (r.filters.empty())
    out << (en ? "no document has any word or number of the query"
               : "không có văn bản nào có từ hay số nào của câu tìm kiếm")
        << "\n";
  else if (r.has_text)
    out << (en ? "each filter matches documents, but none of them has any word or number of the "
                 "query"
               : "mỗi bộ lọc đều khớp một số văn bản, nhưng không văn bản nào trong đó có từ hay "
                 "số nào của câu tìm kiếm")
        << "\n";
  else
    out << (en ? "each filter matches documents, but no document matches them all together"
               : "mỗi bộ lọc đều khớp một số văn bản, nhưng không văn bản nào khớp tất cả cùng lúc")
        << "\n";
}

void print_hit(std::ostream& out, const Hit& h, const SearchTextStyle& s) {
  const char* bold = s.tty ? "\033[1m" : "";
  const char* plain = s.tty ? "\033[0m" : "";
  const char* no_number = s.english ? "(no number)" : "(không số)";
  out << bold << h.rank << ". " << (h.number.empty() ? no_number : h.number) << plain;
  if (!h.date.empty()) out << "  " << h.date;
  if (!h.type.empty()) out << "  " << h.type;
  out << "\n";
  if (!h.subject.empty()) out << "   " << h.subject << "\n";
  out << "   " << h.path << "\n";
  if (!h.snippet.empty()) out << "   " << h.snippet << "\n";
  out << "\n";
}

} // namespace

void print_search_text(std::ostream& out, const SearchResults& r, const SearchTextStyle& s) {
  const bool en = s.english;
  for (const auto& h : r.hits) print_hit(out, h, s);
  if (r.hits.empty()) {
    explain_nothing(out, r, en);
    if (r.total > 0) // --offset past the end
      out << (en ? "no hits past the first " + std::to_string(s.offset) + ": " +
                       std::to_string(r.total) + " documents match"
                 : "không còn kết quả sau " + std::to_string(s.offset) + " kết quả đầu: có " +
                       std::to_string(r.total) + " văn bản khớp")
          << "\n";
    return;
  }
  out << r.hits.size() << (en ? " of " : " trong ") << r.total << (en ? " documents" : " văn bản");
  if (r.relaxed)
    out << (en ? " (none has every word: ranked by the words they have)"
               : " (không văn bản nào có đủ mọi từ: xếp theo các từ có trong văn bản)");
  out << "\n";
}

} // namespace vanban::cli
