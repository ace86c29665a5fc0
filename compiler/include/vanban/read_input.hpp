// Reading an input file whole, with the reason when it cannot be read.
#pragma once

#include <string>
#include <system_error>
#include <variant>

#include "vanban/compile.hpp"

namespace vanban {

/// Why a file could not be read: the cause and a short English message ("permission denied").
struct ReadFailure {
  InputError::Cause cause = InputError::Cause::Io;
  std::string message;
  InputError::Kind kind = InputError::Kind::Io;
  std::size_t measured = 0; ///< see InputError::measured
};

/// The bytes of `file` ("-": standard input), or why they cannot be read: missing, permission
/// denied, a directory, an I/O error, or larger than the compiler accepts (a Content failure).
/// Never throws for a file-system reason; thread-safe.
std::variant<std::string, ReadFailure> read_input(const std::string& file);

/// The failure an operating-system error stands for (ENOENT → Missing, EACCES → Denied …).
ReadFailure read_failure(std::error_code ec);

} // namespace vanban
