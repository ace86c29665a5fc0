// UTF-8 text by characters, not bytes: the one place that cuts, checks and repairs it, so that no
// cut anywhere in vanban can split a character and no output can carry invalid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vanban::utf8 {

/// The start of the character that holds byte `pos` (`pos` itself when it starts one; the size
/// of `s` when `pos` is past the end). A trail byte with no lead before it is its own start.
std::size_t floor_boundary(std::string_view s, std::size_t pos);

/// The longest prefix of `s` of at most `max_bytes` bytes that ends on a character boundary.
std::string_view cut(std::string_view s, std::size_t max_bytes);

/// `s` whole when it fits in `max_bytes`, else its cut() followed by "…" (which may take the
/// total up to `max_bytes` + 3 bytes).
std::string shorten(std::string_view s, std::size_t max_bytes);

/// True when `s` is well-formed UTF-8 (no surrogates, no overlong forms, nothing past U+10FFFF).
bool valid(std::string_view s);

/// `s` with every ill-formed sequence replaced by U+FFFD, one for each maximal subpart, as the
/// Unicode standard and WHATWG recommend. Well-formed input comes back unchanged.
std::string sanitize(std::string_view s);

/// The number of characters (code points; an ill-formed sequence counts as one).
std::size_t code_points(std::string_view s);

/// The first `n` characters of `s` (all of `s` when it has no more), cut as code_points() counts.
std::string_view first_chars(std::string_view s, std::size_t n);

/// True when every byte of `s` is ASCII (below 0x80): such text needs no Unicode processing.
constexpr bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

/// True when byte `c` starts a character (is not a continuation byte 10xxxxxx). For running
/// counts over slices that may start inside a character (block tables, columns), where
/// code_points() of each slice would count the stray trail bytes.
constexpr bool starts_char(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

} // namespace vanban::utf8
