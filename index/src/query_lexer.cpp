// A small hand-written lexer: whitespace-separated words, quotes, and known field prefixes.
#include "query_lexer.hpp"

#include "type_names.hpp"

#include <array>

namespace vanban::index {
namespace {

constexpr std::array<std::string_view, 8> kFields{"type",      "number", "issuer", "signer",
                                                  "recipient", "year",   "date",   "cites"};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The field name when `word` starts with "field:", lower-cased ASCII; empty otherwise.
std::string field_of(std::string_view word) {
  auto colon = word.find(':');
  if (colon == std::string_view::npos) return {};
  std::string name(word.substr(0, colon));
  for (auto& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (auto f : kFields)
    if (name == f) return name;
  return {};
}

/// Reads a value at `i`: a quoted string (quotes dropped) or up to the next space.
std::string read_value(std::string_view q, std::size_t& i, bool& quoted) {
  quoted = i < q.size() && q[i] == '"';
  if (quoted) {
    std::size_t close = q.find('"', i + 1);
    std::size_t end = close == std::string_view::npos ? q.size() : close;
    std::string v(q.substr(i + 1, end - i - 1));
    i = end == q.size() ? end : end + 1;
    return v;
  }
  std::size_t b = i;
  while (i < q.size() && !is_space(q[i])) ++i;
  return std::string(q.substr(b, i - b));
}

/// `type:Kế hoạch` typed without quotes, as people type it: the value `Kế` grows over the words
/// after it while they spell a known type name ("Kế hoạch", "cong van", "Giấy giới thiệu"), the
/// longest one; `i` moves past them. A field or a quote after the value ends it.
std::string whole_type_name(std::string_view q, std::size_t& i, std::string value) {
  std::vector<std::string_view> words{value};
  std::vector<std::size_t> ends{i};
  std::size_t at = i;
  while (words.size() < max_type_name_words()) {
    while (at < q.size() && is_space(q[at])) ++at;
    std::size_t end = at;
    while (end < q.size() && !is_space(q[end]) && q[end] != '"') ++end;
    if (end == at || !field_of(q.substr(at, end - at)).empty()) break;
    words.push_back(q.substr(at, end - at));
    ends.push_back(end);
    at = end;
  }
  std::size_t n = type_name_words(words);
  if (n < 2) return value;
  for (std::size_t k = 1; k < n; ++k) value += ' ' + std::string(words[k]);
  i = ends[n - 1];
  return value;
}

} // namespace

std::vector<QueryPart> lex_query(std::string_view q) {
  std::vector<QueryPart> parts;
  auto free_text = [&](const std::string& v, bool quoted) {
    if (v.empty()) return;
    if (!quoted && !parts.empty() && parts.back().field.empty() && !parts.back().quoted)
      parts.back().value += ' ' + v;
    else
      parts.push_back({"", v, quoted});
  };
  std::size_t i = 0;
  while (i < q.size()) {
    while (i < q.size() && is_space(q[i])) ++i;
    if (i >= q.size()) break;
    std::size_t end = i;
    while (end < q.size() && !is_space(q[end]) && q[end] != '"') ++end;
    std::string field = field_of(q.substr(i, end - i));
    bool quoted = false;
    if (!field.empty()) {
      i += field.size() + 1;
      bool exact = i < q.size() && q[i] == '=';
      if (exact) ++i;
      std::string v = read_value(q, i, quoted);
      if (field == "type" && !quoted && !exact && !v.empty()) v = whole_type_name(q, i, v);
      if (!v.empty()) parts.push_back({field, v, quoted, exact});
      continue;
    }
    std::string value = read_value(q, i, quoted); // sets `quoted`: read before using it
    free_text(value, quoted);
  }
  return parts;
}

} // namespace vanban::index
