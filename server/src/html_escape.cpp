// Escaping and mark replacement in one pass over the bytes (UTF-8 passes through unchanged).
#include "html_escape.hpp"

namespace vanban::serve {
namespace {

void append_escaped(std::string& out, char c) {
  switch (c) {
  case '&':
    out += "&amp;";
    break;
  case '<':
    out += "&lt;";
    break;
  case '>':
    out += "&gt;";
    break;
  case '"':
    out += "&quot;";
    break;
  case '\'':
    out += "&#39;";
    break;
  default:
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
  }
}

/// Copies `marked`, writing `begin`/`end` for the marks (a stray or repeated mark is dropped, so
/// the result is balanced) and every other byte through `put`.
template <typename Put>
std::string convert(std::string_view marked, std::string_view begin, std::string_view end,
                    Put put) {
  std::string out;
  out.reserve(marked.size() + 32);
  bool open = false;
  for (char c : marked) {
    if (c == kMarkBegin[0] || c == kMarkEnd[0]) {
      bool opening = c == kMarkBegin[0];
      if (opening != open) out += opening ? begin : end;
      open = opening;
    } else {
      put(out, c);
    }
  }
  if (open) out += end;
  return out;
}

} // namespace

std::string snippet_html(std::string_view marked) {
  return convert(marked, "<mark>", "</mark>", append_escaped);
}

std::string replace_marks(std::string_view marked, std::string_view begin, std::string_view end) {
  return convert(marked, begin, end, [](std::string& out, char c) { out += c; });
}

} // namespace vanban::serve
