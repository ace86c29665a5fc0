// Line, column (in characters) and the character found where a configuration text is wrong.
#include "config_syntax_error.hpp"

#include "vanban/text/utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

namespace vanban::check {
namespace {

/// The character at `at` as a reader would name it: itself, U+XXXX for a control character, or
/// the hex value of a byte that is not UTF-8 (never echoed: the message must stay valid UTF-8).
std::string found_at(std::string_view text, std::size_t at, bool& valid) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), at + 4));
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(s, i, length, c);
  char buf[16];
  valid = c >= 0;
  if (!valid) {
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(s[at]));
    return buf;
  }
  if (c < 0x20 || c == 0x7F) {
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
  }
  return std::string(text.substr(at, static_cast<std::size_t>(i) - at));
}

/// 1-based line and column (in characters) of byte `at`.
std::map<std::string, std::string> position(std::string_view text, std::size_t at) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < std::min(at, text.size()); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if (utf8::starts_char(text[i])) {
      ++column; // a character starts here: continuation bytes do not move the column
    }
  }
  return {{"line", std::to_string(line)}, {"column", std::to_string(column)}};
}

} // namespace

ConfigError json_syntax_error(std::string_view text, std::size_t bytes_read) {
  const std::size_t at = bytes_read == 0 ? 0 : bytes_read - 1;
  auto args = position(text, at);
  if (at >= text.size()) return ConfigError("config.json-ends-early", std::move(args));
  bool valid = true;
  args["found"] = found_at(text, at, valid);
  return ConfigError(valid ? "config.json-unexpected" : "config.json-not-utf8", std::move(args));
}

ConfigError json_number_error(std::string_view text, std::string_view what) {
  // "... number overflow parsing '1E400'"
  std::string_view number;
  if (const auto open = what.find('\''); open != std::string_view::npos) {
    const auto close = what.find('\'', open + 1);
    if (close != std::string_view::npos) number = what.substr(open + 1, close - open - 1);
  }
  const auto at = number.empty() ? std::string_view::npos : text.find(number);
  auto args = position(text, at == std::string_view::npos ? 0 : at);
  // Only digits, signs, dots and exponents: safe to show, cut to what a reader needs.
  args["found"] = std::string(number.substr(0, 40)) + (number.size() > 40 ? "…" : "");
  return ConfigError("config.json-number", std::move(args));
}

std::optional<ConfigError> toml_utf8_error(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) continue;
    auto args = position(text, static_cast<std::size_t>(start));
    bool valid = false;
    args["found"] = found_at(text, static_cast<std::size_t>(start), valid);
    return ConfigError("config.toml-not-utf8", std::move(args));
  }
  return std::nullopt;
}

} // namespace vanban::check
