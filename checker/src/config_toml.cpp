// TOML → JSON for the configuration, with toml11 (Debian libtoml11-dev) when it was found.
#include "config_toml.hpp"

#include "vanban/check.hpp"

#ifdef VANBAN_HAVE_TOML
#include <toml.hpp>

#include <sstream>
#endif

namespace vanban::check {

#ifdef VANBAN_HAVE_TOML
namespace {

nlohmann::json convert(const toml::value& v) {
  switch (v.type()) {
  case toml::value_t::table: {
    auto out = nlohmann::json::object();
    for (const auto& [key, item] : v.as_table()) out[key] = convert(item);
    return out;
  }
  case toml::value_t::array: {
    auto out = nlohmann::json::array();
    for (const auto& item : v.as_array()) out.push_back(convert(item));
    return out;
  }
  case toml::value_t::string:
    return v.as_string().str;
  case toml::value_t::boolean:
    return v.as_boolean();
  case toml::value_t::integer:
    return v.as_integer();
  case toml::value_t::floating:
    return v.as_floating();
  default:
    throw ConfigError("unsupported TOML value (dates and times mean nothing here)");
  }
}

} // namespace

nlohmann::json toml_to_json(std::string_view text) {
  std::istringstream in{std::string(text)};
  try {
    return convert(toml::parse(in, "config.toml"));
  } catch (const toml::exception& e) {
    throw ConfigError(e.what());
  } catch (const std::runtime_error& e) { // toml11 reports syntax errors as syntax_error
    throw ConfigError(e.what());
  }
}
#else
nlohmann::json toml_to_json(std::string_view) {
  throw ConfigError("this vanban was built without TOML support (libtoml11-dev); use a JSON file");
}
#endif

} // namespace vanban::check
