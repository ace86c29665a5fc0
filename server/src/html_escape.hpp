// HTML escaping of untrusted document text, and snippets whose match marks become <mark>.
#pragma once

#include <string>
#include <string_view>

namespace vanban::serve {

/// Marks the Searcher puts around matched words: control characters that plain document text
/// does not hold, so they survive escaping and cannot be forged by a document's own "<mark>".
inline constexpr std::string_view kMarkBegin = "\x01", kMarkEnd = "\x02";

/// The snippet escaped (& < > " ' as entities; control characters other than tab and newline
/// dropped), its marks turned into <mark>…</mark> (always balanced).
std::string snippet_html(std::string_view marked);

/// The snippet with its marks as `begin`/`end` (the "[…]" of `vanban search --json`).
std::string replace_marks(std::string_view marked, std::string_view begin, std::string_view end);

} // namespace vanban::serve
