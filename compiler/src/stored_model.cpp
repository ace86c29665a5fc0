// Stored models read back without letting one damaged record fail the archive.
#include "vanban/stored_model.hpp"

#include "vanban/model_json.hpp"
#include "vanban/text/messages.hpp"
#include "vanban/text/utf8.hpp"

namespace vanban {

namespace {

/// The top-level fields have the contract's kinds (absent or null is allowed): a list that is a
/// number would otherwise be read as a list of one.
template <typename Json> bool has_model_shape(const Json& j) {
  for (const char* key :
       {"recipients", "archive", "references", "sections", "tasks", "diagnostics"})
    if (auto it = j.find(key); it != j.end() && !it->is_null() && !it->is_array()) return false;
  for (const char* key : {"source", "number", "issuer", "signer", "lines", "facts"})
    if (auto it = j.find(key); it != j.end() && !it->is_null() && !it->is_object()) return false;
  return true;
}

} // namespace

template <typename Json> std::variant<Json, ModelDamage> parse_stored_model(std::string_view text) {
  Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  // nlohmann reports bad UTF-8 as a syntax error, and the two need different words in a warning.
  // Text it parses is well-formed UTF-8 (its lexer takes no other byte outside ASCII, inside a
  // string or out), so only a failed parse is checked: a whole pass over every model saved.
  if (j.is_discarded()) return utf8::valid(text) ? ModelDamage::NotJson : ModelDamage::NotUtf8;
  auto schema = j.is_object() ? j.find("schema") : j.end();
  if (schema == j.end() || !schema->is_string() ||
      schema->template get_ref<const std::string&>() != kDocumentSchema || !has_model_shape(j))
    return ModelDamage::NotModel;
  return j;
}

template std::variant<nlohmann::json, ModelDamage> parse_stored_model(std::string_view);
template std::variant<nlohmann::ordered_json, ModelDamage> parse_stored_model(std::string_view);

std::variant<Document, ModelDamage> read_stored_model(std::string_view text) {
  auto parsed = parse_stored_model<nlohmann::json>(text);
  if (auto* damage = std::get_if<ModelDamage>(&parsed)) return *damage;
  try {
    return document_from_json(std::get<nlohmann::json>(parsed));
  } catch (const nlohmann::json::exception&) { // a field of the wrong type
    return ModelDamage::NotModel;
  } catch (const UnknownValue&) { // a relation or role the contract does not name
    return ModelDamage::NotModel;
  }
}

DamagedRecord damaged_record(std::string_view id, std::string_view path, ModelDamage damage) {
  return {utf8::sanitize(id), utf8::sanitize(path), damage};
}

const char* damage_code(ModelDamage damage) {
  switch (damage) {
  case ModelDamage::NotUtf8:
    return "not-utf8";
  case ModelDamage::NotJson:
    return "not-json";
  case ModelDamage::NotModel:
    break;
  }
  return "not-model";
}

std::optional<ModelDamage> damage_from_code(std::string_view code) {
  for (auto d : {ModelDamage::NotUtf8, ModelDamage::NotJson, ModelDamage::NotModel})
    if (code == damage_code(d)) return d;
  return std::nullopt;
}

namespace {

/// What is wrong with a damaged record, as the end of a sentence naming it.
const std::string& damage_text(ModelDamage damage, text::Lang lang) {
  switch (damage) {
  case ModelDamage::NotUtf8:
    return text::message("stored_model.damage.not_utf8", lang);
  case ModelDamage::NotJson:
    return text::message("stored_model.damage.not_json", lang);
  case ModelDamage::NotModel:
    break;
  }
  return text::message("stored_model.damage.not_model", lang);
}

} // namespace

std::string damaged_record_message(const DamagedRecord& r, bool english) {
  const text::Lang lang = text::lang_of(english);
  const std::string name = r.path.empty() ? r.id : r.path + " (id " + r.id + ")";
  return text::message("stored_model.damaged_record", lang, {name, damage_text(r.damage, lang)});
}

std::string damaged_record_warning(const DamagedRecord& r, bool english) {
  return text::message("stored_model.warning", text::lang_of(english),
                       {damaged_record_message(r, english)});
}

} // namespace vanban
