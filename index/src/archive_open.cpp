// Opening every shard of an archive: local folders of a sharded archive, or remote shards served
// by xapian-tcpsrv, each named in the errors so that a user knows which server to look at.
#include "database.hpp"
#include "schema.hpp"
#include "shards.hpp"
#include "vanban/archive_error.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <sys/stat.h>

namespace vanban::index {
namespace fs = std::filesystem;
namespace {

using Kind = ArchiveError::Kind;

/// Milliseconds a remote shard may take to accept a connection, and to answer one request: a
/// server that is down fails at once; one that hangs fails after this, not never.
constexpr unsigned kConnectTimeout = 5000;
constexpr unsigned kReadTimeout = 30000;

/// The shards of `db`: those its stub lists, or the database `db` itself.
std::vector<ShardSpec> shards_of(const std::string& db) {
  if (auto listed = read_stub(db)) return *listed;
  ShardSpec single;
  single.path = db;
  return {single};
}

[[noreturn]] void unreachable(const std::string& db, const ShardSpec& s, const Xapian::Error& e) {
  throw ArchiveError(Kind::Unavailable, "shard " + s.name() + " of the archive " + db +
                                            " cannot be reached (" + e.get_msg() +
                                            "): start its xapian-tcpsrv and try again");
}

Xapian::Database open_shard(const std::string& db, const ShardSpec& s) {
  if (!s.remote()) return open_database(s.path);
  try {
    Xapian::Database part = Xapian::Remote::open(s.host, s.port, kReadTimeout, kConnectTimeout);
    check_readable_schema(db + " (shard " + s.name() + ")", part);
    return part;
  } catch (const Xapian::NetworkError& e) {
    unreachable(db, s, e);
  } catch (const Xapian::Error& e) {
    throw_archive_error(db + " (shard " + s.name() + ")", e);
  }
}

Xapian::WritableDatabase open_writable_shard(const std::string& db, const ShardSpec& s) {
  if (!s.remote()) {
    try {
      return open_writable(s.path);
    } catch (const ArchiveError& e) {
      // The lock message names the archive the user typed, whichever shard was locked.
      if (e.kind() == Kind::Locked)
        throw ArchiveError(Kind::Locked,
                           "database is locked: another `vanban index` is writing to " + db);
      throw;
    }
  }
  try {
    Xapian::WritableDatabase part =
        Xapian::Remote::open_writable(s.host, s.port, kReadTimeout, kConnectTimeout);
    prepare_for_writing(db + " (shard " + s.name() + ")", part);
    return part;
  } catch (const Xapian::NetworkError& e) {
    unreachable(db, s, e);
  } catch (const Xapian::Error& e) {
    throw_archive_error(db, e);
  }
}

/// A new sharded archive: every shard created before the stub that lists them, so the stub never
/// names a folder that is not a database.
std::vector<ShardSpec> create_local_shards(const std::string& db, std::size_t count) {
  std::error_code ec;
  fs::create_directories(db, ec);
  if (ec) throw ArchiveError(Kind::Io, "cannot create " + db + ": " + ec.message());
  std::vector<ShardSpec> shards(count);
  for (std::size_t i = 0; i < count; ++i) {
    shards[i].path = (fs::path(db) / shard_folder(i)).string();
    Xapian::WritableDatabase part = open_writable_shard(db, shards[i]);
    try {
      part.commit(); // the schema version, so that the stub lists only vanban databases
    } catch (const Xapian::Error& e) {
      throw_archive_error(db, e);
    }
  }
  write_local_stub(db, count);
  return shards;
}

} // namespace

std::uint64_t ReadableArchive::revision() const {
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    // A remote shard has no revision to read: its writers' count of commits is its revision.
    sum += shards[i].remote()
               ? std::strtoull(parts[i].get_metadata(schema::kCommitsKey).c_str(), nullptr, 10)
               : local_revision(parts[i]);
  }
  return sum;
}

namespace {

/// The (device, inode) of a local shard's folder, {0, 0} for a remote one or one that is gone.
std::pair<std::uint64_t, std::uint64_t> folder_of(const ShardSpec& s) {
  struct stat st {};
  if (s.remote() || ::stat(s.path.c_str(), &st) != 0) return {0, 0};
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

} // namespace

bool ReadableArchive::replaced() const {
  for (std::size_t i = 0; i < shards.size() && i < folders.size(); ++i)
    if (!shards[i].remote() && folder_of(shards[i]) != folders[i]) return true;
  return false;
}

ReadableArchive open_archive(const std::string& db) {
  ReadableArchive a;
  a.shards = shards_of(db);
  for (const auto& s : a.shards) {
    a.folders.push_back(folder_of(s)); // before opening: a swap in between is then seen later
    a.parts.push_back(open_shard(db, s));
    a.all.add_database(a.parts.back());
  }
  return a;
}

WritableArchive open_writable_archive(const std::string& db, std::optional<std::size_t> shards) {
  WritableArchive a;
  std::error_code ec;
  const bool stub = read_stub(db).has_value();
  const bool exists =
      fs::is_regular_file(db, ec) || fs::exists(fs::path(db) / "iamglass", ec) || stub;
  if (!exists && shards) {
    a.shards = create_local_shards(db, *shards);
  } else {
    a.shards = shards_of(db);
    if (shards && *shards != a.shards.size())
      throw ArchiveError(Kind::Usage,
                         "the archive at " + db + " has " + std::to_string(a.shards.size()) +
                             (a.shards.size() == 1 ? " shard" : " shards") +
                             ", fixed when it was created; --shards " + std::to_string(*shards) +
                             " differs: leave --shards out, or index into a new --db");
  }
  for (const auto& s : a.shards) a.parts.push_back(open_writable_shard(db, s));
  return a;
}

std::optional<std::string> unreachable_shard(const std::string& db) {
  std::vector<ShardSpec> shards;
  try {
    shards = shards_of(db);
  } catch (const ArchiveError&) {
    return std::nullopt;
  }
  for (const auto& s : shards) {
    if (!s.remote()) continue;
    try {
      Xapian::Remote::open(s.host, s.port, kReadTimeout, kConnectTimeout);
    } catch (const Xapian::Error&) {
      return s.name();
    }
  }
  return std::nullopt;
}

} // namespace vanban::index
