// Markdown source → the plain text that is indexed and shown in snippets.
#pragma once

#include <string>
#include <string_view>

namespace vanban::index {

/// Drops Markdown syntax (emphasis, table pipes and rules, heading marks, HTML breaks) and joins
/// the lines with single spaces. At most `max_bytes` (cut at a character boundary).
std::string plain_text(std::string_view markdown, std::size_t max_bytes);

} // namespace vanban::index
