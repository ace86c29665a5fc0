// REF resolution shared by trace, refs, cited-by and follow-up.
#include "graph_ref.hpp"

#include "commands.hpp"

#include "vanban/text/messages.hpp"
#include "vanban/trace.hpp"

#include <iostream>

namespace vanban::cli {

int find_root(const graph::CitationGraph& g, const std::string& ref, std::string& root,
              text::Lang lang) {
  auto found = graph::lookup(g, ref);
  if (found.empty()) {
    std::cerr << "vanban: " << text::message("cli.ref.not_found", lang, {ref}) << "\n";
    return kFindings;
  }
  if (found.size() > 1) {
    std::cerr << "vanban: "
              << text::message("cli.ref.ambiguous", lang, {ref, std::to_string(found.size())})
              << "\n";
    for (const auto* n : found)
      std::cerr << "  " << n->number << "@" << n->date.value_or("") << "  "
                << n->path.value_or(n->id) << "  " << n->issuer.value_or("") << "\n";
    return kAmbiguousRef;
  }
  root = found.front()->id;
  return kOk;
}

} // namespace vanban::cli
