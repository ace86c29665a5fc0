// --lang: the language a command prints its messages, labels and tables in.
#pragma once

#include "vanban/text/lang.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace vanban::cli {

/// Adds `--lang vi|en` to `cmd` (Vietnamese unless `en` is given); `what` names what it changes
/// ("Message language").
void add_lang_option(CLI::App* cmd, std::string& lang, const std::string& what);

/// The language `--lang` named: English for "en", Vietnamese otherwise.
text::Lang lang_from(const std::string& lang);

} // namespace vanban::cli
