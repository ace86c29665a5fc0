// POSIX calls rather than streams: a stream's failure does not say why, and the cause (a full
// disk, a denied write) is what the user needs to hear.
#include "vanban/durable_file.hpp"

#include "vanban/archive_error.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace vanban {
namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int err) {
  throw ArchiveError(ArchiveError::Kind::Io,
                     "cannot " + what + " " + path + ": " + std::strerror(err));
}

/// Closes the descriptor on every path out, so an error never leaks it.
class Fd {
public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  /// close(2)'s own result: on some file systems the last write error only shows here.
  int close() { return ::close(std::exchange(fd_, -1)); }

private:
  int fd_;
};

void write_all(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("write", path, errno);
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

/// Writes, syncs and closes `tmp`; throws on the first step that fails.
void write_temporary(const std::string& tmp,
                     const std::function<void(const ByteWriter&)>& produce) {
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (fd.get() < 0) fail("create", tmp, errno);
  produce([&](std::string_view bytes) { write_all(fd.get(), bytes, tmp); });
  if (::fsync(fd.get()) != 0) fail("write", tmp, errno);
  if (fd.close() != 0) fail("write", tmp, errno);
}

/// Makes the rename itself durable. A file system that cannot sync a directory (EINVAL) has
/// nothing more to do.
void sync_directory(const std::string& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) fail("open", dir, errno);
  if (::fsync(fd.get()) != 0 && errno != EINVAL) fail("sync", dir, errno);
}

} // namespace

void write_file_durably(const std::string& path, std::string_view bytes) {
  write_file_durably(path, [&](const ByteWriter& write) { write(bytes); });
}

void write_file_durably(const std::string& path,
                        const std::function<void(const ByteWriter&)>& produce) {
  // One temporary per process: a server rebuilding the graph and `vanban index` saving it never
  // write into each other's file; the rename decides which complete file stays.
  const std::string tmp = path + "." + std::to_string(::getpid()) + ".tmp";
  try {
    write_temporary(tmp, produce);
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail("replace", path, errno);
  } catch (...) {
    ::unlink(tmp.c_str());
    throw;
  }
  std::string dir = std::filesystem::path(path).parent_path().string();
  sync_directory(dir.empty() ? "." : dir);
}

std::optional<std::string> read_file_if_present(const std::string& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) return std::nullopt;
    fail("read", path, errno);
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) fail("read", path, errno);
  if (!S_ISREG(st.st_mode))
    throw ArchiveError(ArchiveError::Kind::Io, "cannot read " + path + ": not a regular file");
  std::string text;
  text.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("read", path, errno);
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  return text;
}

} // namespace vanban
