// Runs work on several threads and hands the results back in input order.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace vanban {

/// The most worker threads per core. The work is compiling text, bound by the CPU: more threads
/// than this only cost memory and stacks, and tens of thousands cannot even be created.
inline constexpr unsigned kMaxJobsPerCore = 4;

/// The number of worker threads to use for `requested` (0 = all cores), at most
/// kMaxJobsPerCore × the cores.
inline unsigned resolve_jobs(unsigned requested) {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  if (requested == 0) return cores;
  return std::min(requested, kMaxJobsPerCore * cores);
}

/// Calls `work(i)` for i in [0, n) on `jobs` threads and `emit(i, result)` on the calling thread
/// in increasing i. At most `window` results wait for their turn, so memory stays bounded.
///
/// Exceptions behave as in the plain loop `for (i…) emit(i, work(i))`: the results before the
/// first item whose work or emit threw are emitted, then the workers stop, are joined, and that
/// exception is rethrown to the caller. A thread that cannot be started leaves the work to the
/// others (or to the calling thread alone).
template <typename Work, typename Emit>
void for_each_ordered(std::size_t n, unsigned jobs, Work work, Emit emit,
                      std::size_t window = 256) {
  using Result = decltype(work(std::size_t{}));
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < n; ++i) emit(i, work(i));
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool filled() const { return result.has_value() || error; }
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable ready, space;
  // Each item used to wake every sleeper twice (its result, then its emit): about four futex
  // calls an item, 740,000 for a graph walk of 100,000 records. A thread is now woken only when
  // it waits for exactly this: the caller for the item it emits next, a worker for room.
  std::atomic<std::size_t> next_emit{0}; // written under `mutex`; read without it as a hint
  std::size_t waiting_for_space = 0;
  bool stop = false; // set once the caller will emit nothing more
  std::atomic<std::size_t> next_take{0};

  auto worker = [&] {
    for (;;) {
      std::size_t i = next_take.fetch_add(1);
      if (i >= n) return;
      if (i >= next_emit.load() + window) {
        std::unique_lock lock(mutex);
        ++waiting_for_space;
        space.wait(lock, [&] { return stop || i < next_emit.load() + window; });
        --waiting_for_space;
        if (stop) return;
      }
      Slot done;
      try {
        done.result.emplace(work(i));
      } catch (...) {
        done.error = std::current_exception();
      }
      bool awaited;
      {
        std::lock_guard lock(mutex);
        if (stop) return;
        slots[i % window] = std::move(done);
        awaited = i == next_emit.load();
      }
      if (awaited) ready.notify_one(); // the caller is the only one waiting on `ready`
    }
  };

  std::vector<std::thread> threads;
  std::exception_ptr failure;
  try {
    threads.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  } catch (...) {
    // Out of threads (EAGAIN) or memory: the threads started share the work.
  }
  if (threads.empty()) {
    for (std::size_t i = 0; i < n; ++i) emit(i, work(i));
    return;
  }
  try {
    for (std::size_t i = 0; i < n; ++i) {
      Slot slot;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return slots[i % window].filled(); });
        slot = std::move(slots[i % window]);
        slots[i % window] = Slot{};
      }
      if (slot.error) std::rethrow_exception(slot.error);
      emit(i, std::move(*slot.result));
      bool room_awaited;
      {
        std::lock_guard lock(mutex);
        next_emit.store(i + 1);
        room_awaited = waiting_for_space > 0;
      }
      if (room_awaited) space.notify_all();
    }
  } catch (...) {
    failure = std::current_exception();
  }
  {
    std::lock_guard lock(mutex);
    stop = true;
  }
  space.notify_all();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

} // namespace vanban
