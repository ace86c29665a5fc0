// Searcher pool and per-revision snapshot: the only place that knows the archive changes.
#include "archive_state.hpp"

#include "vanban/archive_graph.hpp"
#include "vanban/search_json.hpp"
#include "vanban/stats.hpp"

#include <iostream>

namespace vanban::serve {

ArchiveState::ArchiveState(std::string db, std::chrono::milliseconds recheck)
    : db_(std::move(db)), recheck_(recheck), last_check_(std::chrono::steady_clock::now()) {
  auto first = std::make_unique<Searcher>(db_);
  latest_revision_ = first->revision();
  idle_.push_back(std::move(first));
  snapshot(); // built now: the first trace or check does not wait for the graph
}

ArchiveState::~ArchiveState() = default;

ArchiveState::Lease::Lease(ArchiveState& owner, std::unique_ptr<Searcher> searcher)
    : owner_(owner), searcher_(std::move(searcher)) {}

ArchiveState::Lease::~Lease() {
  if (searcher_) owner_.release(std::move(searcher_));
}

ArchiveState::Lease ArchiveState::searcher() {
  std::unique_ptr<Searcher> s;
  bool probe = false;
  std::uint64_t latest = 0;
  {
    std::lock_guard lock(pool_mutex_);
    if (!idle_.empty()) {
      s = std::move(idle_.back());
      idle_.pop_back();
    }
    auto now = std::chrono::steady_clock::now();
    // One request per interval asks the disk whether `vanban index` committed; the others only
    // catch up with what it found, which costs nothing when nothing changed.
    probe = now - last_check_ >= recheck_;
    if (probe) last_check_ = now;
    latest = latest_revision_;
  }
  if (!s)
    s = std::make_unique<Searcher>(db_); // opened at the latest revision
  else if (probe || s->revision() < latest)
    s->reopen();
  {
    std::lock_guard lock(pool_mutex_);
    latest_revision_ = std::max(latest_revision_, s->revision());
  }
  return Lease(*this, std::move(s));
}

void ArchiveState::release(std::unique_ptr<Searcher> searcher) {
  std::lock_guard lock(pool_mutex_);
  idle_.push_back(std::move(searcher));
}

std::shared_ptr<const Snapshot> ArchiveState::snapshot() {
  std::uint64_t revision = searcher()->revision();
  auto current = [&]() -> std::shared_ptr<const Snapshot> {
    std::shared_lock lock(snapshot_mutex_);
    return snapshot_ && snapshot_->revision >= revision ? snapshot_ : nullptr;
  };
  if (auto s = current()) return s;
  std::lock_guard rebuilding(rebuild_mutex_);
  if (auto s = current()) return s; // another thread rebuilt it while we waited
  auto fresh = std::make_shared<Snapshot>();
  fresh->revision = revision;
  fresh->graph = graph::load_graph(db_);
  // Once per revision, in the server's log: the records left out of every answer.
  for (const auto& d : fresh->graph.damaged())
    std::cerr << "vanban serve: " << damaged_record_warning(d, false) << "\n";
  // The checker reads the same graph: one load per revision.
  fresh->archive = check::archive_of(fresh->graph);
  fresh->stats = stats_json(archive_stats(db_));
  std::unique_lock lock(snapshot_mutex_);
  snapshot_ = fresh;
  return fresh;
}

} // namespace vanban::serve
