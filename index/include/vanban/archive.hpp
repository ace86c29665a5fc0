// Building and updating an archive: documents compiled in parallel, written by one writer.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "vanban/archive_error.hpp"
#include "vanban/compile.hpp"

namespace vanban {

struct IndexOptions {
  unsigned jobs = 0; ///< compile threads (0: all cores)
  /// Documents per commit: what a crash can lose and the next run redoes. Neither end is fast:
  /// Xapian's per-term cost grows with the changes it holds (at 30,000 documents, CPU 94 s with
  /// 100, 114 s with 1000, 194 s and 576 MB peak with 10000), and each commit rewrites the B-tree
  /// blocks its batch touches, a system call per 8 KB block (at 100,000 documents, 200 took
  /// 10 % less time than 100, half the system time; 400 no less than 200, and 50 MB more memory).
  std::size_t batch = 200;
  /// Archived names (escape_path() form) whose stored record is rebuilt even though their file is
  /// unchanged: records found damaged (CitationGraph::damaged()) are repaired this way.
  std::unordered_set<std::string> recompile;
  /// The number of shards of a new archive (`DIR/shard-0` … and the Xapian stub `DIR/XAPIANDB`);
  /// nothing: a new archive is one database. An existing archive keeps the number it was created
  /// with: another number here is an ArchiveError (Usage).
  std::optional<std::size_t> shards = std::nullopt;
};

/// What an index run did. `documents` is the archive's size afterwards.
struct IndexReport {
  std::size_t added = 0, updated = 0, removed = 0, unchanged = 0, failed = 0, documents = 0;
  /// Of `failed`: the paths that could not be read at all (missing, permission denied, I/O
  /// error). Their documents stay in the archive.
  std::size_t unreadable = 0;
  /// Local databases compacted after the writes (index/src/compaction.hpp), and the seconds that
  /// took (part of `seconds`).
  std::size_t compacted = 0;
  double compact_seconds = 0;
  double seconds = 0;
};

/// Callbacks on the calling thread while indexing runs.
struct IndexEvents {
  std::function<void(std::size_t done, std::size_t total)> progress;
  std::function<void(const InputError&)> failure; ///< a file that could not be read or compiled
  /// Something the run could not do that loses nothing (a database left uncompacted, and why).
  std::function<void(const std::string&)> warning;
};

/// The path under which a file is archived: relative to the working directory when it lies below
/// it ("corpus/tld/a.md", whatever "./corpus/../corpus" was typed), absolute otherwise.
std::string archive_path(const std::string& path);

/// The stable id of an archived file: the first 16 hex digits of SHA-256 of its archive_path() in
/// its escape_path() form (vanban/path_escape.hpp), the name the archive stores and prints.
/// It does not change when the file's content does; `trace` and `serve` use it.
std::string document_id(const std::string& archive_path);

/// Indexes files and directories (every *.md below) into the archive at `db_dir`, created when
/// missing. `db_dir` may be a sharded archive or a stub file listing shards (local, or remote
/// ones served by `xapian-tcpsrv --writable`): each document goes to the shard its id picks, and
/// each shard has its own writer thread. Unchanged files (same SHA-256) are skipped, changed ones
/// replaced, and files gone from an indexed directory removed (never those at or below a path that
/// could not be read). Commits every `batch` documents. Throws ArchiveError when the database
/// cannot be opened or written (the archive then holds the batches committed before); files that
/// fail are reported and counted, not thrown. The citation graph stored beside the archive is
/// not touched: update_archive() (vanban/archive_update.hpp) indexes and refreshes it in one call,
/// and a reader that finds it stale rebuilds it (graph::load_graph()).
IndexReport index_documents(const std::string& db_dir, const std::vector<std::string>& paths,
                            const IndexOptions& options, const IndexEvents& events = {});

} // namespace vanban
