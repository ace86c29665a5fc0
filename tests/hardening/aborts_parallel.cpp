// Issue 13, item 3: an exception in for_each_ordered's work or emit reaches the caller after the
// workers are joined (it used to end in std::terminate), with every result before it emitted.
#include "vanban/parallel.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using vanban::for_each_ordered;
using vanban::resolve_jobs;

namespace {

constexpr std::size_t kItems = 2000;

/// Runs for_each_ordered over kItems on `jobs` threads with a small window (so that workers wait
/// for room) and returns what was emitted and the message of the exception that came out.
struct Run {
  std::vector<std::size_t> emitted;
  std::string error;
};

template <typename Work, typename Emit> Run run(unsigned jobs, Work work, Emit extra_emit) {
  Run r;
  try {
    for_each_ordered(
        kItems, jobs, work,
        [&](std::size_t i, std::size_t value) {
          extra_emit(i);
          r.emitted.push_back(value);
        },
        8);
  } catch (const std::runtime_error& e) {
    r.error = e.what();
  }
  return r;
}

void check_prefix(const Run& r, std::size_t count) {
  REQUIRE(r.emitted.size() == count);
  for (std::size_t i = 0; i < count; ++i) CHECK(r.emitted[i] == i);
}

} // namespace

TEST_CASE("worker-exception: reaches the caller after every earlier result") {
  for (unsigned jobs : {1u, 2u, 4u, 16u}) {
    CAPTURE(jobs);
    auto work = [](std::size_t i) {
      // Two failures: the first in input order is the one the caller sees, as in a plain loop.
      if (i == 700) throw std::runtime_error("item 700");
      if (i == 1500) throw std::runtime_error("item 1500");
      return i;
    };
    Run r = run(jobs, work, [](std::size_t) {});
    CHECK(r.error == "item 700");
    check_prefix(r, 700);
  }
}

TEST_CASE("emit-exception: stops the workers and reaches the caller") {
  for (unsigned jobs : {1u, 2u, 4u, 16u}) {
    CAPTURE(jobs);
    auto emit = [](std::size_t i) {
      if (i == 300) throw std::runtime_error("emit 300");
    };
    Run r = run(
        jobs, [](std::size_t i) { return i; }, emit);
    CHECK(r.error == "emit 300");
    check_prefix(r, 300);
  }
}

TEST_CASE("first-and-last-item: a failure emits exactly the results before it") {
  for (std::size_t bad : {std::size_t{0}, kItems - 1}) {
    CAPTURE(bad);
    auto work = [bad](std::size_t i) {
      if (i == bad) throw std::runtime_error("bad");
      return i;
    };
    Run r = run(4, work, [](std::size_t) {});
    CHECK(r.error == "bad");
    check_prefix(r, bad);
  }
}

TEST_CASE("no-exception: every result is emitted once and in order") {
  Run r = run(
      8, [](std::size_t i) { return i; }, [](std::size_t) {});
  CHECK(r.error.empty());
  check_prefix(r, kItems);
}

TEST_CASE("jobs-bound: at most 4 threads per core and all cores by default") {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  CHECK(resolve_jobs(0) == cores);
  CHECK(resolve_jobs(1) == 1);
  CHECK(resolve_jobs(40000) == vanban::kMaxJobsPerCore * cores);
  CHECK(resolve_jobs(4294967295u) == vanban::kMaxJobsPerCore * cores);
}

TEST_CASE("jobs-beyond-items: one thread per item at most") {
  // 100,000 threads cannot be started; for 3 items only 3 are.
  std::vector<std::size_t> seen;
  for_each_ordered(
      3, 100000, [](std::size_t i) { return i * 10; },
      [&](std::size_t, std::size_t v) { seen.push_back(v); });
  CHECK(seen == std::vector<std::size_t>{0, 10, 20});
}

TEST_CASE("uneven-work: no wake-up is lost when workers and the caller race") {
  // A thread is woken only when it waits for exactly that item or for room (parallel.hpp). Work
  // and emit of uneven length (hashed from the item) mix the orders of finishing; a window of 8
  // makes workers wait for room. A lost wake-up hangs this test; a misplaced result fails it.
  for (unsigned jobs : {2u, 3u, 8u}) {
    CAPTURE(jobs);
    auto pause = [](std::size_t i, std::size_t salt) {
      const std::size_t spin = (i * 2654435761u + salt) % 97 == 0 ? 200 : (i * 40503u + salt) % 7;
      std::this_thread::sleep_for(std::chrono::microseconds(spin));
    };
    Run r = run(
        jobs,
        [&](std::size_t i) {
          pause(i, 1);
          return i;
        },
        [&](std::size_t i) { pause(i, 3); });
    CHECK(r.error.empty());
    check_prefix(r, kItems);
  }
}
