// Public entry point of the compiler: bytes of a Markdown document → Document.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "vanban/document.hpp"

namespace vanban {

/// Why an input could not be compiled at all (unreadable, not UTF-8, binary, empty).
struct InputError {
  /// What went wrong: the bytes (not UTF-8, empty, binary, too large) or reading them.
  enum class Cause { Content, Missing, Denied, Io };
  std::string path;
  int line = 0; ///< 1-based line of the problem (1 when it concerns the whole file)
  std::string message;
  Cause cause = Cause::Content;
};

using CompileResult = std::variant<Document, InputError>;

/// Compiles one document from its bytes. `path` is the name recorded in the model and in errors:
/// a file's escape_path() (vanban/path_escape.hpp). A name that is not UTF-8 is escaped here, so
/// the model is UTF-8 whatever the caller passes. Thread-safe: may be called concurrently.
CompileResult compile_bytes(std::string_view bytes, const std::string& path);

/// Reads the file `path` (or standard input for "-") and compiles it under its escape_path().
CompileResult compile_file(const std::string& path);

} // namespace vanban
