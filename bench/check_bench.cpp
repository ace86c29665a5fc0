// Check latency: `vanban check` of one document in memory, per document, over a directory.
//   vanban_bench_check [dir] [rounds]
// Every document is checked once untimed (tables loaded, caches warm), then `rounds` timed passes
// (default 20); p50/p99 per document by nearest rank. The last output line is JSON. This replaces
// the timing assertion a unit test once made: speed is measured here, never asserted in a test.
#include "bench_common.hpp"
#include "vanban/check.hpp"
#include "vanban/inputs.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  using vanban::bench::Clock;
  const std::string dir = argc > 1 ? argv[1] : "corpus";
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 20;
  std::vector<vanban::InputError> errors;
  std::vector<std::string> docs;
  for (const auto& f : vanban::expand_inputs({dir}, errors))
    docs.push_back(vanban::bench::slurp(f));
  if (docs.empty() || rounds < 1) {
    std::fprintf(stderr, "usage: vanban_bench_check [dir] [rounds ≥ 1]; no documents under %s\n",
                 dir.c_str());
    return 2;
  }
  for (const auto& d : docs) vanban::check::check_bytes(d, "warm.md", {});
  std::vector<double> samples;
  samples.reserve(docs.size() * static_cast<std::size_t>(rounds));
  for (int r = 0; r < rounds; ++r)
    for (const auto& d : docs) {
      auto t0 = Clock::now();
      vanban::check::check_bytes(d, "bench.md", {});
      samples.push_back(vanban::bench::ms_since(t0));
    }
  vanban::bench::print_json_line(
      {{"check_docs", docs.size()},
       {"check_rounds", rounds},
       {"check_p50_ms", vanban::bench::rounded(vanban::bench::percentile(samples, 0.50))},
       {"check_p99_ms", vanban::bench::rounded(vanban::bench::percentile(samples, 0.99))}});
  return 0;
}
