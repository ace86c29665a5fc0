// Analyses the compiler's abbreviation table once, with the same analyzer as the documents.
#include "abbreviations.hpp"

#include "vanban/text/tables.hpp"

#include <algorithm>

namespace vanban::index {

const std::vector<Abbreviation>& abbreviations() {
  static const std::vector<Abbreviation> table = [] {
    std::vector<Abbreviation> out;
    auto& analyzer = Analyzer::for_this_thread();
    for (const auto& a : tables::get().abbreviations) {
      auto short_tokens = analyzer.analyze(a.short_form).tokens;
      auto long_tokens = analyzer.analyze(a.long_form).tokens;
      if (short_tokens.size() != 1 || long_tokens.empty()) continue;
      out.push_back({short_tokens[0].folded, std::move(long_tokens)});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.long_tokens.size() > b.long_tokens.size();
    });
    return out;
  }();
  return table;
}

} // namespace vanban::index
