// One reader for every command: POSIX calls, so that the error number (and with it "permission
// denied" versus "no such file") survives, which std::ifstream loses.
#include "vanban/read_input.hpp"

#include "decode.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vanban {
namespace {

using Cause = InputError::Cause;
using Kind = InputError::Kind;

ReadFailure too_large(std::size_t size) {
  return {Cause::Content,
          "file too large (" + std::to_string(size / (1024 * 1024)) + " MiB; the limit is " +
              std::to_string(decode::kMaxBytes / (1024 * 1024)) + " MiB)",
          Kind::TooLarge, size};
}

/// Closes the descriptor it owns (never standard input).
struct Descriptor {
  int fd;
  bool owned;
  ~Descriptor() {
    if (owned && fd >= 0) ::close(fd);
  }
};

} // namespace

ReadFailure read_failure(std::error_code ec) {
  if (ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted)
    return {Cause::Denied, "permission denied", Kind::Denied};
  if (ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory)
    return {Cause::Missing, "no such file or directory", Kind::Missing};
  if (ec == std::errc::is_a_directory)
    return {Cause::Io, "is a directory, not a file", Kind::NotAFile};
  return {Cause::Io, "cannot read: " + ec.message(), Kind::Io};
}

std::variant<std::string, ReadFailure> read_input(const std::string& file) {
  auto failed = [] { return read_failure(std::error_code(errno, std::generic_category())); };
  Descriptor in{file == "-" ? STDIN_FILENO : ::open(file.c_str(), O_RDONLY | O_CLOEXEC),
                file != "-"};
  if (in.fd < 0) return failed();
  struct stat st {};
  if (::fstat(in.fd, &st) != 0) return failed();
  if (S_ISDIR(st.st_mode)) return read_failure(std::make_error_code(std::errc::is_a_directory));
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > decode::kMaxBytes)
    return too_large(static_cast<std::size_t>(st.st_size));
  // The size stat gives is only a hint (0 for /proc files, none for pipes): read to the end,
  // but never more than the compiler accepts, whatever the file is (/dev/zero …).
  std::string bytes;
  bytes.reserve(S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0);
  char buffer[64 * 1024];
  for (;;) {
    ssize_t got = ::read(in.fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return failed();
    if (got == 0) break;
    if (bytes.size() + static_cast<std::size_t>(got) > decode::kMaxBytes)
      return too_large(bytes.size() + static_cast<std::size_t>(got));
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  return bytes;
}

} // namespace vanban
