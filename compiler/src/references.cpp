// Citation extraction: numbers in the body with their type, date, issuer and relation.
#include "reference_merge.hpp"
#include "stages.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/number.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <algorithm>
#include <optional>

namespace vanban::stages {
namespace {

/// A block's text joined from its lines, with the source line of every line start.
struct Block {
  std::string text;
  std::vector<std::pair<std::size_t, int>> starts; ///< (byte offset, source line)

  /// Binary search: a paragraph of a million lines is asked once per citation.
  int line_at(std::size_t offset) const {
    auto after = std::upper_bound(starts.begin(), starts.end(), offset,
                                  [](std::size_t o, const auto& start) { return o < start.first; });
    return after == starts.begin() ? starts.front().second : std::prev(after)->second;
  }
};

/// An issuer's name is a few words ("Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu" is 60
/// bytes): when no stop phrase ends it, it ends after this many bytes rather than swallow the
/// paragraph.
constexpr std::size_t kMaxIssuerBytes = 200;
/// Between a number (or its issuer) and its date only a comma and spaces: ", " or " , ".
constexpr std::size_t kMaxDateGap = 4;
/// The date itself may start with its word: "ngày " is 6 bytes, and OCR doubles a space.
constexpr std::size_t kMaxDateLead = 8;
/// A "near" phrase gives its relation to a citation it precedes by at most this many bytes of the
/// same clause (about 40 words): farther, it speaks of another thing of the sentence.
constexpr std::size_t kNearWindow = 240;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::size_t skip_back_spaces(std::string_view s, std::size_t i) {
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
  return i;
}

bool ends_with_word(std::string_view lower, std::size_t end, std::string_view word) {
  if (end < word.size() || lower.compare(end - word.size(), word.size(), word) != 0) return false;
  std::size_t b = end - word.size();
  return b == 0 || !text::alnum_before(lower, b);
}

/// The phrase list `key` of data/reference_phrases.json.
const std::vector<std::string>& reference_phrases(std::string_view key) {
  return tables::get().phrases("reference_phrases." + std::string(key));
}

/// The word before a number ("số"): data/number_phrases.json's bare_labels.
const std::vector<std::string>& number_words() {
  return tables::get().phrases("number_phrases.bare_labels");
}

/// Where a citation's lead-in starts: "Kế hoạch số ", "số ", or the number itself.
struct LeadIn {
  std::size_t begin;
  std::optional<std::string> type;
  bool anchored; ///< "số" or a type name precedes the number: OCR spacing may be forgiven
};

LeadIn lead_in(std::string_view lower, std::size_t number_begin) {
  LeadIn out{number_begin, std::nullopt, false};
  std::size_t i = skip_back_spaces(lower, number_begin);
  if (i > 0 && lower[i - 1] == ':') i = skip_back_spaces(lower, i - 1);
  for (const auto& so : number_words()) {
    if (!ends_with_word(lower, i, so)) continue;
    out.begin = i - so.size();
    out.anchored = true;
    i = skip_back_spaces(lower, out.begin);
    break;
  }
  for (const auto& type : tables::get().types) {
    if (ends_with_word(lower, i, type.lower)) {
      out.begin = i - type.lower.size();
      out.type = type.name;
      out.anchored = true;
      break;
    }
  }
  return out;
}

/// "của Ban Thường vụ LĐLĐ tỉnh Lai Châu" up to " về", ";", ",", "." or a date.
std::optional<std::string> issuer_at(std::string_view s, std::string_view lower, std::size_t& i) {
  std::size_t p = i;
  while (p < s.size() && (s[p] == ' ' || s[p] == ',')) ++p;
  std::size_t lead = 0; // "của " (data/reference_phrases.json: issuer_leads)
  for (const auto& w : reference_phrases("issuer_leads")) {
    if (lower.compare(p, w.size(), w) != 0) continue;
    lead = w.size();
    break;
  }
  if (lead == 0) return std::nullopt;
  p += lead;
  std::size_t end = p;
  // The issuer is a name: it ends where the sentence goes on with a verb, a conjunction or
  // another citation ("của UBND tỉnh thực hiện Chỉ thị …", "của Tỉnh ủy và Kế hoạch …";
  // data/reference_phrases.json: issuer_stops).
  const auto& stops = tables::get().phrases("reference_phrases.issuer_stops");
  while (end < s.size() && end - p < kMaxIssuerBytes) {
    char c = s[end];
    if (c == ';' || c == ',' || c == ':' ||
        (c == '.' && (end + 1 >= s.size() || s[end + 1] == ' ')))
      break;
    if (c == '"' || lower.compare(end, std::string_view("“").size(), "“") == 0) break;
    bool stop = false;
    for (const auto& w : stops) stop |= lower.compare(end, w.size(), w) == 0;
    // Capitalised, the word belongs to a name: "Công ty Cổ phần Xây dựng Giao thông Ba Chẽ" goes
    // on where "… tỉnh xây dựng kế hoạch" ends.
    if (stop && !text::upper_at(s, end + 1)) break;
    ++end;
  }
  // The length cap may fall inside a character: the issuer ends before it.
  end = p + utf8::cut(s.substr(p), end - p).size();
  std::string_view issuer = text::trim(s.substr(p, end - p));
  if (issuer.empty()) return std::nullopt;
  i = end;
  return std::string(issuer);
}

/// ", ngày 23/02/2024" right after a number or an issuer.
std::optional<dates::Found> date_after(std::string_view s, std::size_t& i) {
  std::size_t p = i;
  while (p < s.size() && (s[p] == ' ' || s[p] == ',') && p - i < kMaxDateGap) ++p;
  auto f = dates::date_at(s, p);
  if (!f || f->begin > p + kMaxDateLead) return std::nullopt;
  i = f->end;
  return f;
}

/// The clauses of a paragraph (split at ';' and sentence ends) and the relation a lead phrase
/// gives each: "Thực hiện A; B; căn cứ C, …" → A, B implements; C based_on.
struct Clauses {
  std::vector<std::size_t> starts;                ///< clause start offsets, ascending
  std::vector<std::optional<Relation>> relations; ///< lead relation per clause
  /// Offsets of each of the tables' "after" phrases, ascending: found once per paragraph, not
  /// searched again to the clause end for every citation of a clause that never ends.
  std::vector<std::vector<std::size_t>> after_at;

