// Turning command-line paths into the list of documents to read.
#pragma once

#include <string>
#include <vector>

#include "vanban/compile.hpp"

namespace vanban {

/// Expands files, directories (every *.md below, sorted by path) and "-" (standard input).
/// A path that does not exist becomes an InputError in `errors`; the others are returned.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       std::vector<InputError>& errors);

} // namespace vanban
