// VANBAN_TEST_STOP_AFTER_COMMITS and VANBAN_TEST_STOP_BEFORE_QUERY: stop the process at the N-th
// commit of a run, or at the N-th search.
#include "commit_pause.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>

namespace vanban::index {
namespace {

/// The positive number in the environment variable `name`; 0 when it is unset or not one.
long number_asked(const char* name) {
  const char* v = std::getenv(name);
  const long n = v ? std::strtol(v, nullptr, 10) : 0L;
  return n > 0 ? n : 0L;
}

/// Stops the process when `seen`, counted up by one, reaches `n` (0: never).
void stop_at(long n, std::atomic<long>& seen) {
  if (n > 0 && ++seen == n) std::raise(SIGSTOP);
}

std::atomic<long> commits_in_run{0};      // shared by the writer threads of all shards
std::atomic<long> searches_in_process{0}; // shared by the threads of a server

} // namespace

void pause_after_commit_if_asked() {
  static const long n = number_asked("VANBAN_TEST_STOP_AFTER_COMMITS");
  stop_at(n, commits_in_run);
}

void pause_before_query_if_asked() {
  static const long n = number_asked("VANBAN_TEST_STOP_BEFORE_QUERY");
  stop_at(n, searches_in_process);
}

} // namespace vanban::index
