// JSON text for standard output: never invalid UTF-8, whatever a stored value holds.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace vanban::cli {

/// `j` as text (`indent` as nlohmann's dump()); an ill-formed UTF-8 sequence in a string becomes
/// U+FFFD instead of throwing type_error.316 after part of the answer was printed.
template <typename Json> std::string json_text(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace vanban::cli
