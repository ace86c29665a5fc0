// The column of every citation's number in its source line, for the reference.* rules.
#pragma once

#include "source_text.hpp"

#include "vanban/document.hpp"

#include <vector>

namespace vanban::check {

/// For each reference, the 1-based column of the first occurrence of its number in its line
/// (1 when the line does not hold the number as normalised). The numbers of one line are found
/// together, in one pass over it.
std::vector<int> citation_columns(const SourceText& src, const std::vector<Reference>& refs);

} // namespace vanban::check