  std::size_t index_of(std::size_t offset) const {
    // Binary search: a paragraph of thousands of clauses is asked once per citation.
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    return it == starts.begin() ? 0 : static_cast<std::size_t>(it - starts.begin()) - 1;
  }
  std::size_t start_of(std::size_t offset) const { return starts[index_of(offset)]; }
  std::size_t end_of(std::size_t offset, std::size_t size) const {
    std::size_t k = index_of(offset);
    return k + 1 < starts.size() ? starts[k + 1] - 1 : size;
  }
};

std::size_t skip_label(std::string_view s, std::size_t i) {
  while (i < s.size() && (is_digit(s[i]) || s[i] == '.' || s[i] == ')' || s[i] == '-' ||
                          s[i] == '+' || s[i] == ' ' || s[i] == ','))
    ++i;
  return i;
}

bool opens_with_citation(std::string_view lower, std::size_t i) {
  for (const auto& so : number_words())
    if (lower.compare(i, so.size(), so) == 0) return true;
  for (const auto& type : tables::get().types)
    if (lower.compare(i, type.lower.size(), type.lower) == 0) return true;
  return false;
}

Clauses clauses_of(std::string_view s, std::string_view lower) {
  Clauses c;
  c.starts.push_back(0);
  for (std::size_t i = 0; i < s.size(); ++i) {
    // A clause ends at ';' or at a sentence end: ". " before a capital letter.
    bool sentence_end =
        s[i] == '.' && i + 2 < s.size() && s[i + 1] == ' ' && text::upper_at(s, i + 2);
    if (s[i] == ';' || sentence_end) c.starts.push_back(i + 1);
  }
  std::optional<Relation> carried;
  for (std::size_t start : c.starts) {
    std::size_t i = skip_label(lower, start);
    std::optional<Relation> relation;
    for (const auto& lead : tables::get().lead) {
      if (lower.compare(i, lead.phrase.size(), lead.phrase) == 0 &&
          !text::letter_at(lower, i + lead.phrase.size())) {
        relation = lead.relation;
        break;
      }
    }
    // A clause that opens with another citation continues the list of the lead before it.
    if (!relation && carried && opens_with_citation(lower, i)) relation = carried;
    c.relations.push_back(relation);
    carried = relation;
  }
  for (const auto& a : tables::get().after) {
    auto& at = c.after_at.emplace_back();
    for (std::size_t p = lower.find(a.phrase); p != std::string_view::npos;
         p = lower.find(a.phrase, p + 1))
      at.push_back(p);
  }
  return c;
}

Relation relation_of(const Clauses& clauses, std::string_view lower, std::size_t begin,
                     std::size_t end) {
  if (const auto& lead = clauses.relations[clauses.index_of(begin)]) return *lead;
  const auto& t = tables::get();
  std::size_t clause_start = clauses.start_of(begin);
  std::size_t window = begin > clause_start + kNearWindow ? begin - kNearWindow : clause_start;
  std::string_view before = lower.substr(window, begin - window);
  std::optional<Relation> best;
  std::size_t best_at = 0;
  for (const auto& near : t.near) {
    std::size_t at = before.rfind(near.phrase);
    if (at != std::string_view::npos && (!best || at > best_at)) {
      best = near.relation;
      best_at = at;
    }
  }
  if (best) return *best;
  // An "after" phrase between the citation and its clause's end.
  const std::size_t clause_end = clauses.end_of(end, lower.size());
  for (std::size_t k = 0; k < t.after.size(); ++k) {
    const auto& at = clauses.after_at[k];
    const auto first = std::lower_bound(at.begin(), at.end(), end);
    if (first != at.end() && *first + t.after[k].phrase.size() <= clause_end)
      return t.after[k].relation;
  }
  return Relation::Cites;
}

/// Cheap test before the grammar: digits, then (spaces) '/' or a dash, then (spaces) an upper-case
/// letter or a four-digit year. Dates, counts and percentages fail it at once.
bool may_be_number(std::string_view s, std::size_t p) {
  std::size_t i = p;
  while (i < s.size() && is_digit(s[i])) ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size()) return false;
  if (s[i] == '/' || s[i] == '-') {
    ++i;
  } else if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
             (s[i + 2] == '\x93' || s[i + 2] == '\x94')) {
    // en or em dash
    i += 3;
  } else {
    return false;
  }
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size()) return false;
  if (is_digit(s[i])) { // law style: 135/2020/NĐ-CP
    std::size_t d = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i - d == 4 && i < s.size() && s[i] == '/';
  }
  return text::upper_at(s, i);
}

