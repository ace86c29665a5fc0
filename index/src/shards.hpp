// Where an archive's databases are: one database, or the shards a Xapian stub file lists.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vanban::index {

/// One database of an archive: a local directory, or a shard served by xapian-tcpsrv.
struct ShardSpec {
  std::string path; ///< local: the database directory (resolved against the stub's folder)
  std::string host; ///< remote: set, with `port`
  unsigned port = 0;
  bool remote() const { return !host.empty(); }
  /// How messages name it: the directory, or "HOST:PORT".
  std::string name() const;
};

/// The file Xapian reads as a stub when a directory holds it (`DIR/XAPIANDB`).
std::string stub_in(const std::string& dir);

/// The shards listed by the stub at `db` (a directory holding XAPIANDB, or a stub file), in
/// order; nothing when `db` is not a stub (a single database, or no archive). The lines are
/// Xapian's: `auto PATH` or `glass PATH` (relative to the stub's folder) and `remote HOST:PORT`.
/// Throws ArchiveError (Corrupt) naming the line that is not one of them.
std::optional<std::vector<ShardSpec>> read_stub(const std::string& db);

/// Folder of shard `i` inside a sharded archive directory ("shard-0").
std::string shard_folder(std::size_t i);

/// Writes `dir/XAPIANDB` listing `count` local shards (`auto shard-0` …), atomically: readers see
/// the whole list or none.
void write_local_stub(const std::string& dir, std::size_t count);

/// The shard that holds the document with this id (document_id(): hex digits), of `count`.
std::size_t shard_of(const std::string& id, std::size_t count);

} // namespace vanban::index
