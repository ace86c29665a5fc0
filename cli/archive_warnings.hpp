// Warnings about the archive that a command prints before its answer, on standard error.
#pragma once

#include "vanban/citation_graph.hpp"

namespace vanban::cli {

/// Names each stored record the graph was built without (see CitationGraph::damaged()): the
/// command still answers for every other document, and the user learns which one to re-index.
void warn_damaged_records(const graph::CitationGraph& graph, bool english = false);

} // namespace vanban::cli
