// The file-level variants real archives hold: NFD text, CRLF line ends, old tone-mark placement
// (hoà, thuý, khoẻ), a BOM, OCR-like spacing.
#pragma once

#include "archive_plan.hpp"
#include "random.hpp"

#include <string>

namespace vanban::gen {

/// Applies the document's variants to its finished text.
std::string apply_variants(std::string text, const Variants& v, Random& r);

} // namespace vanban::gen
