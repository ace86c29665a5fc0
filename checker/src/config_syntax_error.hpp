// Where a configuration text is wrong, said the way people read a file: line, column and what
// stands there (nlohmann's own message names its parser's states, not the file).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "vanban/check.hpp"

namespace vanban::check {

/// The error for `text` whose JSON parse stopped at `bytes_read` (nlohmann::json::parse_error::
/// byte: the offending byte's 1-based offset, one past the end when the text ended too early).
ConfigError json_syntax_error(std::string_view text, std::size_t bytes_read);

/// The error for a number too large for a double (nlohmann::json::out_of_range, which carries
/// no position: `what` names the number, found in `text` for its line and column).
ConfigError json_number_error(std::string_view text, std::string_view what);

/// The error for the first byte of a TOML text that is not UTF-8, or nothing when it all is. TOML
/// must be UTF-8, and toml11 must never see anything else: reporting a bad byte in a 'literal'
/// string, it counts lines between iterators of two different buffers and reads out of bounds.
std::optional<ConfigError> toml_utf8_error(std::string_view text);

} // namespace vanban::check
