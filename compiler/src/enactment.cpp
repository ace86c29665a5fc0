// Identity printed at the end instead of the header: the date a law or resolution was adopted
// ("… thông qua ngày 18 tháng 01 năm 2024"), and the certification block of a consolidated
// text ("VĂN PHÒNG QUỐC HỘI XÁC THỰC VĂN BẢN HỢP NHẤT / Số: 13/VBHN-VPQH / Hà Nội, ngày …").
#include "stages.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/number.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <algorithm>
#include <stdexcept>

namespace vanban::stages {
namespace {

/// The end of a law is read in these many lines (the closing words, signature, a short annex).
constexpr std::size_t kTailLines = 120;
/// The certification block spans a few lines around its title.
constexpr std::size_t kBlockBefore = 4, kBlockAfter = 6;

/// The phrase list `key` of data/enactment_phrases.json.
const std::vector<std::string>& enactment_phrases(std::string_view key) {
  return tables::get().phrases("enactment_phrases." + std::string(key));
}

/// Where a certification title starts in `lower` (the first one of the line), or npos.
std::size_t certification_title_at(std::string_view lower) {
  std::size_t at = std::string_view::npos;
  for (const auto& title : enactment_phrases("certification_titles"))
    at = std::min(at, lower.find(title));
  return at;
}

/// The laws' date: the spelled date after "thông qua ngày", read over the joined tail lines
/// (extraction may break "ngày" / "11" / "tháng" / "12" / "năm 2025" into paragraphs).
void read_adoption_date(const Lines& lines, Document& doc) {
  const std::size_t from = lines.size() > kTailLines ? lines.size() - kTailLines : 0;
  std::string tail;
  std::vector<std::pair<std::size_t, int>> line_at; // byte offset in tail → source line
  for (std::size_t i = from; i < lines.size(); ++i) {
    line_at.emplace_back(tail.size(), lines[i].line);
    tail += lines[i].text;
    tail += ' ';
  }
  const std::string lower = text::lower_aligned(tail);
  // The last lead in the tail; the date starts at its day word when it ends in one.
  std::size_t at = std::string::npos;
  std::string_view lead;
  for (const auto& l : enactment_phrases("adoption_leads")) {
    const std::size_t p = lower.rfind(l);
    if (p != std::string::npos && (at == std::string::npos || p > at)) {
      at = p;
      lead = l;
    }
  }
  if (at == std::string::npos) return;
  const auto& day = tables::get().phrases("date_phrases.day_word");
  const bool ends_in_day = !day.empty() && lead.size() >= day.front().size() &&
                           lead.substr(lead.size() - day.front().size()) == day.front();
  const std::size_t date_from = at + lead.size() - (ends_in_day ? day.front().size() : 0);
  auto found = dates::find_spelled(utf8::cut(tail, date_from + 60), date_from);
  if (!found || found->begin > date_from + 8 || found->impossible) return;
  doc.date = dates::iso(found->date);
  doc.facts.date_text = tail.substr(found->begin, found->end - found->begin);
  auto it = std::upper_bound(line_at.begin(), line_at.end(), std::make_pair(at, 0),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  doc.lines.date = std::prev(it)->second;
}

/// Capital letters before the block title on its line, or the capitals line above the number.
std::optional<std::string> certifying_body(const Lines& lines, std::size_t title, std::size_t num) {
  const std::string& t = lines[title].text;
  const std::size_t cut = certification_title_at(text::lower_aligned(t));
  std::string_view before = text::trim(std::string_view(t).substr(0, cut));
  if (!before.empty() && text::is_upper(before)) return std::string(before);
  const std::size_t top = std::min(title, num);
  for (std::size_t k = top; k-- > 0 && k + kBlockBefore >= top;) {
    std::string_view l = text::trim(lines[k].text);
    if (text::is_upper(l) && !number::label(l)) return std::string(l);
    if (!l.empty() && text::has_letter(l)) break;
  }
  return std::nullopt;
}

/// "Hà Nội", "Thành phố Hồ Chí Minh": a few capitalised words, no digits.
bool looks_like_place(std::string_view place) {
  constexpr std::size_t kMaxPlaceLength = 40;
  if (place.empty() || text::length(place) > kMaxPlaceLength || !text::upper_at(place, 0))
    return false;
  return std::none_of(place.begin(), place.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void read_certification(const Lines& lines, Document& doc) {
  const std::size_t from = lines.size() > kTailLines ? lines.size() - kTailLines : 0;
  std::optional<std::size_t> title;
  for (std::size_t i = lines.size(); i-- > from && !title;)
    if (certification_title_at(text::lower_aligned(lines[i].text)) != std::string::npos) title = i;
  if (!title) return;
  const std::size_t lo = *title > kBlockBefore ? *title - kBlockBefore : 0;
  const std::size_t hi = std::min(lines.size(), *title + kBlockAfter);
  std::optional<std::size_t> num;
  bool date_seen = false;
  for (std::size_t i = lo; i < hi; ++i) {
    const auto& l = lines[i];
    if (!num) {
      if (auto label = number::label(l.text)) {
        if (auto parsed = number::parse_leading(*label, number::Mode::Relaxed)) {
          num = i;
          doc.number = parsed->number;
          doc.facts.number_text = std::string(text::trim(*label));
          doc.lines.number = l.line;
        }
        continue;
      }
    }
    // The block's place-date: after its number or title, not the law's last sentence above
    // nor a footnote below that names a date ("16 Khoản này … từ ngày …").
    if (i < std::min(*title, num.value_or(*title))) continue;
    auto pd = dates::parse_place_date(l.text);
    if (pd && pd->date && !date_seen && looks_like_place(pd->place)) {
      date_seen = true;
      doc.date = dates::iso(*pd->date);
      doc.facts.date_text = pd->date_text;
      doc.lines.date = l.line;
      if (!pd->place.empty()) doc.place = pd->place;
    }
  }
  if (!num) return;
  // The certified text keeps its own type in the title ("LUẬT" / "ĐẤT ĐAI"): a consolidated
  // law is known as "Văn bản hợp nhất Luật Đất đai".
  const std::string* consolidated = tables::get().type_name("VBHN");
  if (!consolidated) throw std::runtime_error("data/types.json: no type of code VBHN");
  if (doc.type && doc.subject && doc.subject->rfind(*doc.type, 0) == 0)
    doc.subject = *consolidated + " " + *doc.subject;
  doc.type = *consolidated;
  doc.lines.type = lines[*title].line;
  if (!doc.issuer) {
    if (auto body = certifying_body(lines, *title, *num)) {
      Issuer issuer;
      issuer.name = text::squeeze(*body);
      issuer.lines.push_back(issuer.name);
      doc.issuer = std::move(issuer);
      doc.lines.issuer = lines[*title].line;
    }
  }
}

} // namespace

void recognise_enactment(const Lines& lines, Document& doc) {
  if (!doc.number || doc.number->issuer_code == std::nullopt) read_certification(lines, doc);
  if (!doc.date && !doc.facts.date_text) read_adoption_date(lines, doc);
}

} // namespace vanban::stages
