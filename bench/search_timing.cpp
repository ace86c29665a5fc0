// The warm-then-timed query loop of search_timing.hpp.
#include "search_timing.hpp"

#include "bench_common.hpp"

#include <algorithm>

namespace vanban::bench {

Latency time_queries(const std::vector<std::string>& queries, int rounds,
                     const std::function<std::size_t(const std::string&)>& run) {
  Latency out;
  out.queries = queries.size();
  out.rounds = static_cast<std::size_t>(rounds);
  for (const auto& q : queries)
    if (run(q) == 0) out.without_hits.push_back(q);
  std::vector<double> wall, cpu;
  std::vector<std::vector<double>> cpu_by_query(queries.size());
  out.wall_ms_by_query.resize(queries.size());
  for (int r = 0; r < rounds; ++r)
    for (std::size_t i = 0; i < queries.size(); ++i) {
      auto t0 = Clock::now();
      const double c0 = thread_cpu_ms();
      run(queries[i]);
      cpu.push_back(thread_cpu_ms() - c0);
      wall.push_back(ms_since(t0));
      cpu_by_query[i].push_back(cpu.back());
      out.wall_ms_by_query[i].push_back(wall.back());
      if (wall.back() > out.max_ms) out.max_ms = wall.back(), out.slowest = queries[i];
    }
  for (auto& samples : cpu_by_query) out.cpu_median_ms.push_back(percentile(samples, 0.50));
  out.p50_ms = percentile(wall, 0.50);
  out.p99_ms = percentile(wall, 0.99);
  out.cpu_p50_ms = percentile(cpu, 0.50);
  out.cpu_p99_ms = percentile(cpu, 0.99);
  return out;
}

} // namespace vanban::bench
