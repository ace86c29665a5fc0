// The one mapping between DiagnosticSeverity and the contract's strings.
#include "vanban/diagnostic_severity.hpp"

namespace vanban {

std::string_view to_string(DiagnosticSeverity severity) {
  switch (severity) {
  case DiagnosticSeverity::Warning:
    return "warning";
  case DiagnosticSeverity::Error:
    return "error";
  }
  return "warning"; // unreachable: every enumerator is handled above
}

std::optional<DiagnosticSeverity> parse_diagnostic_severity(std::string_view s) {
  for (DiagnosticSeverity severity : kDiagnosticSeverities)
    if (to_string(severity) == s) return severity;
  return std::nullopt;
}

} // namespace vanban
