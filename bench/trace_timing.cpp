// The trace loop of trace_timing.hpp.
#include "trace_timing.hpp"

#include "bench_common.hpp"
#include "vanban/trace.hpp"

namespace vanban::bench {

TraceTimes time_traces(const graph::CitationGraph& graph, const std::vector<std::string>& roots,
                       int depth, int rounds) {
  graph::TraceOptions options;
  options.depth = depth;
  TraceTimes out;
  std::size_t reached = 0;
  for (int round = 0; round < rounds; ++round)
    for (const auto& root : roots) {
      auto t0 = Clock::now();
      auto result = graph::trace(graph, root, options);
      out.ms.push_back(ms_since(t0));
      reached += result.node_ids.size();
    }
  if (!out.ms.empty())
    out.nodes_per_trace = static_cast<double>(reached) / static_cast<double>(out.ms.size());
  return out;
}

} // namespace vanban::bench
