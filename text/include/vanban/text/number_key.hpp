// The one key document numbers are matched on, wherever two numbers meet: the archive's number
// terms, the query's numbers and filters, and the citation graph's resolution.
#pragma once

#include <string>
#include <string_view>

namespace vanban {

/// "07/KH-CĐCS", "7/kh-cđcs" and "07/KH - CĐCS" → "7/KH-CĐCS": the number as the number grammar
/// reads it (relaxed spacing and dashes, any letter case), upper-cased, with the leading zeros of
/// its sequence dropped ("07" and "7" are the same document, as `trace` has always resolved
/// them). Text that is not a number is keyed as written, trimmed and upper-cased.
std::string number_key(std::string_view number_text);

} // namespace vanban
