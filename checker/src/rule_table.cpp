// Loads data/check_rules.json (embedded at build time) into the rule table, once.
#include "rule_table.hpp"

#include "vanban_checker_data.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace vanban::check {
namespace {

Bilingual bilingual(const nlohmann::json& j) {
  return {j.value("vi", std::string()), j.value("en", std::string())};
}

Severity severity_of(const nlohmann::json& j, const char* profile) {
  auto s = parse_severity(j.at(profile).get<std::string>());
  if (!s) throw std::logic_error("data/check_rules.json: bad severity");
  return *s;
}

RuleDef rule_of(const nlohmann::json& j) {
  RuleDef r;
  r.id = j.at("id");
  r.strict = severity_of(j.at("severity"), "strict");
  r.lenient = severity_of(j.at("severity"), "lenient");
  r.description = bilingual(j.at("description"));
  r.message = bilingual(j.at("message"));
  r.hint = bilingual(j.at("hint"));
  r.example = j.value("example", std::string());
  if (auto v = j.find("variants"); v != j.end())
    for (const auto& [name, body] : v->items())
      r.variants[name] = {bilingual(body.at("message")), bilingual(body.at("hint"))};
  return r;
}

RuleTable load() {
  auto j = nlohmann::json::parse(embedded::data_check_rules());
  RuleTable t;
  for (const auto& r : j.at("rules")) t.rules.push_back(rule_of(r));
  t.issuer_codes = j.at("issuer_codes").get<std::vector<std::string>>();
  t.collective_bodies = j.at("collective_bodies").get<std::vector<std::string>>();
  t.without_distribution_types = j.at("without_distribution_types").get<std::vector<std::string>>();
  t.without_distribution_issuers =
      j.at("without_distribution_issuers").get<std::vector<std::string>>();
  for (const auto& [key, text] : j.at("ui").items()) t.ui[key] = bilingual(text);
  return t;
}

} // namespace

const RuleDef* RuleTable::find(std::string_view id) const {
  for (const auto& r : rules)
    if (r.id == id) return &r;
  return nullptr;
}

const RuleTable& rule_table() {
  static const RuleTable table = load(); // thread-safe static init; the data never changes
  return table;
}

std::string rule_anchor(std::string_view id) {
  std::string a = "check-";
  for (char c : id) a += c == '.' ? '-' : c;
  return a;
}

std::vector<RuleSummary> list_rules(Lang lang) {
  std::vector<RuleSummary> out;
  for (const auto& r : rule_table().rules)
    out.push_back(
        {r.id, r.strict, r.lenient, in(r.description, lang), r.example, rule_anchor(r.id)});
  return out;
}

} // namespace vanban::check
