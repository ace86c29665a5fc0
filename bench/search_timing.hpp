// Warm query latency: a list of queries run once untimed (page cache, caches), then timed over
// several rounds. Shared by the index benchmark and bench/run's search benchmark, for vanban's
// Searcher and for a plain Xapian database alike.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace vanban::bench {

struct Latency {
  std::size_t queries = 0, rounds = 0;
  std::vector<std::string> without_hits; ///< queries that found nothing (in the untimed pass)
  double p50_ms = 0, p99_ms = 0, max_ms = 0;
  double cpu_p50_ms = 0, cpu_p99_ms = 0; ///< CPU time of the calling thread per query
  std::string slowest;                   ///< the query of max_ms
  std::vector<double> cpu_median_ms;     ///< per query (in the order given): its median CPU time
  std::vector<std::vector<double>> wall_ms_by_query; ///< per query (in the order given): its times
};

/// `run` executes one query and returns how many documents it found.
Latency time_queries(const std::vector<std::string>& queries, int rounds,
                     const std::function<std::size_t(const std::string&)>& run);

} // namespace vanban::bench
