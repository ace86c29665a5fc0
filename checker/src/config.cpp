// --config FILE: the office's rule severities, issuer codes and abbreviations, from JSON or TOML.
#include "config_syntax_error.hpp"
#include "config_toml.hpp"
#include "rule_table.hpp"

#include "vanban/check.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace vanban::check {

ConfigError::ConfigError(std::string key_, std::map<std::string, std::string> args_)
    : std::runtime_error(ui_text(key_, Lang::En, args_)), key(std::move(key_)),
      args(std::move(args_)) {}

std::string ConfigError::detail(Lang lang) const {
  return key.empty() ? std::string(what()) : ui_text(key, lang, args);
}

namespace {

bool is_string_list(const nlohmann::json& j) {
  if (!j.is_array()) return false;
  for (const auto& item : j)
    if (!item.is_string()) return false;
  return true;
}

void read_rules(const nlohmann::json& j, Config& c) {
  if (!j.is_object()) throw ConfigError("config.rules-not-object", {});
  for (const auto& [id, value] : j.items()) {
    // A typo in a rule id would silently do nothing: refuse it instead.
    if (!rule_table().find(id)) throw ConfigError("config.unknown-rule", {{"rule", id}});
    auto s = value.is_string() ? parse_severity(value.get<std::string>()) : std::nullopt;
    if (!s) throw ConfigError("config.bad-severity", {{"rule", id}});
    c.severity[id] = *s;
  }
}

void read_abbreviations(const nlohmann::json& j, Config& c) {
  if (j.is_object()) { // {"BCĐ": "Ban Chỉ đạo"}
    for (const auto& [s, l] : j.items()) {
      if (!l.is_string()) throw ConfigError("config.bad-abbreviations", {});
      c.abbreviations.emplace_back(s, l.get<std::string>());
    }
    return;
  }
  if (!j.is_array()) throw ConfigError("config.bad-abbreviations", {});
  for (const auto& a : j) { // [{"short": "BCĐ", "long": "Ban Chỉ đạo"}]
    if (!a.is_object() || !a.contains("short") || !a.contains("long") || !a["short"].is_string() ||
        !a["long"].is_string())
      throw ConfigError("config.bad-abbreviations", {});
    c.abbreviations.emplace_back(a["short"].get<std::string>(), a["long"].get<std::string>());
  }
}

Config config_from(const nlohmann::json& j) {
  if (!j.is_object()) throw ConfigError("config.not-object", {});
  Config c;
  for (const auto& [key, value] : j.items()) {
    if (key == "rules") {
      read_rules(value, c);
    } else if (key == "issuer_codes") {
      if (!is_string_list(value)) throw ConfigError("config.bad-issuer-codes", {});
      c.issuer_codes = value.get<std::vector<std::string>>();
    } else if (key == "abbreviations") {
      read_abbreviations(value, c);
    } else if (key.rfind('_', 0) != 0) {
      throw ConfigError("config.unknown-key", {{"key", key}});
    }
  }
  return c;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Why a configuration file could not be read, in the words `check` uses for documents.
ConfigError unreadable(int error) {
  if (error == ENOENT) return ConfigError("config.missing", {});
  if (error == EACCES) return ConfigError("config.denied", {});
  return ConfigError("config.unreadable", {{"detail", std::strerror(error)}});
}

/// A configuration is a few hundred bytes; a thousand times that bounds what its parsers may cost.
constexpr std::size_t kMaxConfigBytes = 1 << 20;

void refuse_oversized(std::string_view text) {
  if (text.size() > kMaxConfigBytes)
    throw ConfigError("config.too-large", {{"max", std::to_string(kMaxConfigBytes)}});
}

} // namespace

Config parse_config(std::string_view text) {
  refuse_oversized(text);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw json_syntax_error(text, e.byte);
  } catch (const nlohmann::json::out_of_range& e) { // a number too large for a double
    throw json_number_error(text, e.what());
  }
  return config_from(j);
}

Config parse_config_toml(std::string_view text) {
  refuse_oversized(text);
  return config_from(toml_to_json(text));
}

Config load_config(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw unreadable(EISDIR); // it would read as empty
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw unreadable(errno ? errno : ENOENT);
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw unreadable(errno ? errno : EIO);
  return ends_with(path, ".toml") ? parse_config_toml(s.str()) : parse_config(s.str());
}

} // namespace vanban::check
