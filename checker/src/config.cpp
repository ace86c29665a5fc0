// --config FILE: the office's rule severities, issuer codes and abbreviations, from JSON or TOML.
#include "config_toml.hpp"
#include "rule_table.hpp"

#include "vanban/check.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace vanban::check {
namespace {

void read_rules(const nlohmann::json& j, Config& c) {
  if (!j.is_object())
    throw ConfigError("\"rules\" must be an object of rule id → off|warning|error");
  for (const auto& [id, value] : j.items()) {
    // A typo in a rule id would silently do nothing: refuse it instead.
    if (!rule_table().find(id)) throw ConfigError("unknown rule \"" + id + "\"");
    auto s = value.is_string() ? parse_severity(value.get<std::string>()) : std::nullopt;
    if (!s) throw ConfigError("rule \"" + id + "\": severity must be off, warning or error");
    c.severity[id] = *s;
  }
}

void read_abbreviations(const nlohmann::json& j, Config& c) {
  if (j.is_object()) { // {"BCĐ": "Ban Chỉ đạo"}
    for (const auto& [s, l] : j.items()) c.abbreviations.emplace_back(s, l.get<std::string>());
    return;
  }
  for (const auto& a : j)
    c.abbreviations.emplace_back(a.at("short").get<std::string>(), a.at("long").get<std::string>());
}

} // namespace

namespace {

Config config_from(const nlohmann::json& j) {
  if (!j.is_object())
    throw ConfigError("the configuration must be an object (a JSON object or a TOML table)");
  Config c;
  try {
    for (const auto& [key, value] : j.items()) {
      if (key == "rules")
        read_rules(value, c);
      else if (key == "issuer_codes")
        c.issuer_codes = value.get<std::vector<std::string>>();
      else if (key == "abbreviations")
        read_abbreviations(value, c);
      else if (key.rfind('_', 0) != 0)
        throw ConfigError("unknown key \"" + key + "\"");
    }
  } catch (const nlohmann::json::exception& e) {
    throw ConfigError(e.what());
  }
  return c;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

Config parse_config(std::string_view text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw ConfigError(e.what());
  }
  return config_from(j);
}

Config parse_config_toml(std::string_view text) {
  return config_from(toml_to_json(text));
}

Config load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return ends_with(path, ".toml") ? parse_config_toml(s.str()) : parse_config(s.str());
}

} // namespace vanban::check
