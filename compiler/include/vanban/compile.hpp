// Public entry point of the compiler: bytes of a Markdown document → Document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "vanban/document.hpp"

namespace vanban {

/// Why an input could not be compiled at all (unreadable, not UTF-8, binary, empty).
struct InputError {
  /// What went wrong: the bytes (not UTF-8, empty, binary, too large) or reading them.
  enum class Cause { Content, Missing, Denied, Io };
  /// Which problem exactly: callers classify by it (the checker's messages in two languages),
  /// never by `message`, which is English and may change.
  enum class Kind {
    TooLarge,     ///< more than kMaxDocumentBytes; `measured` is the bytes read (a lower bound)
    TooManyLines, ///< more than kMaxDocumentLines; `measured` is the lines counted
    Binary,       ///< a NUL byte
    InvalidUtf8,  ///< bytes that are not UTF-8; `line` is where
    Empty,        ///< no byte at all
    OnlyWhiteSpace,
    Unicode,  ///< ICU could not normalise the text
    Missing,  ///< no such file or directory
    Denied,   ///< permission denied
    NotAFile, ///< a directory
    Io,       ///< any other error while reading
  };
  std::string path;
  int line = 0;        ///< 1-based line of the problem (1 when it concerns the whole file)
  std::string message; ///< English, for logs and the CLI's stderr
  Cause cause = Cause::Content;
  Kind kind = Kind::Io;
  std::size_t measured = 0; ///< TooLarge: bytes; TooManyLines: lines; else 0
};

/// Inputs above either limit are refused with an InputError (Cause::Content) rather than parsed:
/// they are not documents, and the limits bound what one input may cost. Memory grows with
/// lines more than with bytes — cmark-gfm keeps two nodes of some 170 bytes for every short
/// line, and a table row five — so 5 million two-byte lines took 2.3 GB. The longest real
/// document we know (a circular) has 16 thousand lines and 0.8 MB; at the limits one input
/// costs at most about 150 MB for its lines (a table of 100 thousand rows) plus some 7 bytes
/// for each byte (its copies: read, decoded, normalised, cmark's, the lines').
inline constexpr std::size_t kMaxDocumentBytes = 64u * 1024 * 1024;
inline constexpr std::size_t kMaxDocumentLines = 100'000;

using CompileResult = std::variant<Document, InputError>;

/// Compiles one document from its bytes. `path` is the name recorded in the model and in errors:
/// a file's escape_path() (vanban/path_escape.hpp). A name that is not UTF-8 is escaped here, so
/// the model is UTF-8 whatever the caller passes. Thread-safe: may be called concurrently.
CompileResult compile_bytes(std::string_view bytes, const std::string& path);

/// Reads the file `path` (or standard input for "-") and compiles it under its escape_path().
CompileResult compile_file(const std::string& path);

} // namespace vanban
