// The message catalogue of data/messages.json: the labels and messages the libraries print, each
// in Vietnamese and English, looked up by a key grouped by module ("follow_up.status.late").
// Call sites spell the key as a literal in text::message("…", …): the data.messages test greps
// that pattern to prove that every key used is in the catalogue and every key there is used.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "vanban/text/lang.hpp"

namespace vanban::text {

/// The message `key` in `lang`, from the tables in force (tables::get()). Throws
/// std::out_of_range naming the key when the catalogue has none: a programming error that the
/// data.messages test catches before a user could.
const std::string& message(std::string_view key, Lang lang);

/// The message `key` in `lang` with each placeholder {0} … {9} replaced by args[0] … args[9].
/// Throws std::out_of_range when a placeholder has no argument (a programming error).
std::string message(std::string_view key, Lang lang, std::initializer_list<std::string_view> args);

/// `pattern` with {0} … {9} replaced by `args` (one pass; other braces are kept as written).
std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::string_view> args);

} // namespace vanban::text
