// Recursive-descent parser for document numbers; linear in the length of the number.
#include "vanban/text/number.hpp"

#include "vanban/text/number_key.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace vanban::number {
namespace {

constexpr std::size_t kMaxSeqDigits = 6;
constexpr std::size_t kMaxPartChars = 20;

struct Cursor {
  std::string_view s;
  std::size_t i;
  Mode mode;

  UChar32 peek(std::size_t* width = nullptr) const {
    if (i >= s.size()) return -1;
    int32_t j = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(s.data(), j, static_cast<int32_t>(s.size()), c);
    if (width) *width = static_cast<std::size_t>(j) - i;
    return c;
  }
  void skip_spaces() {
    if (mode != Mode::Relaxed) return;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  }
  bool slash() {
    std::size_t save = i;
    skip_spaces();
    if (i < s.size() && s[i] == '/') {
      ++i;
      skip_spaces();
      return true;
    }
    i = save;
    return false;
  }
  /// '-', en dash or em dash (OCR and word processors turn hyphens into dashes).
  bool dash() {
    std::size_t save = i;
    skip_spaces();
    std::size_t w = 0;
    UChar32 c = peek(&w);
    if (c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2212) {
      i += w;
      skip_spaces();
      return true;
    }
    i = save;
    return false;
  }
  /// An upper-case letter followed by a lower-case one at `at`: a word glued to the number
  /// ("76/TB-VPUBNDVị Thanh, ngày …" from a PDF that lost the space).
  bool glued_word_at(std::size_t at) const {
    if (mode != Mode::Relaxed || at >= s.size()) return false;
    int32_t j = static_cast<int32_t>(at);
    UChar32 a = 0, b = 0;
    U8_NEXT(s.data(), j, static_cast<int32_t>(s.size()), a);
    if (a < 0 || !u_isupper(a) || j >= static_cast<int32_t>(s.size())) return false;
    U8_NEXT(s.data(), j, static_cast<int32_t>(s.size()), b);
    return b >= 0 && u_islower(b);
  }
  std::optional<std::string_view> digits(std::size_t max) {
    std::size_t b = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - b < max + 1) ++i;
    if (i == b || i - b > max) {
      i = b;
      return std::nullopt;
    }
    return s.substr(b, i - b);
  }
  /// A symbol part: an upper-case letter, then letters, digits or '&' ("KH", "LĐLĐ", "QH14",
  /// "ToC").
  std::optional<std::string_view> part() {
    std::size_t b = i, w = 0, chars = 0;
    UChar32 c = peek(&w);
    if (c < 0 || !u_isupper(c)) return std::nullopt;
    bool all_upper = true;
    while ((c = peek(&w)) >= 0 && (u_isalpha(c) || u_isdigit(c) || c == '&') &&
           chars < kMaxPartChars) {
      if (all_upper && chars >= 2 && glued_word_at(i)) break; // "VPUBNDVị Thanh"
      all_upper = all_upper && !u_islower(c);
      i += w;
      ++chars;
    }
    if (c >= 0 && u_isalpha(c) && glued_word_at(i)) return s.substr(b, i - b);
    if (c >= 0 && (u_isalpha(c) || u_isdigit(c))) { // too long: not a code
      i = b;
      return std::nullopt;
    }
    return s.substr(b, i - b);
  }
};

std::string join(const std::vector<std::string_view>& parts, std::size_t from) {
  std::string out;
  for (std::size_t k = from; k < parts.size(); ++k) {
    if (!out.empty()) out += '-';
    out += parts[k];
  }
  return out;
}

/// Dash-separated parts after the slash: "KH-LĐLĐ-ToC".
std::vector<std::string_view> dashed_parts(Cursor& c) {
  std::vector<std::string_view> parts;
  auto first = c.part();
  if (!first) return parts;
  parts.push_back(*first);
  while (true) {
    std::size_t save = c.i;
    if (!c.dash()) break;
    auto next = c.part();
    if (!next) {
      c.i = save;
      break;
    }
    parts.push_back(*next);
  }
  return parts;
}

bool boundary_after(std::string_view s, std::size_t end) {
  return end >= s.size() || !(text::letter_at(s, end) || (s[end] >= '0' && s[end] <= '9'));
}

} // namespace

