// Motto matching over folded letters (case, marks and tone placement ignored), skipping spaces
// and dashes, so that "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh phúc" yields
// both phrases. A motto of 18–27 letters is distinctive enough to match without its marks.
#include "anchors.hpp"

#include "vanban/text/syllable.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace vanban::anchors {
namespace {

/// Spaces and dashes between the words of a motto do not count.
bool separator(UChar32 c) {
  return c == ' ' || c == '\t' || c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 ||
         c == 0x2013 || c == 0x2014 || c == 0x00A0;
}

/// Code points below this bound cover Latin with its Vietnamese letters (U+1EA0–U+1EF9).
constexpr UChar32 kFoldTableSize = 0x2000;

/// One code point lower-cased and stripped of its marks ('đ' → 'd'), as a single ASCII letter
/// where it is a Vietnamese letter; 0 for anything else. A table built once: folding through
/// ICU's normaliser for every code point of every header line would cost more than the parse.
char folded(UChar32 c) {
  static const std::array<char, kFoldTableSize> table = [] {
    std::array<char, kFoldTableSize> t{};
    for (UChar32 cp = 0; cp < kFoldTableSize; ++cp) {
      // Latin letters live below U+0250 and the Vietnamese ones at U+1EA0–U+1EF9.
      if (cp >= 0x250 && cp < 0x1EA0) continue;
      if (cp < 0x80) {
        t[static_cast<std::size_t>(cp)] =
            (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp | 0x20) : 0;
        continue;
      }
      if (!u_isalpha(cp)) continue;
      char buf[4];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buf, n, u_tolower(cp));
      const std::string f = text::fold_marks(std::string_view(buf, static_cast<std::size_t>(n)));
      if (f.size() == 1 && f[0] >= 'a' && f[0] <= 'z') t[static_cast<std::size_t>(cp)] = f[0];
    }
    return t;
  }();
  return c >= 0 && c < kFoldTableSize ? table[static_cast<std::size_t>(c)] : 0;
}

/// The folded letters of `s`, or nullopt when a character is neither a letter nor `skippable`.
template <typename Skippable>
std::optional<std::string> letters_of(std::string_view s, Skippable skippable) {
  std::string letters;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (const char f = folded(c)) {
      letters += f;
    } else if (!skippable(c)) {
      return std::nullopt;
    }
  }
  return letters;
}

const std::vector<std::string>& patterns() {
  static const auto all = [] {
    std::vector<std::string> out;
    for (const auto& motto : tables::get().mottos)
      out.push_back(*letters_of(motto, [](UChar32) { return true; }));
    return out;
  }();
  return all;
}

/// The end of `p` matched from byte `start`, or nullopt.
std::optional<std::size_t> match_at(std::string_view s, std::size_t start, const std::string& p) {
  std::size_t k = 0;
  int32_t i = static_cast<int32_t>(start);
  const auto n = static_cast<int32_t>(s.size());
  while (i < n && k < p.size()) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (separator(c)) continue;
    if (folded(c) != p[k]) return std::nullopt;
    ++k;
  }
  if (k < p.size()) return std::nullopt;
  return static_cast<std::size_t>(i);
}

} // namespace

std::optional<Span> find_motto(std::string_view s) {
  const auto& all = patterns();
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    const auto start = static_cast<std::size_t>(i);
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    const char f = folded(c);
    if (!f) continue;
    for (const auto& p : all)
      if (!p.empty() && p[0] == f)
        if (auto end = match_at(s, start, p)) return Span{start, *end};
  }
  return std::nullopt;
}

bool starts_motto(std::string_view s) {
  // Digits or punctuation: not a piece of a motto; decoration and spaces may stand around it.
  const auto letters =
      letters_of(s, [](UChar32 c) { return separator(c) || c == '*' || c == '_'; });
  if (!letters || letters->empty()) return false;
  for (const auto& p : patterns())
    if (letters->size() < p.size() && p.compare(0, letters->size(), *letters) == 0) return true;
  return false;
}

bool is_motto(std::string_view s) {
  s = text::trim(s);
  auto span = find_motto(s);
  if (!span) return false;
  return !text::has_letter(s.substr(0, span->begin)) && !text::has_letter(s.substr(span->end));
}

} // namespace vanban::anchors
