// TOML configuration files, read into the same JSON shape as --config FILE.json.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

namespace vanban::check {

/// Parses TOML text into JSON (tables → objects, arrays → arrays, scalars → values).
/// Throws ConfigError, also when vanban was built without toml11.
nlohmann::json toml_to_json(std::string_view text);

} // namespace vanban::check
