// REF resolution shared by trace, refs, cited-by and follow-up.
#include "graph_ref.hpp"

#include "commands.hpp"

#include "vanban/trace.hpp"

#include <iostream>

namespace vanban::cli {

int find_root(const graph::CitationGraph& g, const std::string& ref, std::string& root) {
  auto found = graph::lookup(g, ref);
  if (found.empty()) {
    std::cerr << "vanban: no document " << ref << " in the archive (nor cited by it)\n";
    return kFindings;
  }
  if (found.size() > 1) {
    std::cerr << "vanban: " << ref << " is ambiguous: " << found.size()
              << " documents; name one with NUMBER@DATE or a path:\n";
    for (const auto* n : found)
      std::cerr << "  " << n->number << "@" << n->date.value_or("") << "  "
                << n->path.value_or(n->id) << "  " << n->issuer.value_or("") << "\n";
    return kAmbiguousRef;
  }
  root = found.front()->id;
  return kOk;
}

} // namespace vanban::cli
