// Reading back a model stored in an archive, where one damaged record must cost only itself: the
// reader says what is wrong with it, the caller leaves it out and names it in a warning, and every
// other document of the archive keeps working.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "vanban/document.hpp"

namespace vanban {

/// What is wrong with a stored model.
enum class ModelDamage {
  NotUtf8,  ///< bytes that are not UTF-8 (JSON must be)
  NotJson,  ///< not a JSON text
  NotModel, ///< JSON, but not a vanban.document/1 object, or a field of the wrong type
};

/// A stored record that could not be read: its id and archived path (as stored, made printable).
struct DamagedRecord {
  std::string id, path;
  ModelDamage damage = ModelDamage::NotJson;
};

/// The stored model `text` as JSON (nlohmann::json or nlohmann::ordered_json), or its damage.
/// Never throws for anything in `text`.
template <typename Json> std::variant<Json, ModelDamage> parse_stored_model(std::string_view text);

/// The Document of the stored model `text`, or its damage. Never throws for anything in `text`.
std::variant<Document, ModelDamage> read_stored_model(std::string_view text);

/// A damaged record with its id and path made printable (stored values may be damaged too).
DamagedRecord damaged_record(std::string_view id, std::string_view path, ModelDamage damage);

/// What is wrong with a damaged record, Vietnamese or English, without a trailing newline: which
/// record, that it is left out, and how to repair it (index its file again).
std::string damaged_record_message(const DamagedRecord& record, bool english);
/// The same, as a warning ("cảnh báo: …" / "warning: …").
std::string damaged_record_warning(const DamagedRecord& record, bool english);

/// A short stable name of the damage ("not-utf8", "not-json", "not-model"), for files and JSON.
const char* damage_code(ModelDamage damage);
/// The damage named by damage_code(), or nothing.
std::optional<ModelDamage> damage_from_code(std::string_view code);

} // namespace vanban
