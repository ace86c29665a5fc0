// Markdown → plain text: a light scrub, since the compiler has already read the structure.
#include "plain_text.hpp"

#include "vanban/text/utf8.hpp"

namespace vanban::index {
namespace {

/// A table rule such as "|---|:---:|" carries no text.
bool is_rule(std::string_view line) {
  bool dash = false;
  for (char c : line) {
    if (c == '-')
      dash = true;
    else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '=')
      return false;
  }
  return dash;
}

bool is_syntax(char c) {
  return c == '*' || c == '|' || c == '#' || c == '`' || c == '>' || c == '\\';
}

} // namespace

std::string plain_text(std::string_view markdown, std::size_t max_bytes) {
  std::string out;
  out.reserve(std::min(markdown.size(), max_bytes));
  std::size_t pos = 0;
  while (pos < markdown.size() && out.size() < max_bytes) {
    std::size_t nl = markdown.find('\n', pos);
    std::string_view line = markdown.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? markdown.size() : nl + 1;
    if (is_rule(line)) continue;
    for (std::size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (line.compare(i, 4, "<br>") == 0) {
        i += 3;
        c = ' ';
      }
      if (is_syntax(c) || c == '\t' || c == '\r') c = ' ';
      if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
      out += c;
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
  }
  out.resize(utf8::cut(out, max_bytes).size());
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

} // namespace vanban::index