std::optional<Parsed> parse_at(std::string_view s, std::size_t pos, Mode mode) {
  if (pos >= s.size() || s[pos] < '0' || s[pos] > '9') return std::nullopt;
  if (text::alnum_before(s, pos)) return std::nullopt;
  Cursor c{s, pos, mode};
  auto seq = c.digits(kMaxSeqDigits);
  if (!seq) return std::nullopt;

  DocNumber n;
  n.seq = std::stol(std::string(*seq));
  std::string text(*seq);
  const auto& tables = tables::get();

  std::size_t after_seq = c.i;
  if (c.slash()) {
    // Administrative or law style: seq/[year/]TYPE-ISSUER[-UNIT] or seq/ISSUER[-UNIT].
    std::size_t before_year = c.i;
    if (auto year = c.digits(4); year && year->size() == 4 && c.slash()) {
      n.year = std::stoi(std::string(*year));
      text += "/" + std::string(*year);
    } else {
      c.i = before_year;
    }
    auto parts = dashed_parts(c);
    if (parts.empty()) return std::nullopt;
    // "71/KH LĐLĐ": a type code alone is half a number (the issuer is cut off): not a number.
    if (parts.size() == 1 && !n.year && tables.type_name(parts[0])) return std::nullopt;
    std::size_t issuer_at = 0;
    if (parts.size() >= 2 && tables.type_name(parts[0])) {
      n.type_code = std::string(parts[0]);
      issuer_at = 1;
    }
    n.issuer_code = std::string(parts[issuer_at]);
    if (parts.size() > issuer_at + 1) n.unit_code = join(parts, issuer_at + 1);
    text += "/" + join(parts, 0);
  } else {
    // Party style: seq-TYPE/ISSUER[-UNIT].
    c.i = after_seq;
    if (!c.dash()) return std::nullopt;
    auto type = c.part();
    if (!type) return std::nullopt;
    if (!c.slash()) {
      // Before 2000: seq-ISSUER ("217-HĐBT", "24-CP"), an issuer of two letters or more.
      if (text::length(*type) < 2 || tables.type_name(*type) || !boundary_after(s, c.i))
        return std::nullopt;
      n.issuer_code = std::string(*type);
      n.text = text + "-" + std::string(*type);
      n.raw = std::string(s.substr(pos, c.i - pos));
      return Parsed{std::move(n), pos, c.i};
    }
    auto parts = dashed_parts(c);
    if (parts.empty()) return std::nullopt;
    n.type_code = std::string(*type);
    n.issuer_code = std::string(parts[0]);
    if (parts.size() > 1) n.unit_code = join(parts, 1);
    text += "-" + std::string(*type) + "/" + join(parts, 0);
  }
  if (!boundary_after(s, c.i) && !c.glued_word_at(c.i)) return std::nullopt;
  n.text = std::move(text);
  n.raw = std::string(s.substr(pos, c.i - pos));
  return Parsed{std::move(n), pos, c.i};
}

std::optional<Parsed> parse_leading(std::string_view s, Mode mode) {
  std::size_t pos = 0;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  return parse_at(s, pos, mode);
}

std::optional<DocNumber> parse_text(std::string_view s) {
  s = text::trim(s);
  auto parsed = parse_leading(s, Mode::Relaxed);
  if (!parsed || parsed->end != s.size()) return std::nullopt;
  return parsed->number;
}

namespace {

/// Whether the label `lbl` may stand without ':' before a number (data/number_phrases.json).
bool bare_label(std::string_view lbl) {
  const auto& bare = tables::get().phrases("number_phrases.bare_labels");
  return std::find(bare.begin(), bare.end(), lbl) != bare.end();
}

} // namespace

std::optional<std::string_view> label(std::string_view line) {
  constexpr std::size_t kMaxLabelLine = 120; // code points: a number line, not a paragraph
  line = text::trim(line);
  // Every label starts with s, l, b, n or p: most lines are passed over at their first byte.
  if (line.empty() || line.size() > 4 * kMaxLabelLine ||
      std::string_view("SsLlBbNnPp").find(line[0]) == std::string_view::npos)
    return std::nullopt;
  for (const auto& lbl : tables::get().number_labels) {
    if (!text::starts_with_word(line, lbl)) continue;
    if (text::length(line) > kMaxLabelLine) return std::nullopt;
    // The label's length in the text: as many code points as the lower-case label has.
    const std::size_t at = utf8::first_chars(line, text::length(lbl)).size();
    std::string_view rest = text::trim(line.substr(at));
    const bool colon = !rest.empty() && (rest[0] == ':' || rest[0] == '.');
    if (colon) rest = text::trim(rest.substr(1));
    // "Luật số 35/2018/QH14 ngày …" in running text is a citation: longer labels need ':'.
    if (!colon && !bare_label(lbl)) return std::nullopt;
    if (rest.empty() || !(rest[0] >= '0' && rest[0] <= '9')) {
      // "Số: /KH-LĐLĐ" or "Số:      " (not filled in): still the number line.
      if (colon && text::length(line) < 40) return rest;
      return std::nullopt;
    }
    return rest;
  }
  return std::nullopt;
}

} // namespace vanban::number

namespace vanban {

std::string number_key(std::string_view number_text) {
  std::string_view s = text::trim(number_text);
  auto parsed = number::parse_text(s);
  std::string upper = text::to_upper(s);
  if (!parsed) parsed = number::parse_text(upper); // typed in lower case: "59/kh-lđlđ"
  std::string key = parsed ? text::to_upper(parsed->text) : std::move(upper);
  std::size_t zeros = 0;
  while (zeros + 1 < key.size() && key[zeros] == '0' && key[zeros + 1] >= '0' &&
         key[zeros + 1] <= '9')
    ++zeros;
  return key.erase(0, zeros);
}

} // namespace vanban
