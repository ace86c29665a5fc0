// The workers that serve accepted connections: a thread each while it is served, a bounded queue
// behind them.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vanban::serve {

/// httplib's ThreadPool has a fixed 8 threads (on this machine) and an unbounded queue, and a
/// kept-alive connection holds its thread while it waits for its next request: eight idle
/// clients stall everyone. Threads here are started on demand up to `max_workers` (a thread
/// waiting in poll() costs a few KiB), so idle and slow clients each hold only their own, and the
/// connection's deadlines (ConnectionStream) give it back within seconds. Past the workers and
/// the queue, submit() refuses, and the caller answers 503 at once rather than letting the
/// backlog grow without bound.
class ConnectionPool {
public:
  using Serve = std::function<void(int socket)>; ///< serves and closes the socket
  ConnectionPool(std::size_t max_workers, std::size_t max_queued, Serve serve);
  ~ConnectionPool();
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  /// Hands the socket to a worker; false (the socket still the caller's) when all are busy and
  /// the queue is full.
  bool submit(int socket);
  /// Serves what is queued (a stopping server answers nothing more), then joins the workers.
  void shutdown();

private:
  void work();

  std::size_t max_workers_;
  std::size_t max_queued_;
  Serve serve_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<int> queue_;
  std::vector<std::thread> workers_;
  std::size_t idle_ = 0;    ///< workers waiting for a socket
  std::size_t serving_ = 0; ///< sockets taken by a worker and not yet closed
  bool stopping_ = false;
};

} // namespace vanban::serve
