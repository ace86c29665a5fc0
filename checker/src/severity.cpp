// Severity names, and the effective severity of a rule under a profile and a configuration.
#include "severity.hpp"

#include "rule_table.hpp"
#include "vanban/text/enum_names.hpp"

namespace vanban::check {

namespace {

/// Every severity a configuration may name (a rule's severity in .vanban.toml, the JSON output).
constexpr enum_names::Entry<Severity> kCheckSeverityNames[] = {
    {Severity::Off, "off"}, {Severity::Warning, "warning"}, {Severity::Error, "error"}};

} // namespace

std::string_view severity_name(Severity s) {
  return enum_names::name_of(kCheckSeverityNames, s);
}

std::optional<Severity> parse_severity(std::string_view s) {
  return enum_names::value_of(kCheckSeverityNames, s);
}

Severity effective_severity(std::string_view rule, const Options& options) {
  // The office's configuration wins over the profile: it is the more specific decision.
  if (auto it = options.config.severity.find(std::string(rule));
      it != options.config.severity.end())
    return it->second;
  const RuleDef* def = rule_table().find(rule);
  if (!def) return Severity::Error; // a rule missing from the table is a bug: make it visible
  return options.profile == Profile::Strict ? def->strict : def->lenient;
}

} // namespace vanban::check
