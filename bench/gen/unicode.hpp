// The few Unicode operations the generator needs, done by ICU so that Vietnamese letters with
// two diacritics (Ệ, Ử) change case and decompose correctly.
#pragma once

#include <string>
#include <string_view>

namespace vanban::gen::unicode {

std::string to_upper(std::string_view s);
std::string to_lower(std::string_view s);
/// Canonical decomposition (NFD): what some scanners and macOS tools write.
std::string to_nfd(std::string_view s);

} // namespace vanban::gen::unicode
