// What every benchmark program needs: wall and CPU clocks, percentiles, peak RSS, reading files,
// and the one-line JSON that bench/run collects from each program's last output line.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace vanban::bench {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0);
double ms_since(Clock::time_point t0);

/// CPU time of the calling thread: on a shared machine, wall time also counts other processes'
/// turns, CPU time does not.
double thread_cpu_ms();

/// The value at fraction `p` (0..1) of the sorted samples (p = 0.99: the 99th percentile);
/// 0 for no samples.
double percentile(std::vector<double> samples, double p);

/// Peak resident set size of this process so far, in MiB.
double peak_rss_mb();

/// The whole file; throws std::runtime_error when it cannot be read.
std::string slurp(const std::string& path);

/// Prints `fields` as one line of JSON on standard output: bench/run reads the last line.
void print_json_line(const nlohmann::ordered_json& fields);

/// Rounds to `digits` decimals, so the JSON shows 12.35 rather than 12.349999999.
double rounded(double value, int digits = 3);

} // namespace vanban::bench
