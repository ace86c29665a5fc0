// Markdown as converters write it (pandoc, PDF and Word text) → Markdown that CommonMark and GFM
// read as the author meant it. Shared by the compiler and the server's HTML view.
#pragma once

#include <string>
#include <string_view>

namespace vanban {

/// Rewrites what CommonMark would misread, keeping every other line where it was (the result
/// has exactly as many lines as the input, so line numbers in diagnostics stay true):
/// - pandoc grid, multiline and simple tables become GFM pipe tables, one row a line, with
///   `<br>` for each line break inside a cell (blank lines pad the rows saved);
/// - a block indented four spaces or more after a blank line, outside a list, loses its
///   indentation (text extracted from PDFs or Word is never code).
/// The input must be valid UTF-8 with LF line ends.
std::string normalise_markdown(std::string_view markdown);

} // namespace vanban
