// Part databases of a new single-database archive (staged_parts.hpp).
#include "staged_parts.hpp"

#include "database.hpp"
#include "vanban/archive_error.hpp"

#include <filesystem>

namespace vanban::index {
namespace fs = std::filesystem;
namespace {

std::string part_folder(const std::string& dir, std::size_t i) {
  return (fs::path(staging_folder(dir)) / ("part-" + std::to_string(i))).string();
}

} // namespace

std::string staging_folder(const std::string& dir) {
  return (fs::path(dir) / "vanban-staging").string();
}

std::vector<std::string> staged_parts(const std::string& dir) {
  std::vector<std::string> parts;
  std::error_code ec;
  // Numbered from 0 without a gap: they are created in that order, before any is written.
  for (std::size_t i = 0; fs::exists(fs::path(part_folder(dir, i)) / "iamglass", ec); ++i)
    parts.push_back(part_folder(dir, i));
  return parts;
}

std::vector<Xapian::WritableDatabase> open_staged_parts(const std::string& dir, std::size_t count) {
  std::error_code ec;
  fs::create_directories(staging_folder(dir), ec);
  if (ec)
    throw ArchiveError(ArchiveError::Kind::Io,
                       "cannot create " + staging_folder(dir) + ": " + ec.message());
  std::vector<Xapian::WritableDatabase> parts;
  for (std::size_t i = 0; i < count; ++i) parts.push_back(open_writable(part_folder(dir, i)));
  return parts;
}

void remove_staging(const std::string& dir) {
  std::error_code ec;
  fs::remove_all(staging_folder(dir), ec);
}

} // namespace vanban::index
