// JSON form of the model (schema vanban.document/1), both ways.
#pragma once

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

#include "vanban/document.hpp"

namespace vanban {

inline constexpr const char* kDocumentSchema = "vanban.document/1";

/// The model as compact JSON text, keys in contract order (the fast path for output and storage).
std::string dump_json(const Document& doc);

/// The model as a JSON value (parsed from dump_json: one definition of the layout).
nlohmann::ordered_json to_json(const Document& doc);

/// A field whose value is not one the contract names (a relation "quotes", a role "bcc").
struct UnknownValue : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

/// Reads a model back (as stored in an index). Unknown keys are ignored; a field of the wrong
/// kind throws nlohmann::json::exception, a value outside the contract throws UnknownValue.
Document document_from_json(const nlohmann::json& j);

} // namespace vanban
