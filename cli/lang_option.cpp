// --lang, one option for every command that prints text for people.
#include "lang_option.hpp"

namespace vanban::cli {

void add_lang_option(CLI::App* cmd, std::string& lang, const std::string& what) {
  cmd->add_option("--lang", lang, what + ": vi (default) or en")
      ->check(CLI::IsMember({"vi", "en"}));
}

text::Lang lang_from(const std::string& lang) {
  return lang == "en" ? text::Lang::En : text::Lang::Vi;
}

} // namespace vanban::cli
