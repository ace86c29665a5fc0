// Opening the Xapian database of an archive, with Xapian's errors turned into ArchiveError.
#pragma once

#include "shards.hpp"

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vanban::index {

/// Opens (or creates) the archive for writing, with Xapian's `flags` besides DB_CREATE_OR_OPEN.
/// Throws ArchiveError (Locked when another writer has it).
Xapian::WritableDatabase open_writable(const std::string& dir, int flags = 0);

/// Opens an existing archive for reading. Throws ArchiveError (Missing, Corrupt).
/// A stub (a sharded or remote archive) opens every shard as one database.
Xapian::Database open_readonly(const std::string& dir);

/// Opens the one database directory `dir` for reading (a shard, or a single-database archive).
Xapian::Database open_database(const std::string& dir);

/// Checks that a database opened for reading is a vanban archive of this schema (`name` in the
/// messages). Throws ArchiveError (Corrupt).
void check_readable_schema(const std::string& name, const Xapian::Database& db);

/// The revision of one local database: the count of commits its writers made (stored in it, so
/// that a compaction, which starts Xapian's revision again at 1, keeps it), or its Xapian revision
/// when that is higher (a database written before the count).
std::uint64_t local_revision(const Xapian::Database& db);

/// Checks the schema of a database opened for writing and brings it up to date (`name` is how
/// messages call it). Throws ArchiveError.
void prepare_for_writing(const std::string& name, Xapian::WritableDatabase& db);

/// An archive opened for reading: every shard as one database (what queries read) and each shard
/// alone, with its name, in the stub's order. A single-database archive is one shard.
struct ReadableArchive {
  Xapian::Database all;
  std::vector<Xapian::Database> parts; ///< sharing `all`'s connections: a reopen moves both
  std::vector<ShardSpec> shards;
  /// The archive's revision: the sum of its shards' (each commit raises one), so it grows with
  /// every commit. A shard's is the count of commits its writers made (stored in it, so that a
  /// compaction, which starts Xapian's revision again at 1, keeps it), or its Xapian revision
  /// when that is higher (a database written before the count).
  std::uint64_t revision() const;
  /// Whether a local shard's folder is no longer the one opened: a compaction swapped a new
  /// database in (compaction.hpp). Xapian's reopen() cannot follow that, so the reader opens the
  /// archive again.
  bool replaced() const;

  /// The folder (device, inode) of each local shard when it was opened; remote ones are {0, 0}.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> folders;
};

/// Opens the archive at `db`: a database directory, a directory holding a Xapian stub
/// (`vanban index --shards`), or a stub file listing local or remote shards. Every shard must be
/// a vanban archive of this schema. Throws ArchiveError (Missing, Corrupt, Unavailable naming the
/// remote shard that cannot be reached).
ReadableArchive open_archive(const std::string& db);

/// An archive opened for writing: one database per shard.
struct WritableArchive {
  std::vector<Xapian::WritableDatabase> parts;
  std::vector<ShardSpec> shards;
};

/// Opens the archive at `db` for writing, creating it when missing: with `shards` a sharded one
/// (`db/shard-0` … and the stub `db/XAPIANDB`), without one a single database. `shards` on an
/// existing archive must be its number (ArchiveError Usage otherwise).
WritableArchive open_writable_archive(const std::string& db, std::optional<std::size_t> shards);

/// The name of the first shard of `db` that cannot be opened now (a remote server that is down),
/// or nothing when every shard opens: tells which shard a failed query lost.
std::optional<std::string> unreachable_shard(const std::string& db);

/// Rethrows a Xapian error met while using the archive at `dir` as an ArchiveError.
[[noreturn]] void throw_archive_error(const std::string& dir, const Xapian::Error& e);

} // namespace vanban::index
