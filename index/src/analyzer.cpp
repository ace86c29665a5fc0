// Text → tokens with ICU: NFC, a word break iterator (syllables), case folding, marks folded.
#include "vanban/analyzer.hpp"

#include "vanban/text/number_key.hpp"

#include "vanban/text/syllable.hpp" // tone placement and mark folding
#include "vanban/text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace vanban {

/// One analysed word, as the cache holds it. Outside the anonymous namespace because
/// Analyzer::Impl (declared in the public header) holds a cache of them.
struct AnalyzedWord {
  std::string exact, folded;
  bool caps = false;
};

namespace {

/// Longer "words" are base64, URLs or OCR garbage: not worth a term (Xapian caps terms at 245
/// bytes).
constexpr std::size_t kMaxWordBytes = 64;
/// Tokens reserved ahead at most: a stored text's (256 KB) words, about 5 bytes each, fit.
constexpr std::size_t kMaxReservedTokens = 65536;
/// The word cache is cleared past this size, so numbers and garbage cannot grow it without bound.
constexpr std::size_t kMaxCached = 200000;

/// Written in capitals with at least two letters ("LĐLĐ", not "Tam"): may be an abbreviation.
bool in_capitals(int letters, int upper) {
  return letters >= 2 && upper == letters;
}

AnalyzedWord analyze_word(std::string_view raw) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(raw);
  int letters = 0, upper = 0;
  for (int32_t k = 0; k < u.length();) {
    UChar32 c = u.char32At(k);
    k += U16_LENGTH(c);
    if (u_isalpha(c)) {
      ++letters;
      if (u_isupper(c)) ++upper;
    }
  }
  AnalyzedWord w;
  u.foldCase();
  std::string lower;
  u.toUTF8String(lower);
  w.exact = text::place_tone(lower);
  w.folded = text::fold_marks(w.exact);
  w.caps = in_capitals(letters, upper);
  return w;
}

/// Ends a sentence: no phrase runs across it. Not ',' or ':' ("an toàn, vệ sinh lao động" and
/// "Kính gửi: Ban Thường vụ" are typed without them), nor '.' inside a number (ICU keeps
/// "1.000.000" and "20.11.2024" one token).
bool is_stop(UChar32 c) {
  return c == '.' || c == ';' || c == '!' || c == '?' || c == 0x2026;
}

std::size_t utf8_length(UChar32 c) {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/// An ASCII word analysed without ICU: case folding is A–Z → a–z there, and tone placement and mark
/// folding change nothing (the test "ASCII words analyse as ICU would" holds the two equal).
void analyze_ascii_word(std::string_view raw, AnalyzedWord& w) {
  w.exact.assign(raw);
  int letters = 0, upper = 0;
  for (char& c : w.exact) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      ++upper;
      ++letters;
    } else if (c >= 'a' && c <= 'z') {
      ++letters;
    }
  }
  w.folded = w.exact;
  w.caps = in_capitals(letters, upper);
}

} // namespace

/// Lets the cache be probed with a string_view, without building a std::string per token.
struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Analyzer::Impl {
  const icu::Normalizer2* nfc = nullptr;
  std::unique_ptr<icu::BreakIterator> words;
  /// Words with a byte past ASCII only: numbers and codes, most of a text's distinct words, would
  /// fill it, and a lookup in a table of 200,000 misses the processor's caches twice.
  std::unordered_map<std::string, AnalyzedWord, TransparentHash, std::equal_to<>> cache;
  AnalyzedWord ascii; ///< the last ASCII word, valid until the next call of word()

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    nfc = icu::Normalizer2::getNFCInstance(status);
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !words)
      throw std::runtime_error("ICU word break iterator unavailable");
  }

  const AnalyzedWord& word(std::string_view raw) {
    if (utf8::is_ascii(raw)) {
      analyze_ascii_word(raw, ascii);
      return ascii;
    }
    auto it = cache.find(raw);
    if (it != cache.end()) return it->second;
    if (cache.size() >= kMaxCached) cache.clear();
    return cache.emplace(std::string(raw), analyze_word(raw)).first->second;
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

Analyzer& Analyzer::for_this_thread() {
  thread_local Analyzer analyzer;
  return analyzer;
}

Analysis Analyzer::analyze(std::string_view text) {
  Analysis out;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  // Most texts are NFC already, and then the text is the input itself: converting it back from
  // UTF-16 would copy the same bytes the long way. Not when ill-formed: ICU put U+FFFD in it.
  if (impl_->nfc->isNormalized(u, status) && utf8::valid(text)) {
    out.text.assign(text);
  } else {
    u = impl_->nfc->normalize(u, status);
    u.toUTF8String(out.text);
  }
  auto& bi = *impl_->words;
  bi.setText(u);
  // A Vietnamese word and its space take about 5 bytes: one allocation instead of a dozen
  // regrowths, each moving every token's two strings. Capped: a long text of no words (a scan's
  // garbage) must not reserve for words it does not have.
  out.tokens.reserve(std::min(out.text.size() / 5 + 1, kMaxReservedTokens));
  std::size_t byte = 0; // UTF-8 offset of UTF-16 index `at`
  bool stop = false;    // a sentence stop since the last token
  int32_t at = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; end = bi.next()) {
    std::size_t begin_byte = byte;
    bool word = bi.getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
    for (int32_t k = at; k < end;) {
      UChar32 c = u.char32At(k);
      k += U16_LENGTH(c);
      byte += utf8_length(c);
      if (!word) stop |= is_stop(c);
    }
    at = end;
    if (!word || byte - begin_byte > kMaxWordBytes) continue;
    const AnalyzedWord& w =
        impl_->word(std::string_view(out.text).substr(begin_byte, byte - begin_byte));
    out.tokens.push_back({w.exact, w.folded, begin_byte, byte, w.caps, stop});
    stop = false;
  }
  return out;
}

std::vector<std::string> number_keys(std::string_view number_text) {
  std::string exact = number_key(number_text);
  std::string folded = text::fold_marks(exact);
  if (folded == exact) return {exact};
  return {exact, folded};
}

std::string describe(const std::vector<Token>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.exact;
    if (t.folded != t.exact) out += '|' + t.folded;
  }
  return out;
}

} // namespace vanban
