// The snippet of a hit: the passage with the most query words, those words marked.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace vanban::index {

/// The words a query looks for, as analysed tokens (exact and folded forms).
struct Highlight {
  std::unordered_set<std::string> exact, folded;
  std::unordered_set<std::string>
      typed; ///< folded words as typed (no expansions): a good window has them all
};

struct SnippetStyle {
  std::string mark_begin, mark_end;
  std::size_t words = 24;
};

/// A window of `style.words` words of `text` (plain NFC text) that holds the most query words
/// (an exact match counts twice a folded one), with "…" where it is cut.
std::string make_snippet(std::string_view text, const Highlight& highlight,
                         const SnippetStyle& style);

class StoredText;
/// The same from a stored text, inflated only as far as the snippet reads it.
std::string make_snippet(StoredText& text, const Highlight& highlight, const SnippetStyle& style);

} // namespace vanban::index
