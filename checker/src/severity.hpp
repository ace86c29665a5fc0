// The effective severity of a rule: the configuration's choice, else the profile's default.
#pragma once

#include "vanban/check.hpp"

namespace vanban::check {

Severity effective_severity(std::string_view rule, const Options& options);

} // namespace vanban::check
