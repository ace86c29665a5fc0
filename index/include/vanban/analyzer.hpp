// Vietnamese text analysis: text → syllable terms (exact and diacritic-free) with byte spans.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

/// One word of the text: a syllable ("nhà"), a number ("2024") or a code ("lđlđ").
struct Token {
  std::string exact;  ///< NFC, case-folded, tone mark placed by the new rule ("hoá", "thuỷ")
  std::string folded; ///< `exact` without any mark, đ → d ("hoa", "thuy")
  std::size_t begin = 0, end = 0; ///< byte span in the analysed (NFC) text
  bool caps =
      false; ///< written in capitals with at least two letters ("LĐLĐ"): may be an abbreviation
  /// A sentence ends between the token before and this one (. ; ! ? or …): the two are not a
  /// phrase, so no pair term joins them, in documents as in queries.
  bool after_stop = false;
};

/// The NFC form of a text and its tokens.
struct Analysis {
  std::string text;
  std::vector<Token> tokens;
};

/// Splits text into tokens with ICU (NFC, case folding, word break iterator for "vi").
/// Not thread-safe: use one per thread (`for_this_thread`). Caches the analysis of each distinct
/// word, since Vietnamese has only a few thousand syllables.
class Analyzer {
public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  Analysis analyze(std::string_view text);

  /// The analyzer of the calling thread.
  static Analyzer& for_this_thread();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The terms of a document number: its number_key(), and also without marks when that differs
/// ("059/KH-LĐLĐ" → "59/KH-LĐLĐ", "59/KH-LDLD"): a number typed without diacritics still finds it.
std::vector<std::string> number_keys(std::string_view number_text);

/// Tokens as a compact string for tests: "exact|folded exact|folded …" (folded omitted when equal).
std::string describe(const std::vector<Token>& tokens);

} // namespace vanban
