// Depth-limited traces timed from a list of roots: shared by the replicated-corpus trace benchmark
// and bench/run's benchmark on an indexed archive.
#pragma once

#include <string>
#include <vector>

#include "vanban/citation_graph.hpp"

namespace vanban::bench {

struct TraceTimes {
  std::vector<double> ms; ///< one sample per trace
  double nodes_per_trace = 0;
};

/// Traces down from every root to `depth`, `rounds` times over.
TraceTimes time_traces(const graph::CitationGraph& graph, const std::vector<std::string>& roots,
                       int depth, int rounds);

} // namespace vanban::bench
