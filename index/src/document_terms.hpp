// A compiled document and its source → the Xapian document stored in the archive.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema.hpp"
#include "vanban/analyzer.hpp"
#include "vanban/document.hpp"

namespace vanban::index {

/// The stored plain text is capped: snippets come from it, and a 50 MB scan must not bloat the
/// index.
inline constexpr std::size_t kMaxStoredText = 256 * 1024;

/// Builds terms, values and data (the model as JSON). Thread-safe: runs in the compile workers.
Xapian::Document make_document(const Document& doc, const std::string& id,
                               std::string_view markdown);

/// The terms of one document, counted before they go to Xapian. Xapian's Document keeps its terms
/// in a std::map, and adding a document of 2,000 words one occurrence at a time made about 6,000
/// lookups there (a seventh of an index run's CPU); counted here, each distinct term is added once.
class TermCounts {
public:
  /// Adds `wdf` to the term `prefix` + `word` (term()); wdf 0 is a boolean term.
  void add(std::string_view prefix, std::string_view word, unsigned wdf = 1);
  /// Adds `wdf` to the pair `prefix` + `a` + ' ' + `b` (bigram()).
  void add_pair(std::string_view prefix, std::string_view a, std::string_view b, unsigned wdf);
  /// Adds every term counted to `xdoc`, each once with its total wdf.
  void write_to(Xapian::Document& xdoc) const;

private:
  std::unordered_map<std::string, unsigned> counts_;
  std::string key_; ///< the term being looked up, reused: a repeated term allocates nothing
  void count(unsigned wdf);
};

/// Adds the words and consecutive pairs of `tokens` in `space`, each with `wdf`.
void add_tokens(TermCounts& terms, const std::vector<Token>& tokens, const schema::TermSpace& space,
                unsigned wdf);

/// Folded letters and digits only: "Kế hoạch" → "kehoach", "KH" → "kh" (type: terms).
std::string squash_key(std::string_view text);

/// Appends a prefix and a word joined into a term: the one spelling of a term.
inline void append_term(std::string& out, std::string_view prefix, std::string_view word) {
  out += prefix;
  out += word;
}

/// Appends a prefix and two words joined into a bigram term: the one spelling of a pair.
inline void append_bigram(std::string& out, std::string_view prefix, std::string_view a,
                          std::string_view b) {
  append_term(out, prefix, a);
  out += ' ';
  out += b;
}

/// A prefix and a word joined into a term.
inline std::string term(const char* prefix, std::string_view word) {
  std::string t;
  append_term(t, prefix, word);
  return t;
}

/// A prefix and two words joined into a bigram term.
inline std::string bigram(const char* prefix, std::string_view a, std::string_view b) {
  std::string t;
  append_bigram(t, prefix, a, b);
  return t;
}

} // namespace vanban::index
