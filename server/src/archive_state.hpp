// The archive as the request threads see it: searchers (one per thread at a time, Xapian
// databases are not thread-safe) and the citation graph, all following new commits.
#pragma once

#include "vanban/check.hpp"
#include "vanban/citation_graph.hpp"
#include "vanban/query.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <vector>

namespace vanban::serve {

/// What is rebuilt once per database revision and shared read-only by all requests.
struct Snapshot {
  Snapshot() = default;
  Snapshot(const Snapshot&) = delete; // `archive` borrows `graph`: never copied nor moved
  Snapshot& operator=(const Snapshot&) = delete;

  std::uint64_t revision = 0;
  graph::CitationGraph graph;
  /// The checker's view of `graph` (borrowed: the snapshot is never moved, it lives in a
  /// shared_ptr), so a revision's graph is loaded once.
  std::unique_ptr<check::Archive> archive;
  nlohmann::ordered_json stats; ///< GET /api/stats (counting terms walks the index)
};

class ArchiveState {
public:
  /// Opens one searcher now, so a missing archive fails at start (ArchiveError).
  ArchiveState(std::string db, std::chrono::milliseconds recheck);
  ~ArchiveState();

  /// A searcher owned by the caller until the lease ends; it is at the latest revision, checked
  /// at most every `recheck`.
  class Lease {
  public:
    Lease(ArchiveState& owner, std::unique_ptr<Searcher> searcher);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Searcher& operator*() const { return *searcher_; }
    Searcher* operator->() const { return searcher_.get(); }

  private:
    ArchiveState& owner_;
    std::unique_ptr<Searcher> searcher_;
  };
  Lease searcher();

  /// The graph, checker archive and stats of the latest revision, rebuilt when it changed.
  std::shared_ptr<const Snapshot> snapshot();

  const std::string& db() const { return db_; }

private:
  void release(std::unique_ptr<Searcher> searcher);

  std::string db_;
  std::chrono::milliseconds recheck_;
  std::mutex pool_mutex_;
  std::vector<std::unique_ptr<Searcher>> idle_;
  std::chrono::steady_clock::time_point last_check_; ///< when a searcher last looked for commits
  std::uint64_t latest_revision_ = 0;                ///< the newest revision a searcher has seen

  std::shared_mutex snapshot_mutex_;
  std::shared_ptr<const Snapshot> snapshot_;
  std::mutex rebuild_mutex_; ///< one rebuild at a time; readers keep the old snapshot meanwhile
};

} // namespace vanban::serve