/// "Mẫu số 01/ĐK", "mẫu 02/TB": the code of a form in an annex (data/reference_phrases.json:
/// form_words).
bool form_code(std::string_view lower, std::size_t lead_begin) {
  const std::size_t i = skip_back_spaces(lower, lead_begin);
  for (const auto& form : reference_phrases("form_words")) {
    if (ends_with_word(lower, i, form)) return true;
    for (const auto& so : number_words())
      if (ends_with_word(lower, i, so) &&
          ends_with_word(lower, skip_back_spaces(lower, i - so.size()), form))
        return true;
  }
  return false;
}

/// "số 31/2024/QH15" inside a cited title: the law is cited by its number.
bool names_a_number(std::string_view lower) {
  for (const auto& word : number_words()) {
    const std::string so = word + " ";
    for (std::size_t p = lower.find(so); p != std::string_view::npos; p = lower.find(so, p + 1))
      if (p + so.size() < lower.size() && is_digit(lower[p + so.size()]) &&
          (p == 0 || lower[p - 1] == ' '))
        return true;
  }
  return false;
}

/// A cited title is a name: "Đất đai", "Tổ chức Chính phủ", or an amending law's "sửa đổi, bổ
/// sung một số điều của Luật …". Not a sentence that happens to run from "Luật" to a date
/// ("Luật Đất đai thì tiếp tục … trước ngày …", "Luật này có hiệu lực kể từ ngày …"), not a list
/// of laws ("Luật Tiếp công dân, Luật Khiếu nại, …"), not a law cited by its number.
bool title_is_a_name(std::string_view title) {
  if (title.empty()) return false;
  const std::string lower = " " + text::lower_aligned(title) + " ";
  if (names_a_number(lower)) return false;
  for (std::size_t k = 1; k + 1 < title.size(); ++k) // "s ố 84/2025/QH15": a number all the same
    if (title[k] == '/' && is_digit(title[k - 1]) && is_digit(title[k + 1])) return false;
  for (const auto& w : tables::get().phrases("reference_phrases.title_stops"))
    if (lower.find(w) != std::string::npos) return false;
  // "sửa đổi, bổ sung … của Luật X" (data/reference_phrases.json: amending_title_leads)
  for (const auto& lead : reference_phrases("amending_title_leads"))
    if (text::starts_with_word(title, lead)) return true;
  if (text::lower_at(title, 0)) return false;
  // One law's name: no list, no second law inside it ("… và Luật …", OCR's "Lu ật"); the
  // lower-case "luật" of "pháp luật" is a word of the name (second_law_marks, case kept).
  if (title.find(',') != std::string_view::npos) return false;
  std::string glued;
  for (char c : title)
    if (c != ' ') glued += c;
  for (const auto& mark : reference_phrases("second_law_marks"))
    if (glued.find(mark) != std::string::npos) return false;
  return true;
}

