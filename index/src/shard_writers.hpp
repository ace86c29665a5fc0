// One writer thread per shard: each adds, replaces and deletes in its own database and commits
// its own batches, so the shards of an archive are written in parallel.
#pragma once

#include <xapian.h>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vanban::index {

class ShardWriters {
public:
  /// Starts a thread for each of `parts`, which it alone uses until finish(). Each commits after
  /// every `batch` changes: a crash keeps every batch committed so far, in every shard.
  ShardWriters(std::vector<Xapian::WritableDatabase>& parts, std::size_t batch);
  /// Stops the threads without waiting for their queues (after an error).
  ~ShardWriters();
  ShardWriters(const ShardWriters&) = delete;
  ShardWriters& operator=(const ShardWriters&) = delete;

  void add(std::size_t shard, Xapian::Document doc);
  /// Replaces the document holding the unique term `id_term`.
  void replace(std::size_t shard, std::string id_term, Xapian::Document doc);
  void remove(std::size_t shard, std::string id_term);

  /// Runs `last` on every shard after its queued changes (true: it changed the database),
  /// commits each, and joins the threads. A Xapian error of any shard is rethrown (here, or by the
  /// next add/replace/remove).
  void finish(const std::function<bool(Xapian::WritableDatabase&)>& last);

private:
  struct Change {
    enum class Kind { Add, Replace, Remove, Finish } kind;
    std::string term;
    Xapian::Document doc;
  };
  struct Queue {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Change> changes;
  };

  void push(std::size_t shard, Change change);
  void run(std::size_t shard);
  void rethrow_failure();
  void stop_all();

  std::vector<Xapian::WritableDatabase>& parts_;
  std::size_t batch_;
  std::vector<std::unique_ptr<Queue>> queues_;
  std::vector<std::thread> threads_;
  std::function<bool(Xapian::WritableDatabase&)> last_;
  std::mutex failure_mutex_;
  std::exception_ptr failure_;
  std::atomic<bool> stopping_{false}; ///< threads drop what is left and return
};

} // namespace vanban::index
