#include "form_urlencoded.hpp"

namespace vanban::serve {
namespace {

bool form_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '*' || c == '%' || c == '+' || c == '&' ||
         c == '=';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decoded(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

/// Where the value of the first field `name` starts, or npos.
std::size_t value_start(std::string_view body, std::string_view name) {
  for (std::size_t start = 0; start < body.size();) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view field = body.substr(start, end - start);
    if (field.size() > name.size() && field.substr(0, name.size()) == name &&
        field[name.size()] == '=')
      return start + name.size() + 1;
    start = end + 1;
  }
  return std::string_view::npos;
}

} // namespace

bool is_form_with(std::string_view body, std::string_view name) {
  for (char c : body)
    if (!form_char(c)) return false;
  return value_start(body, name) != std::string_view::npos;
}

std::optional<std::string> form_field(std::string_view body, std::string_view name) {
  std::size_t start = value_start(body, name);
  if (start == std::string_view::npos) return std::nullopt;
  std::size_t end = body.find('&', start);
  return decoded(body.substr(start, (end == std::string_view::npos ? body.size() : end) - start));
}

} // namespace vanban::serve
