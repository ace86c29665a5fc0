// Opening archives: plain messages for a missing, locked, corrupt or foreign database.
#include "database.hpp"

#include "schema.hpp"
#include "schema_upgrade.hpp"
#include "vanban/archive_error.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace vanban::index {
namespace {

using Kind = ArchiveError::Kind;

/// `upgradable`: a writer accepts the schema it can bring up to date (schema_upgrade.hpp).
void check_schema(const std::string& dir, const Xapian::Database& db, bool upgradable) {
  std::string version = db.get_metadata(schema::kSchemaKey);
  if (version.empty() && db.get_doccount() > 0)
    throw ArchiveError(Kind::Corrupt, dir + " is a Xapian database but not a vanban archive");
  if (version == schema::kUpgradableSchema && !upgradable)
    throw ArchiveError(Kind::Corrupt, "the archive at " + dir + " has schema " + version +
                                          ", this vanban reads " + schema::kSchemaVersion +
                                          ": run `vanban index --db " + dir +
                                          " PATH...` once, it updates the archive in place");
  if (!version.empty() && version != schema::kSchemaVersion && version != schema::kUpgradableSchema)
    throw ArchiveError(Kind::Corrupt, "the archive at " + dir + " has schema " + version +
                                          ", this vanban reads " + schema::kSchemaVersion +
                                          ": index again into a new --db");
}

} // namespace

void check_readable_schema(const std::string& name, const Xapian::Database& db) {
  check_schema(name, db, false);
}

void throw_archive_error(const std::string& dir, const Xapian::Error& e) {
  // Xapian::Error is not polymorphic: its type name tells the kinds apart.
  std::string type = e.get_type();
  if (type == "DatabaseLockError")
    throw ArchiveError(Kind::Locked,
                       "database is locked: another `vanban index` is writing to " + dir);
  if (type == "NetworkError" || type == "NetworkTimeoutError")
    throw ArchiveError(Kind::Unavailable, "a shard of the archive " + dir + " cannot be reached (" +
                                              e.get_msg() +
                                              "): start its xapian-tcpsrv and try again");
  // The system's reason (ENOSPC, EACCES, EIO): the archive is not damaged, the disk or the
  // permissions are at fault, and Xapian keeps the last complete commit.
  const std::string cause = e.get_error_string() ? e.get_error_string() : "";
  if (type == "DatabaseError" && !cause.empty())
    throw ArchiveError(Kind::Io, "cannot read or write the archive at " + dir + ": " + cause +
                                     " (" + e.get_msg() +
                                     "); it keeps its last complete commit: fix the cause and "
                                     "run the command again");
  // A bare DatabaseError is what a truncated or overwritten table gives ("EOF reading block 0").
  // Deleting the archive is never the advice: the damaged part may be all that needs replacing.
  if (type == "DatabaseCorruptError" || type == "DatabaseVersionError" || type == "DatabaseError")
    throw ArchiveError(Kind::Corrupt, "the archive at " + dir + " is damaged or unreadable (" +
                                          e.get_msg() + "): `vanban stats --verify --db " + dir +
                                          "` names the damaged part; index the documents again "
                                          "into a new --db to replace it");
  if (type == "DatabaseOpeningError" || type == "DatabaseNotFoundError")
    throw ArchiveError(Kind::Corrupt, "cannot open " + dir + " as an archive (" + e.get_msg() +
                                          (cause.empty() ? "" : ": " + cause) + ")");
  throw ArchiveError(Kind::Io, "archive " + dir + ": " + e.get_type() + ": " + e.get_msg());
}

void prepare_for_writing(const std::string& name, Xapian::WritableDatabase& db) {
  check_schema(name, db, true);
  std::string version = db.get_metadata(schema::kSchemaKey);
  if (version == schema::kUpgradableSchema) {
    upgrade_number_terms(db);
    db.set_metadata(schema::kSchemaKey, schema::kSchemaVersion);
    db.commit(); // the new terms and the new version together, or neither
  } else if (version.empty()) {
    db.set_metadata(schema::kSchemaKey, schema::kSchemaVersion);
  }
}

std::uint64_t local_revision(const Xapian::Database& db) {
  const std::uint64_t commits =
      std::strtoull(db.get_metadata(schema::kCommitsKey).c_str(), nullptr, 10);
  return std::max<std::uint64_t>(commits, db.get_revision());
}

Xapian::WritableDatabase open_writable(const std::string& dir, int flags) {
  std::error_code ec;
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec))
    throw ArchiveError(Kind::Corrupt, dir + " is a file, not an archive directory");
  try {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OPEN | flags);
    prepare_for_writing(dir, db);
    return db;
  } catch (const Xapian::Error& e) {
    throw_archive_error(dir, e);
  }
}

Xapian::Database open_readonly(const std::string& dir) {
  if (read_stub(dir)) return open_archive(dir).all;
  return open_database(dir);
}

Xapian::Database open_database(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw ArchiveError(Kind::Missing, "no archive at " + dir +
                                          ": create it with `vanban index --db " + dir +
                                          " PATH...`");
  try {
    Xapian::Database db(dir);
    check_schema(dir, db, false);
    return db;
  } catch (const Xapian::Error& e) {
    throw_archive_error(dir, e);
  }
}

} // namespace vanban::index
