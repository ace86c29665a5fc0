// REF on the command line (a number, NUMBER@DATE, a path or an id) resolved to one graph node,
// with the exit codes `trace` set: 1 when nothing matches, 3 when several do.
#pragma once

#include "vanban/citation_graph.hpp"
#include "vanban/text/lang.hpp"

#include <string>

namespace vanban::cli {

inline constexpr int kAmbiguousRef = 3;

/// Sets `root` to the node REF means and returns 0, or explains on stderr in `lang` and returns
/// 1 or 3.
int find_root(const graph::CitationGraph& g, const std::string& ref, std::string& root,
              text::Lang lang = text::Lang::Vi);

} // namespace vanban::cli
