// Message templates: "{name}" placeholders filled from a finding's values.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace vanban::check {

using Args = std::map<std::string, std::string>;

/// Replaces every "{key}" whose key is in `args`; unknown placeholders are left as written.
std::string fill(std::string_view tmpl, const Args& args);

/// "2024-02-23" → "23/02/2024" (the form documents use); other text unchanged.
std::string display_date(std::string_view iso);

} // namespace vanban::check
