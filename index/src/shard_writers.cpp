// The writer threads of an index run, one per shard, fed through short queues.
#include "shard_writers.hpp"

#include "commit_pause.hpp"
#include "schema.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace vanban::index {
namespace {

/// Changes waiting per shard: enough to keep a writer busy while the compilers run ahead, few
/// enough that memory does not grow with the archive.
constexpr std::size_t kQueued = 64;

} // namespace

ShardWriters::ShardWriters(std::vector<Xapian::WritableDatabase>& parts, std::size_t batch)
    : parts_(parts), batch_(batch ? batch : 1) {
  for (std::size_t i = 0; i < parts_.size(); ++i) queues_.push_back(std::make_unique<Queue>());
  try {
    for (std::size_t i = 0; i < parts_.size(); ++i) threads_.emplace_back([this, i] { run(i); });
  } catch (...) {
    stop_all();
    throw;
  }
}

ShardWriters::~ShardWriters() {
  stop_all();
}

void ShardWriters::stop_all() {
  stopping_ = true;
  for (auto& q : queues_) {
    std::lock_guard lock(q->mutex); // a waiter between its check and its sleep is then woken
    q->changed.notify_all();
  }
  for (auto& t : threads_)
    if (t.joinable()) t.join();
}

void ShardWriters::rethrow_failure() {
  std::lock_guard lock(failure_mutex_);
  if (failure_) std::rethrow_exception(failure_);
}

void ShardWriters::push(std::size_t shard, Change change) {
  rethrow_failure(); // a shard that failed stops the run at the next document
  Queue& q = *queues_.at(shard);
  std::unique_lock lock(q.mutex);
  q.changed.wait(lock, [&] { return q.changes.size() < kQueued || stopping_; });
  q.changes.push_back(std::move(change));
  q.changed.notify_all();
}

void ShardWriters::add(std::size_t shard, Xapian::Document doc) {
  push(shard, {Change::Kind::Add, {}, std::move(doc)});
}

void ShardWriters::replace(std::size_t shard, std::string id_term, Xapian::Document doc) {
  push(shard, {Change::Kind::Replace, std::move(id_term), std::move(doc)});
}

void ShardWriters::remove(std::size_t shard, std::string id_term) {
  push(shard, {Change::Kind::Remove, std::move(id_term), {}});
}

void ShardWriters::run(std::size_t shard) {
  Queue& q = *queues_[shard];
  Xapian::WritableDatabase& db = parts_[shard];
  std::size_t pending = 0;
  bool failed = false;
  std::uint64_t commits = 0;
  bool counted = false;
  // Each commit counts itself in the same commit: a remote reader sees that the shard changed.
  auto commit = [&] {
    db.set_metadata(schema::kCommitsKey, std::to_string(++commits));
    db.commit(); // atomic: a crash keeps every batch committed so far
    pending = 0;
    pause_after_commit_if_asked();
  };
  for (;;) {
    Change c;
    {
      std::unique_lock lock(q.mutex);
      q.changed.wait(lock, [&] { return !q.changes.empty() || stopping_; });
      if (stopping_) return;
      c = std::move(q.changes.front());
      q.changes.pop_front();
      q.changed.notify_all();
    }
    if (failed) { // drained, so that the producer never waits on a dead writer
      if (c.kind == Change::Kind::Finish) return;
      continue;
    }
    try {
      if (!counted) { // read in this thread: for a remote shard it is a round trip
        // Never below the database's revision: the count then stays the archive's revision
        // (ReadableArchive::revision()) after a compaction starts Xapian's own again at 1. A
        // remote shard has no revision to read: its count is its revision.
        commits = std::strtoull(db.get_metadata(schema::kCommitsKey).c_str(), nullptr, 10);
        try {
          commits = std::max<std::uint64_t>(commits, db.get_revision());
        } catch (const Xapian::UnimplementedError&) {
        }
        counted = true;
      }
      switch (c.kind) {
      case Change::Kind::Add:
        db.add_document(c.doc);
        break;
      case Change::Kind::Replace:
        db.replace_document(c.term, c.doc);
        break;
      case Change::Kind::Remove:
        db.delete_document(c.term);
        break;
      case Change::Kind::Finish:
        // An unchanged shard is not committed: it keeps its revision, and so the stored graph.
        if ((last_ && last_(db)) || pending > 0) commit();
        return;
      }
      if (++pending >= batch_) commit();
    } catch (...) {
      failed = true;
      std::lock_guard lock(failure_mutex_);
      if (!failure_) failure_ = std::current_exception();
      if (c.kind == Change::Kind::Finish) return;
    }
  }
}

void ShardWriters::finish(const std::function<bool(Xapian::WritableDatabase&)>& last) {
  last_ = last; // read by the threads only after they take the Finish pushed below
  for (std::size_t i = 0; i < queues_.size(); ++i) push(i, {Change::Kind::Finish, {}, {}});
  for (auto& t : threads_) t.join();
  rethrow_failure();
}

} // namespace vanban::index
