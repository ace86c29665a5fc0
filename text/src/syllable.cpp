// One syllable: tone-mark placement by the new rule, and folding to letters without marks.
// Shared by the index (terms) and the resolver (names of places and bodies written either way).
#include "vanban/text/syllable.hpp"

#include "vanban/text/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <optional>
#include <vector>

namespace vanban::text {
namespace {

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  return *n;
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  return *n;
}

/// The five Vietnamese tone marks as combining characters (NFD).
bool is_tone(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool is_vowel(UChar32 c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/// A base letter with the marks that stay with it (circumflex, breve, horn).
struct Letter {
  UChar32 base;
  std::vector<UChar32> marks;
  bool modified() const { return !marks.empty(); }
};

/// Index of the vowel that carries the tone, or nullopt when `letters` is not a syllable.
std::optional<std::size_t> tone_position(const std::vector<Letter>& letters) {
  std::size_t i = 0, n = letters.size();
  while (i < n && !is_vowel(letters[i].base)) ++i;
  if (i == n) return std::nullopt;
  // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant (quý, giá).
  bool second_vowel = i + 1 < n && is_vowel(letters[i + 1].base);
  if (i > 0 && second_vowel &&
      ((letters[i - 1].base == 'q' && letters[i].base == 'u') ||
       (letters[i - 1].base == 'g' && letters[i].base == 'i' && !letters[i].modified())))
    ++i;
  std::size_t first = i;
  while (i < n && is_vowel(letters[i].base)) ++i;
  std::size_t last = i; // one past the vowel cluster
  for (std::size_t k = last; k < n; ++k)
    if (is_vowel(letters[k].base))
      return std::nullopt; // vowels after a consonant: not one syllable
  bool has_final = last < n;
  std::optional<std::size_t> modified;
  for (std::size_t k = first; k < last; ++k)
    if (letters[k].modified()) modified = k; // ươ → ơ, uô → ô, iê → ê: the last modified vowel
  if (modified) return modified;
  std::size_t size = last - first;
  if (has_final) return last - 1; // toán, hoàng, huỳnh
  if (size == 1) return first;
  if (size == 3) return first + 1; // khoái, ngoại
  UChar32 a = letters[first].base, b = letters[first + 1].base;
  // The new rule: oa, oe, uy open syllables take the mark on the second vowel (hoá, khoẻ, thuỷ).
  if ((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y')) return first + 1;
  return first; // tài, mùa, tuổi
}

} // namespace

std::string place_tone(std::string_view syllable) {
  std::string input(syllable);
  if (utf8::is_ascii(syllable)) return input;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd().normalize(icu::UnicodeString::fromUTF8(syllable), status);
  if (U_FAILURE(status)) return input;
  std::vector<Letter> letters;
  std::optional<UChar32> tone;
  for (int32_t k = 0; k < d.length();) {
    UChar32 c = d.char32At(k);
    k += U16_LENGTH(c);
    if (is_tone(c)) {
      if (!tone) tone = c;
    } else if (u_getCombiningClass(c) != 0) {
      if (letters.empty()) return input;
      letters.back().marks.push_back(c);
    } else if (u_isalpha(c)) {
      letters.push_back({c, {}});
    } else {
      return input; // digits or symbols: not a syllable
    }
  }
  if (!tone) return input;
  auto at = tone_position(letters);
  if (!at) return input;
  icu::UnicodeString out;
  for (std::size_t k = 0; k < letters.size(); ++k) {
    out.append(letters[k].base);
    for (UChar32 m : letters[k].marks) out.append(m);
    if (k == *at) out.append(*tone);
  }
  icu::UnicodeString composed = nfc().normalize(out, status);
  if (U_FAILURE(status)) return input;
  std::string result;
  composed.toUTF8String(result);
  return result;
}

std::string fold_marks(std::string_view word) {
  if (utf8::is_ascii(word)) return std::string(word);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd().normalize(icu::UnicodeString::fromUTF8(word), status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString out;
  for (int32_t k = 0; k < d.length();) {
    UChar32 c = d.char32At(k);
    k += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111) c = 'd'; // đ
    if (c == 0x0110) c = 'D'; // Đ
    out.append(c);
  }
  std::string result;
  nfc().normalize(out, status).toUTF8String(result);
  return result;
}

} // namespace vanban::text