/// Types cited by their title and date rather than a number ("Căn cứ Luật Tổ chức Chính phủ
/// ngày 19 tháng 6 năm 2015;"), written with their capital: data/reference_phrases.json's
/// titled_types, the model's type names.
const std::vector<std::string>& titled_types() {
  return reference_phrases("titled_types");
}

/// Whether `s` holds a titled type followed by a space: a citation by title can start there.
bool holds_titled_type(std::string_view s) {
  for (const auto& type : titled_types())
    for (std::size_t p = s.find(type); p != std::string_view::npos; p = s.find(type, p + 1))
      if (p + type.size() < s.size() && s[p + type.size()] == ' ') return true;
  return false;
}

/// Where " ngày " (data/date_phrases.json: day_word, between spaces) first occurs in `window`.
std::size_t date_word_in(std::string_view window) {
  std::size_t first = std::string_view::npos;
  for (const auto& day : tables::get().phrases("date_phrases.day_word"))
    first = std::min(first, window.find(" " + day + " "));
  return first;
}

/// A cited title is a name: a few dozen words at most before its date.
constexpr std::size_t kMaxTitleBytes = 300;

/// Citations by title: the type, the title up to " ngày …" with a date, and no number (a title
/// followed by "số …" is cited by its number, which the number scan reads).
void scan_titles(const Block& block, std::string_view lower, const Clauses& clauses,
                 ReferenceMerger& found) {
  const std::string& s = block.text;
  // The next occurrence of each type, searched again only once passed: a paragraph naming one
  // type a thousand times and another never is still read once.
  const auto& types = titled_types();
  const std::size_t kTypes = types.size();
  std::vector<std::size_t> next(kTypes, 0);
  std::vector<bool> known(kTypes, false);
  for (std::size_t p = 0; p < s.size();) {
    std::size_t best = std::string::npos;
    std::string_view type;
    for (std::size_t k = 0; k < kTypes; ++k) {
      const std::string_view t = types[k];
      if (!known[k] || (next[k] != std::string::npos && next[k] < p)) {
        std::size_t at = s.find(t, p);
        while (at != std::string::npos && at > 0 && text::alnum_before(s, at))
          at = s.find(t, at + 1);
        next[k] = at;
        known[k] = true;
      }
      if (next[k] < best) best = next[k], type = t;
    }
    if (best == std::string::npos) return;
    std::size_t title_begin = best + type.size();
    p = title_begin;
    if (title_begin >= s.size() || s[title_begin] != ' ') continue;
    ++title_begin;
    // The title runs to " ngày" (the date), never past a clause end.
    const std::string_view window =
        utf8::cut(std::string_view(lower).substr(title_begin), kMaxTitleBytes);
    const std::size_t at = date_word_in(window);
    if (at == std::string_view::npos) continue;
    const std::size_t ngay = title_begin + at;
    if (window.substr(0, at).find_first_of(";.:") != std::string_view::npos) continue;
    std::string_view title =
        text::trim_end_chars(std::string_view(s).substr(title_begin, ngay - title_begin), ",");
    if (!title_is_a_name(title)) continue;
    std::size_t end = ngay;
    auto date = date_after(s, end);
    if (!date || date->impossible) continue;
    Reference r;
    r.type = std::string(type); // titled_types are the model's type names
    r.title = std::string(title);
    r.date = dates::iso(date->date);
    r.issuer = issuer_at(s, lower, end);
    r.relation = relation_of(clauses, lower, best, end);
    r.line = block.line_at(best);
    r.text = text::squeeze(std::string_view(s).substr(best, end - best));
    p = end;
    found.add(std::move(r));
  }
}

