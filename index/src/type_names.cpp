// The compiler's type table (data/types.json) folded once with the query analyzer, so a type
// name typed with or without marks compares equal to it.
#include "type_names.hpp"

#include "vanban/analyzer.hpp"
#include "vanban/document_types.hpp"

#include <string>
#include <unordered_set>

namespace vanban::index {
namespace {

std::string folded_words(std::string_view text) {
  std::string out;
  for (const auto& t : Analyzer::for_this_thread().analyze(text).tokens)
    out += (out.empty() ? "" : " ") + t.folded;
  return out;
}

struct FoldedTypes {
  std::unordered_set<std::string> names; ///< of two words or more, folded: "ke hoach"
  std::size_t max_words = 1;
};

const FoldedTypes& folded_types() {
  static const FoldedTypes types = [] {
    FoldedTypes t;
    for (const auto& name : known_type_names()) {
      std::string f = folded_words(name);
      std::size_t words = 1;
      for (char c : f) words += c == ' ';
      if (words < 2) continue;
      t.names.insert(f);
      if (words > t.max_words) t.max_words = words;
    }
    return t;
  }();
  return types;
}

} // namespace

std::size_t max_type_name_words() {
  return folded_types().max_words;
}

std::size_t type_name_words(const std::vector<std::string_view>& words) {
  const auto& types = folded_types();
  std::string joined;
  std::size_t found = 0;
  for (std::size_t n = 1; n <= words.size() && n <= types.max_words; ++n) {
    joined += (n > 1 ? " " : "") + std::string(words[n - 1]);
    if (n >= 2 && types.names.count(folded_words(joined))) found = n;
  }
  return found;
}

} // namespace vanban::index
