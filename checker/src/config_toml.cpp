// TOML → JSON for the configuration, with toml11 (Debian libtoml11-dev) when it was found.
#include "config_toml.hpp"

#include "vanban/check.hpp"

#ifdef VANBAN_HAVE_TOML
#include "config_syntax_error.hpp"
#include "toml_depth.hpp"

#include <toml.hpp>

#include <sstream>
#endif

namespace vanban::check {

#ifdef VANBAN_HAVE_TOML
namespace {

/// Far deeper than any configuration (three levels: rules, a rule, its severity), far shallower
/// than what overflows toml11's recursion.
constexpr std::size_t kMaxDepth = 32;

/// toml11's first line without its "[error] toml::parse_xxx: " prefix: what went wrong, while the
/// line and column come from its location.
std::string problem(const char* what) {
  std::string_view s(what);
  s = s.substr(0, s.find('\n'));
  if (s.rfind("[error] ", 0) == 0) s.remove_prefix(8);
  if (s.rfind("toml::", 0) == 0 && s.find(": ") != std::string_view::npos)
    s.remove_prefix(s.find(": ") + 2);
  return std::string(s);
}

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
    throw ConfigError("config.toml-date", {});
  }
}

} // namespace

nlohmann::json toml_to_json(std::string_view text) {
  if (auto error = toml_utf8_error(text)) throw *error;
  if (auto line = toml_line_deeper_than(text, kMaxDepth))
    throw ConfigError("config.too-deep",
                      {{"max", std::to_string(kMaxDepth)}, {"line", std::to_string(*line)}});
  std::istringstream in{std::string(text)};
  try {
    return convert(toml::parse(in, "config.toml"));
  } catch (const toml::exception& e) {
    throw ConfigError("config.toml-syntax", {{"line", std::to_string(e.location().line())},
                                             {"column", std::to_string(e.location().column())},
                                             {"problem", problem(e.what())}});
  } catch (const std::runtime_error& e) { // toml11 also throws plain runtime errors
    throw ConfigError("config.toml-invalid", {{"problem", problem(e.what())}});
  }
}
#else
nlohmann::json toml_to_json(std::string_view) {
  throw ConfigError("config.no-toml", {});
}
#endif

} // namespace vanban::check
