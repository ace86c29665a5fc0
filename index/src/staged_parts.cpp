// Part databases of a new single-database archive (staged_parts.hpp).
#include "staged_parts.hpp"

#include "database.hpp"
#include "vanban/archive_error.hpp"
#include "vanban/durable_file.hpp"

#include <filesystem>
#include <fstream>

namespace vanban::index {
namespace fs = std::filesystem;
namespace {

std::string part_folder(const std::string& dir, std::size_t i) {
  return (fs::path(staging_folder(dir)) / ("part-" + std::to_string(i))).string();
}

/// The file in the staging folder that names the boot during which its parts were written
/// unsynced.
std::string unsynced_marker(const std::string& dir) {
  return (fs::path(staging_folder(dir)) / "unsynced-boot").string();
}

/// This boot's id (Linux: a random UUID made when the kernel starts); nothing where it cannot be
/// read (no /proc, another system).
std::optional<std::string> boot_id() {
  std::ifstream in("/proc/sys/kernel/random/boot_id");
  std::string id;
  if (!std::getline(in, id) || id.empty()) return std::nullopt;
  return id;
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

std::optional<std::string> stale_staging(const std::string& dir) {
  std::error_code ec;
  const std::string marker = unsynced_marker(dir);
  if (!fs::exists(marker, ec)) return std::nullopt;
  std::ifstream in(marker);
  std::string written_in;
  std::getline(in, written_in);
  const auto now = boot_id();
  if (now && written_in == *now) return std::nullopt;
  return std::string("they were written without waiting for the disk, and the machine ") +
         (now ? "has restarted since" : "cannot tell whether it has restarted since") +
         ", so they may have lost writes";
}

std::vector<Xapian::WritableDatabase> open_staged_parts(const std::string& dir, std::size_t count) {
  std::error_code ec;
  fs::create_directories(staging_folder(dir), ec);
  if (ec)
    throw ArchiveError(ArchiveError::Kind::Io,
                       "cannot create " + staging_folder(dir) + ": " + ec.message());
  // The boot is on the disk before any unsynced write: a restart can never leave parts that do
  // not say when they were written. Parts already there were written in this boot or synced
  // (stale_staging() removed any others).
  int flags = 0;
  if (const auto boot = boot_id()) {
    write_file_durably(unsynced_marker(dir), *boot + "\n");
    flags = Xapian::DB_NO_SYNC;
  }
  std::vector<Xapian::WritableDatabase> parts;
  for (std::size_t i = 0; i < count; ++i)
    parts.push_back(open_writable(part_folder(dir, i), flags));
  return parts;
}

void remove_staging(const std::string& dir) {
  std::error_code ec;
  fs::remove_all(staging_folder(dir), ec);
}

} // namespace vanban::index
