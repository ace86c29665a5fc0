// Turning command-line paths into the list of documents to read.
#pragma once

#include <string>
#include <vector>

#include "vanban/compile.hpp"

namespace vanban {

/// Expands files, directories (every *.md below, sorted by path) and "-" (standard input).
/// A path that does not exist, or a directory (or anything below one) that cannot be read,
/// becomes an InputError in `errors` (named by its escape_path(), with its cause: Missing, Denied
/// or Io); the walk goes on with the rest. The files found are returned as they are, to be opened.
/// `unreadable`, when given, receives those paths as they are: what lies below them is unknown,
/// not gone.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       std::vector<InputError>& errors,
                                       std::vector<std::string>* unreadable = nullptr);

} // namespace vanban
