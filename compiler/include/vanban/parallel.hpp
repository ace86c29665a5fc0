// Runs work on several threads and hands the results back in input order.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace vanban {

/// The number of worker threads to use for `requested` (0 = all cores).
inline unsigned resolve_jobs(unsigned requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

/// Calls `work(i)` for i in [0, n) on `jobs` threads and `emit(i, result)` on the calling thread
/// in increasing i. At most `window` results wait for their turn, so memory stays bounded.
template <typename Work, typename Emit>
void for_each_ordered(std::size_t n, unsigned jobs, Work work, Emit emit,
                      std::size_t window = 256) {
  using Result = decltype(work(std::size_t{}));
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) emit(i, work(i));
    return;
  }
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable ready, space;
  std::size_t next_emit = 0;
  std::atomic<std::size_t> next_take{0};

  auto worker = [&] {
    for (;;) {
      std::size_t i = next_take.fetch_add(1);
      if (i >= n) return;
      {
        std::unique_lock lock(mutex);
        space.wait(lock, [&] { return i < next_emit + window; });
      }
      Result r = work(i);
      {
        std::lock_guard lock(mutex);
        slots[i % window].emplace(std::move(r));
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (; next_emit < n;) {
    std::optional<Result> r;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return slots[next_emit % window].has_value(); });
      r = std::move(slots[next_emit % window]);
      slots[next_emit % window].reset();
    }
    emit(next_emit, std::move(*r));
    {
      std::lock_guard lock(mutex);
      ++next_emit;
    }
    space.notify_all();
  }
  for (auto& t : threads) t.join();
}

} // namespace vanban
