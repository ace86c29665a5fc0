// Workers started on demand, each taking queued sockets until the pool stops.
#include "connection_pool.hpp"

#include <system_error>

namespace vanban::serve {

ConnectionPool::ConnectionPool(std::size_t max_workers, std::size_t max_queued, Serve serve)
    : max_workers_(max_workers), max_queued_(max_queued), serve_(std::move(serve)) {}

ConnectionPool::~ConnectionPool() {
  shutdown();
}

bool ConnectionPool::submit(int socket) {
  std::unique_lock lock(mutex_);
  if (stopping_) return false;
  // What the pool holds is counted whole — served and queued — never by the queue alone: a
  // socket handed to a worker that has not started yet sits in the queue, and counting it as
  // queued refused a third connection to two new workers and a queue of one (seen on a loaded
  // machine: the test's third idle client was refused and the fourth served).
  if (serving_ + queue_.size() >= max_workers_ + max_queued_) return false;
  if (idle_ <= queue_.size() && workers_.size() < max_workers_) {
    try {
      workers_.emplace_back([this] { work(); });
    } catch (const std::system_error&) {
      // No thread to be had (the process's limit): queue behind the workers there are.
      if (workers_.empty()) return false;
    }
  }
  queue_.push_back(socket);
  ready_.notify_one();
  return true;
}

void ConnectionPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    --idle_;
    if (queue_.empty()) return; // stopping, and nothing left to answer
    int socket = queue_.front();
    queue_.pop_front();
    ++serving_;
    lock.unlock();
    serve_(socket);
    lock.lock();
    --serving_;
  }
}

void ConnectionPool::shutdown() {
  std::vector<std::thread> workers;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    workers.swap(workers_);
  }
  ready_.notify_all();
  for (auto& w : workers) w.join();
}

} // namespace vanban::serve
