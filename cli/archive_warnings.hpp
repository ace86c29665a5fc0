// Warnings about the archive that a command prints before its answer, on standard error.
#pragma once

#include "vanban/citation_graph.hpp"
#include "vanban/text/lang.hpp"

namespace vanban::cli {

/// Names each stored record the graph was built without (see CitationGraph::damaged()): the
/// command still answers for every other document, and the user learns which one to re-index.
/// In the command's --lang.
void warn_damaged_records(const graph::CitationGraph& graph, text::Lang lang);

} // namespace vanban::cli
