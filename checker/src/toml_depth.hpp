// How deeply a TOML text nests, measured before toml11 reads it: toml11 parses arrays and inline
// tables recursively (10,000 levels overflow the stack) and splits dotted keys in quadratic time,
// so a hostile configuration must be refused before it gets there.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace vanban::check {

/// The 1-based line where `text` first nests deeper than `limit` levels — tables of a [header],
/// parts of a dotted key, arrays and inline tables all count — or nothing. One pass; strings and
/// comments are skipped, so brackets and dots inside them never count.
std::optional<int> toml_line_deeper_than(std::string_view text, std::size_t limit);

} // namespace vanban::check
