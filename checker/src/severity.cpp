// Severity names, and the effective severity of a rule under a profile and a configuration.
#include "severity.hpp"

#include "rule_table.hpp"

namespace vanban::check {

std::string_view severity_name(Severity s) {
  switch (s) {
  case Severity::Off:
    return "off";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "off";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "off") return Severity::Off;
  if (s == "warning") return Severity::Warning;
  if (s == "error") return Severity::Error;
  return std::nullopt;
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
