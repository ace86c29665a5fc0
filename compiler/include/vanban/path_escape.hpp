// File names as vanban stores and prints them. A Linux file name is any bytes but '/' and NUL;
// the model, the archive, JSON and HTML carry UTF-8 only. So a name is shown in a reversible
// escaped form: UTF-8 passes through, a byte that is not part of a well-formed UTF-8 character and
// a control character (U+0000–U+001F, U+007F) become `\xHH` (two upper-case hex digits), and a
// backslash becomes `\\` (so that a name that really contains `\xFF` cannot be taken for one
// with the byte 0xFF). This is the form `printf '%b'` turns back into the name, and the form of
// every name a user has ever typed (UTF-8 without a backslash) is the name itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vanban {

/// The escaped form of the file name `raw` (always well-formed UTF-8, no control characters).
std::string escape_path(std::string_view raw);

/// The file name whose escaped form is `shown`, or nothing when `shown` is not an escaped form (a
/// lone backslash, `\x` without two hex digits). unescape_path(escape_path(r)) == r for every r.
std::optional<std::string> unescape_path(std::string_view shown);

} // namespace vanban
