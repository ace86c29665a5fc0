// What an archive holds: counts of documents and terms, size on disk, by type and by year.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace vanban {

struct ArchiveStats {
  std::size_t documents = 0;
  std::size_t terms = 0;                                    ///< distinct terms
  std::uintmax_t bytes = 0;                                 ///< size of the database files
  std::vector<std::pair<std::string, std::size_t>> by_type; ///< most frequent first
  std::vector<std::pair<std::string, std::size_t>> by_year; ///< in year order
  std::size_t undated = 0;                                  ///< documents without an issue date
};

/// Throws ArchiveError when the archive is missing or cannot be read.
ArchiveStats archive_stats(const std::string& db_dir);

} // namespace vanban
