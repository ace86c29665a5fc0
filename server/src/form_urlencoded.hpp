// application/x-www-form-urlencoded bodies: telling a form from a raw document sent with that
// type (curl --data-binary), and reading one field.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vanban::serve {

/// True when `body` is a form with a field `name`: only the characters a form encoder writes
/// (letters, digits, `-._~*%+&=`) and `name=` at the start or after a `&`. A draft pasted as is
/// has spaces, line breaks or Vietnamese letters, none of which an encoded form can hold.
bool is_form_with(std::string_view body, std::string_view name);

/// The decoded value (`+` is a space, `%XX` a byte; a malformed escape stays as written) of the
/// first field `name`, or nothing.
std::optional<std::string> form_field(std::string_view body, std::string_view name);

} // namespace vanban::serve
