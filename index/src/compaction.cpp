// Compaction into a sibling folder and an atomic swap: a kill at any point leaves `dir` a complete
// database (the old one until the swap, the compacted one after), and a leftover sibling that the
// next run removes.
#include "compaction.hpp"

#include <xapian.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <unistd.h>

namespace vanban::index {
namespace fs = std::filesystem;
namespace {

/// `dir` without a trailing separator, so that its sibling is beside it and not inside it.
fs::path normal(const std::string& dir) {
  fs::path p = fs::path(dir).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  return p;
}

/// Flushes a file or folder to the disk: the swap must never expose a copy still in the cache.
void sync_path(const fs::path& p, bool directory) {
  int fd = ::open(p.c_str(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

/// Xapian's own files in a database folder: the compacted copy writes its own.
bool xapian_file(const std::string& name) {
  return name == "flintlock" || name == "iamglass" || name == "iamchert" ||
         (name.size() > 6 && name.compare(name.size() - 6, 6, ".glass") == 0);
}

} // namespace

bool worth_compacting(std::size_t before, std::size_t changes) {
  return changes > 0 && (before == 0 || changes * 10 >= before);
}

std::string compaction_folder(const std::string& dir) {
  fs::path p = normal(dir);
  return (p.parent_path() / (p.filename().string() + ".compacting")).string();
}

void remove_compaction_leftover(const std::string& dir) {
  std::error_code ec;
  fs::remove_all(compaction_folder(dir), ec);
}

namespace {

/// Writes a new database into compaction_folder(dir) with `write` (which returns the number of
/// documents the copy must hold), checks that number, copies the files of `dir` that are not
/// Xapian's, and swaps the two folders in one atomic rename. `dir` is unchanged when it returns why
/// it did not.
std::optional<std::string>
rewrite_and_swap(const std::string& dir,
                 const std::function<Xapian::doccount(const std::string& to)>& write) {
  const fs::path from = normal(dir);
  const fs::path to = compaction_folder(dir);
  std::error_code ec;
  fs::remove_all(to, ec);
  try {
    const Xapian::doccount expected = write(to.string());
    Xapian::Database copy(to.string());
    if (copy.get_doccount() != expected) {
      fs::remove_all(to, ec);
      return "the compacted copy holds " + std::to_string(copy.get_doccount()) +
             " documents, not " + std::to_string(expected);
    }
  } catch (const Xapian::Error& e) {
    fs::remove_all(to, ec);
    return std::string(e.get_type()) + ": " + e.get_msg() +
           (e.get_error_string() ? std::string(" (") + e.get_error_string() + ")" : "");
  }
  for (const auto& entry : fs::directory_iterator(from, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || xapian_file(name)) continue;
    fs::copy_file(entry.path(), to / name, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      const std::string why = "cannot copy " + entry.path().string() + ": " + ec.message();
      fs::remove_all(to, ec);
      return why;
    }
  }
  for (const auto& entry : fs::directory_iterator(to, ec))
    if (entry.is_regular_file()) sync_path(entry.path(), false);
  sync_path(to, true);
  if (::renameat2(AT_FDCWD, to.c_str(), AT_FDCWD, from.c_str(), RENAME_EXCHANGE) != 0) {
    const std::string why = std::strerror(errno);
    fs::remove_all(to, ec);
    return "cannot swap " + to.string() + " and " + from.string() + " in one step (" + why + ")";
  }
  sync_path(from.parent_path().empty() ? fs::path(".") : from.parent_path(), true);
  fs::remove_all(to, ec); // the old database; left for the next run if this fails
  return std::nullopt;
}

} // namespace

std::optional<std::string> compact_database(const std::string& dir) {
  return rewrite_and_swap(dir, [&](const std::string& to) {
    Xapian::Database source(normal(dir).string());
    // The same document ids: nothing stored outside the database names one, but a renumbered
    // copy would also differ from a replica that catches up by changesets.
    source.compact(to, Xapian::Compactor::FULL | Xapian::DBCOMPACT_NO_RENUMBER);
    return source.get_doccount();
  });
}

std::optional<std::string> merge_into(const std::string& dir, const std::vector<std::string>& parts,
                                      const std::map<std::string, std::string>& metadata) {
  return rewrite_and_swap(dir, [&](const std::string& to) {
    Xapian::Database sources;
    for (const auto& p : parts) sources.add_database(Xapian::Database(p));
    // Renumbered: each part numbers its documents from 1, and the copy follows them one after the
    // other. Nothing outside the database names a document id.
    sources.compact(to, Xapian::Compactor::FULL);
    Xapian::WritableDatabase copy(to, Xapian::DB_OPEN);
    for (const auto& [key, value] : metadata) copy.set_metadata(key, value);
    copy.commit();
    return sources.get_doccount();
  });
}

} // namespace vanban::index
