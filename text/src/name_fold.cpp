// Folding names for comparison: ICU case folding, the syllable rules of syllable.cpp, a word cache.
#include "vanban/text/name_fold.hpp"

#include "vanban/text/syllable.hpp"
#include "vanban/text/tables.hpp"

#include <unicode/unistr.h>

#include <unordered_map>

namespace vanban::text {
namespace {

/// The cache is cleared past this size: names come from a few thousand syllables, but OCR
/// garbage must not grow it without bound.
constexpr std::size_t kMaxCachedSyllables = 50000;

std::string fold_case(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

/// place_tone with a per-thread cache: the resolver folds the same few names again and again.
const std::string& placed(const std::string& word) {
  thread_local std::unordered_map<std::string, std::string> cache;
  auto it = cache.find(word);
  if (it != cache.end()) return it->second;
  if (cache.size() > kMaxCachedSyllables) cache.clear();
  return cache.emplace(word, place_tone(word)).first->second;
}

} // namespace

std::string expand_abbreviations(std::string_view s) {
  static const std::unordered_map<std::string, std::string> longs = [] {
    std::unordered_map<std::string, std::string> m;
    for (const auto& a : tables::get().abbreviations) m.emplace(a.short_form, a.long_form);
    return m;
  }();
  std::string out;
  out.reserve(s.size() + 32);
  std::size_t i = 0;
  while (i < s.size()) {
    // Words end at white space and at the punctuation around abbreviations: "(LĐLĐ)", "TP,".
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '(' && s[j] != ')' && s[j] != ',' && s[j] != ';')
      ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      auto it = longs.find(std::string(s.substr(i, j - i)));
      out += it == longs.end() ? std::string(s.substr(i, j - i)) : it->second;
    }
    i = j + 1;
  }
  return out;
}

std::string fold_tones(std::string_view s) {
  const std::string lower = fold_case(s);
  std::string out;
  out.reserve(lower.size());
  std::size_t i = 0;
  while (i <= lower.size()) {
    std::size_t j = lower.find(' ', i);
    if (j == std::string::npos) j = lower.size();
    out += placed(lower.substr(i, j - i));
    if (j < lower.size()) out += ' ';
    i = j + 1;
  }
  return out;
}

std::vector<std::string> name_words(std::string_view s) {
  const std::string folded = fold_marks(fold_case(s));
  std::vector<std::string> out;
  std::string word;
  // After folding a Vietnamese name is ASCII; any other byte (punctuation, symbols) ends a word.
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        (static_cast<unsigned char>(c) >= 0x80)) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

bool words_within(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  std::size_t k = 0;
  for (const auto& w : longer)
    if (k < shorter.size() && w == shorter[k]) ++k;
  return k == shorter.size();
}

bool names_differ(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  return a.size() <= b.size() ? !words_within(a, b) : !words_within(b, a);
}

} // namespace vanban::text
