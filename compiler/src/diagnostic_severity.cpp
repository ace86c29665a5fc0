// The one mapping between DiagnosticSeverity and the contract's strings.
#include "vanban/diagnostic_severity.hpp"

#include "vanban/text/enum_names.hpp"

#include <iterator>

namespace vanban {
namespace {

constexpr enum_names::Entry<DiagnosticSeverity> kDiagnosticSeverityNames[] = {
    {DiagnosticSeverity::Warning, "warning"}, {DiagnosticSeverity::Error, "error"}};
static_assert(std::size(kDiagnosticSeverityNames) == std::size(kDiagnosticSeverities),
              "a severity without a name");

} // namespace

std::string_view to_string(DiagnosticSeverity severity) {
  return enum_names::name_of(kDiagnosticSeverityNames, severity);
}

std::optional<DiagnosticSeverity> parse_diagnostic_severity(std::string_view s) {
  return enum_names::value_of(kDiagnosticSeverityNames, s);
}

} // namespace vanban
