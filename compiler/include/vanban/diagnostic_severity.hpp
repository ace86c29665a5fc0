// How serious a compiler diagnostic is: one enum for the model and its printers, and the one place
// that maps it to and from the contract's strings ("warning", "error").
#pragma once

#include <optional>
#include <string_view>

namespace vanban {

enum class DiagnosticSeverity {
  Warning, ///< a part was not found or not read (the field is null): every compiler diagnostic
  Error,   ///< reserved by the schema (vanban.document/1) for a document that cannot be modelled
};

/// Every severity, in the contract's order.
inline constexpr DiagnosticSeverity kDiagnosticSeverities[] = {DiagnosticSeverity::Warning,
                                                               DiagnosticSeverity::Error};

/// The contract's string: "warning" or "error".
std::string_view to_string(DiagnosticSeverity severity);

/// The severity a contract string names, or nullopt for any other string (exact, case-sensitive).
std::optional<DiagnosticSeverity> parse_diagnostic_severity(std::string_view s);

} // namespace vanban
