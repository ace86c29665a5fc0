// Xapian's own consistency check of every database of an archive, each damaged part named.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vanban {

/// A file or table of a database that failed the check, and Xapian's words for what is wrong.
struct DamagedPart {
  std::string part; ///< a path: the table's file (…/postlist.glass), the version file, the folder
  std::string problem;
};

struct DatabaseCheck {
  std::string path;
  std::vector<std::string> tables; ///< the tables checked, in Xapian's order (not the unused)
  std::size_t documents = 0;       ///< when the database opens
  std::uint64_t revision = 0;
  std::vector<DamagedPart> damage; ///< empty when sound
};

/// The Xapian databases of the archive at `dir`: `dir` itself and every folder directly below it
/// that holds one (a sharded archive), in name order. Throws ArchiveError (Missing) when there is
/// none.
std::vector<std::string> archive_databases(const std::string& dir);

/// Checks every table of the database at `path` (the B-tree structure of each, as xapian-check
/// does) and that it opens as a vanban archive.
DatabaseCheck check_database(const std::string& path);

} // namespace vanban
