// VANBAN_TEST_STOP_AFTER_COMMITS: stop the process after the N-th commit of the run.
#include "commit_pause.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>

namespace vanban::index {
namespace {

/// The commit to stop after; 0 when the variable is unset or not a positive number.
long stop_after() {
  static const long n = [] {
    const char* v = std::getenv("VANBAN_TEST_STOP_AFTER_COMMITS");
    return v ? std::strtol(v, nullptr, 10) : 0L;
  }();
  return n;
}

std::atomic<long> commits_in_run{0}; // shared by the writer threads of all shards

} // namespace

void pause_after_commit_if_asked() {
  const long n = stop_after();
  if (n > 0 && ++commits_in_run == n) std::raise(SIGSTOP);
}

} // namespace vanban::index
