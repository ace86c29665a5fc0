// Readable summary of a compiled document for `vanban compile --format text`.
#pragma once

#include <ostream>

#include "vanban/document.hpp"

namespace vanban::cli {

void print_summary(std::ostream& out, const Document& doc);

} // namespace vanban::cli
