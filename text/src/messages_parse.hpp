// Reads data/messages.json into the catalogue of tables::Tables (tables.cpp calls it).
#pragma once

#include "vanban/text/tables.hpp"

#include <nlohmann/json.hpp>

namespace vanban::tables {

/// The entries of data/messages.json ({"messages": [{"key", "vi", "en"}, …]}). Throws
/// std::runtime_error naming the entry for one without a key, a Vietnamese or an English text,
/// for a key given twice, and for texts whose placeholders ({0}, {1} …) differ between languages.
std::unordered_map<std::string, Message> parse_messages(const nlohmann::json& file);

} // namespace vanban::tables
