// Converter Markdown → GFM, line for line: pandoc tables become pipe tables, and text that
// CommonMark would take for indented code loses its indentation.
#include "vanban/markdown_normalise.hpp"

#include "pandoc_tables.hpp"

#include <vector>

namespace vanban {
namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  while (from <= s.size()) {
    std::size_t nl = s.find('\n', from);
    if (nl == std::string_view::npos) {
      if (from < s.size()) out.push_back(s.substr(from));
      break;
    }
    out.push_back(s.substr(from, nl - from));
    from = nl + 1;
  }
  return out;
}

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t") == std::string_view::npos;
}

/// Columns of leading white space (a tab counts to the next multiple of four).
std::size_t indent_of(std::string_view s) {
  std::size_t col = 0;
  for (char c : s) {
    if (c == ' ')
      ++col;
    else if (c == '\t')
      col = (col / 4 + 1) * 4;
    else
      break;
  }
  return col;
}

std::string_view dedent(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  return b == std::string_view::npos ? std::string_view() : s.substr(b);
}

/// "- x", "+ x", "* x", "1. x", "2) x": a list item, whose continuation lines are indented.
bool list_item(std::string_view s) {
  s = dedent(s);
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '+' || s[0] == '*') && s[1] == ' ') return true;
  std::size_t k = 0;
  while (k < s.size() && k < 9 && s[k] >= '0' && s[k] <= '9') ++k;
  return k > 0 && k + 1 < s.size() && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ';
}

bool fence(std::string_view s) {
  s = dedent(s);
  return s.rfind("```", 0) == 0 || s.rfind("~~~", 0) == 0;
}

/// True when some line may need rewriting: one that starts with '+' (a grid table's border),
/// one of dashes and spaces only (a multiline or simple table's rule), or one indented four
/// columns (code to CommonMark). Most documents have none and are copied as they are.
bool needs_rewriting(std::string_view markdown) {
  for (std::size_t from = 0; from < markdown.size();) {
    std::size_t nl = markdown.find('\n', from);
    if (nl == std::string_view::npos) nl = markdown.size();
    const std::string_view line = markdown.substr(from, nl - from);
    from = nl + 1;
    if (line.empty()) continue;
    const char c = line[0];
    if (c == '\t' || c == '+' || (c == ' ' && indent_of(line) >= 4)) return true;
    const std::string_view t = dedent(line);
    if (!t.empty() &&
        (t[0] == '+' || (t[0] == '-' && t.find_first_not_of("- \t\r") == std::string_view::npos)))
      return true;
  }
  return false;
}

} // namespace

std::string normalise_markdown(std::string_view markdown) {
  if (!needs_rewriting(markdown)) return std::string(markdown);
  const auto lines = split_lines(markdown);
  std::string out;
  out.reserve(markdown.size() + markdown.size() / 8);
  bool in_fence = false, in_list = false, dedenting = false;
  for (std::size_t i = 0; i < lines.size();) {
    std::string_view l = lines[i];
    if (fence(l)) in_fence = !in_fence;
    if (!in_fence) {
      if (auto table = pandoc::table_at(lines, i)) {
        std::size_t written = 0;
        for (const auto& row : table->lines) {
          out += row;
          out += '\n';
          ++written;
        }
        for (; written < table->end - i; ++written) out += '\n';
        i = table->end;
        in_list = dedenting = false;
        continue;
      }
      if (blank(l)) {
        dedenting = false;
      } else if (i == 0 || blank(lines[i - 1])) {
        // A block after a blank line: indented code in CommonMark's eyes unless a list owns it.
        if (list_item(l))
          in_list = true;
        else if (indent_of(l) == 0)
          in_list = false;
        dedenting = indent_of(l) >= 4 && !in_list;
      } else if (list_item(l)) {
        in_list = true;
      }
      if (dedenting) l = dedent(l);
    }
    out += l;
    if (i + 1 < lines.size() || (!markdown.empty() && markdown.back() == '\n')) out += '\n';
    ++i;
  }
  return out;
}

} // namespace vanban
