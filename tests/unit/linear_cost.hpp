// The linear-cost harness of the scaling tests: an input four times as large must cost less than
// eight times the CPU time. CPU time (std::clock), best of 3, each run from a trimmed heap, so
// that a busy machine does not fail the test; the input grows until one run is long enough to
// measure, and never past the compiler's line limit (an input past it is refused, not compiled).
#pragma once

#include "vanban/compile.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <string>

namespace vanban::test {

using Pass = std::function<void(const std::string&)>;
using Make = std::function<std::string(std::size_t)>;

struct LinearBudget {
  double min_millis;      ///< n doubles until one run takes this long (below, noise dominates)
  double max_millis;      ///< and no further once a run takes this long
  double max_ratio = 8.0; ///< 4× the input, < this × the time
};

/// Best CPU time of three runs of `pass` on `input`, in milliseconds.
inline double cpu_millis(const Pass& pass, const std::string& input) {
  double best = 1e300;
  for (int run = 0; run < 3; ++run) {
    // Earlier cases leave the allocator's heap fragmented and its mmap threshold raised (glibc
    // adapts it to freed blocks): each run starts from a trimmed heap, so what is compared is the
    // pass, not what the cases before it left behind.
    malloc_trim(0);
    const std::clock_t begin = std::clock();
    pass(input);
    const std::clock_t end = std::clock();
    best = std::min(best, 1000.0 * static_cast<double>(end - begin) / CLOCKS_PER_SEC);
  }
  return best;
}

/// The largest n whose make(4n) stays within the compiler's line limit, estimated from make(n).
inline std::size_t line_limited_n(const Make& make, std::size_t n) {
  const std::string sample = make(n);
  const auto lines = static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '\n')) + 1;
  return std::max<std::size_t>(n, n * (kMaxDocumentLines / (4 * lines)));
}

/// Measures make(n) and make(4n). n doubles (up to `max_n`, and the line limit) until one run
/// takes budget.min_millis and n reaches `min_n`, but stops growing past budget.max_millis: a
/// quadratic pass must fail the test, not exhaust the machine on the 4n run.
inline void check_linear(const Pass& pass, const Make& make, std::size_t n, std::size_t min_n,
                         std::size_t max_n, const LinearBudget& budget) {
  max_n = std::min(max_n, line_limited_n(make, n));
  double small = cpu_millis(pass, make(n));
  while ((small < budget.min_millis || n < min_n) && small < budget.max_millis && n * 2 <= max_n) {
    n *= 2;
    small = cpu_millis(pass, make(n));
  }
  const std::string large_input = make(4 * n);
  const double large = cpu_millis(pass, large_input);
  const double ratio = large / std::max(small, 1e-3);
  MESSAGE("n = " << n << ": " << small << " ms; 4n (" << large_input.size() << " bytes): " << large
                 << " ms; ratio " << ratio);
  CHECK(ratio < budget.max_ratio);
}

} // namespace vanban::test