void scan_block(const Block& block, const Document& doc, ReferenceMerger& found) {
  const std::string& s = block.text;
  std::string lower; // lower-cased lazily: most blocks cite nothing
  std::optional<Clauses> clauses;
  for (std::size_t p = 0; p < s.size(); ++p) {
    if (!is_digit(s[p]) ||
        (p > 0 && (is_digit(s[p - 1]) || s[p - 1] == '/' || s[p - 1] == '.' || s[p - 1] == '-')))
      continue;
    if (!may_be_number(s, p)) continue;
    if (lower.empty()) lower = text::lower_aligned(s);
    // After "số" or a type name OCR spacing is forgiven ("1734/CTr –TLĐ"); elsewhere only a
    // tight number counts, so that prose around a bare number is never taken into it.
    LeadIn lead = lead_in(lower, p);
    if (form_code(lower, lead.begin)) continue; // "Mẫu số 01/ĐK": a form, not a document
    auto parsed =
        number::parse_at(s, p, lead.anchored ? number::Mode::Relaxed : number::Mode::Strict);
    if (!parsed) continue;
    if (!clauses) clauses = clauses_of(s, lower);

    Reference r;
    r.number = parsed->number.text;
    r.type = lead.type;
    if (!r.type && parsed->number.type_code)
      if (const auto* name = tables::get().type_name(*parsed->number.type_code)) r.type = *name;
    // A number of the National Assembly (QH15) is a law's: the type of code "L" (data/types.json).
    if (!r.type && parsed->number.issuer_code && parsed->number.issuer_code->rfind("QH", 0) == 0)
      if (const auto* law = tables::get().type_name("L")) r.type = *law;
    std::size_t end = parsed->end;
    auto date = date_after(s, end);
    r.issuer = issuer_at(s, lower, end);
    if (!date && r.issuer) date = date_after(s, end);
    if (date && !date->impossible) r.date = dates::iso(date->date);
    r.relation = relation_of(*clauses, lower, lead.begin, end);
    r.line = block.line_at(lead.begin);
    r.text = text::squeeze(std::string_view(s).substr(lead.begin, end - lead.begin));
    p = parsed->end;
    if (doc.number && r.number == doc.number->text && (!r.date || r.date == doc.date)) continue;
    found.add(std::move(r));
  }
  // Citations by title need a date after a capitalised type name: most blocks have neither.
  if (!holds_titled_type(s)) return;
  if (lower.empty()) lower = text::lower_aligned(s);
  if (!clauses) clauses = clauses_of(s, lower);
  scan_titles(block, lower, *clauses, found);
}

/// A number broken at a line end by the extraction ("43/2014/N" / "Đ-CP ngày …", "84/2025/QH" /
/// "15;"): the previous line ends inside a number's symbol and the next line goes on with it.
bool number_continues(std::string_view before, std::string_view next) {
  const std::size_t sp = before.rfind(' ');
  const std::string_view last = before.substr(sp == std::string_view::npos ? 0 : sp + 1);
  if (last.size() < 3 || !is_digit(last[0]) || last.find('/') == std::string_view::npos)
    return false;
  const char end = last.back();
  if (next.empty()) return false;
  if (end == '/' || end == '-') return text::upper_at(next, 0) || is_digit(next[0]);
  if (!text::letter_at(last, last.size() - 1) && (static_cast<unsigned char>(end) & 0x80) == 0)
    return false;
  // Letters at the end ("…/N", "…/QH"): the next line must start with the rest of the symbol.
  const std::size_t sp2 = next.find(' ');
  const std::string_view first = next.substr(0, sp2);
  if (is_digit(next[0]))
    return first.size() <= 3 && std::all_of(first.begin(), first.end(), [](char c) {
             return is_digit(c) || c == ';' || c == ',' || c == '.';
           });
  return text::upper_at(next, 0) &&
         (first.find('-') != std::string_view::npos || first.find('/') != std::string_view::npos);
}

} // namespace

void extract_references(const Lines& lines, Range body, Document& doc) {
  ReferenceMerger found(doc);
  if (doc.subject) scan_block(Block{*doc.subject, {{0, doc.lines.subject}}}, doc, found);
  for (std::size_t i = body.begin; i < body.end;) {
    Block block;
    const int id = lines[i].block;
    for (; i < body.end && lines[i].block == id; ++i) {
      if (!block.text.empty() && !number_continues(block.text, lines[i].text)) block.text += ' ';
      block.starts.emplace_back(block.text.size(), lines[i].line);
      block.text += lines[i].text;
    }
    scan_block(block, doc, found);
  }
  found.finish();
}

} // namespace vanban::stages
