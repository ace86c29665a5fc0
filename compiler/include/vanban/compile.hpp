// Public entry point of the compiler: bytes of a Markdown document → Document.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "vanban/document.hpp"

namespace vanban {

/// Why an input could not be compiled at all (unreadable, not UTF-8, binary, empty).
struct InputError {
  std::string path;
  int line = 0; ///< 1-based line of the problem (1 when it concerns the whole file)
  std::string message;
};

using CompileResult = std::variant<Document, InputError>;

/// Compiles one document from its bytes. `path` is recorded in the model and in errors.
/// Thread-safe: may be called concurrently from several threads.
CompileResult compile_bytes(std::string_view bytes, const std::string& path);

/// Reads `path` (or standard input for "-") and compiles it.
CompileResult compile_file(const std::string& path);

} // namespace vanban
