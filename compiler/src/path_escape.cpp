// The reversible escaped form of file names (see path_escape.hpp for the why).
#include "vanban/path_escape.hpp"

#include <unicode/utf8.h>

#include <cstddef>

namespace vanban {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_escaped_byte(std::string& out, unsigned char b) {
  out += "\\x";
  out += kHex[b >> 4];
  out += kHex[b & 0xF];
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

} // namespace

std::string escape_path(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  const auto n = static_cast<std::ptrdiff_t>(raw.size());
  std::ptrdiff_t i = 0;
  while (i < n) {
    const auto b = static_cast<unsigned char>(raw[static_cast<std::size_t>(i)]);
    if (b < 0x80) {
      if (b == '\\')
        out += "\\\\";
      else if (b < 0x20 || b == 0x7F)
        append_escaped_byte(out, b);
      else
        out += static_cast<char>(b);
      ++i;
      continue;
    }
    const std::ptrdiff_t begin = i;
    UChar32 c = 0;
    U8_NEXT(raw.data(), i, n, c);
    if (c >= 0) {
      out.append(raw.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(i - begin)));
    } else {
      // Each byte of an ill-formed sequence on its own: the name comes back byte for byte.
      for (std::ptrdiff_t k = begin; k < i; ++k)
        append_escaped_byte(out, static_cast<unsigned char>(raw[static_cast<std::size_t>(k)]));
    }
  }
  return out;
}

std::optional<std::string> unescape_path(std::string_view shown) {
  std::string out;
  out.reserve(shown.size());
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (shown[i] != '\\') {
      out += shown[i];
      continue;
    }
    if (i + 1 < shown.size() && shown[i + 1] == '\\') {
      out += '\\';
      ++i;
      continue;
    }
    if (i + 3 >= shown.size() || shown[i + 1] != 'x') return std::nullopt;
    const int hi = hex_value(shown[i + 2]), lo = hex_value(shown[i + 3]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 3;
  }
  return out;
}

} // namespace vanban
