// Character-boundary cuts, validation and repair of UTF-8, with ICU's U8_* macros.
#include "vanban/text/utf8.hpp"

#include <unicode/utf8.h>

#include <cstddef>

namespace vanban::utf8 {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD
constexpr std::string_view kEllipsis = "…";

/// The end of the character of `s` that starts at `i` (i < size); `good` false when it is an
/// ill-formed sequence (one maximal subpart). ASCII takes the short path.
std::ptrdiff_t next_char(std::string_view s, std::ptrdiff_t i, bool& good) {
  good = true;
  if (static_cast<unsigned char>(s[static_cast<std::size_t>(i)]) < 0x80) return i + 1;
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<std::ptrdiff_t>(s.size()), c); // not int32_t: no 2 GiB ceiling
  good = c >= 0;
  return i;
}

/// Calls `fn(begin, end, ok)` for each character of `s` in order.
template <typename Fn> void for_each_char(std::string_view s, Fn fn) {
  const auto n = static_cast<std::ptrdiff_t>(s.size());
  bool good = true;
  for (std::ptrdiff_t i = 0; i < n;) {
    const std::ptrdiff_t begin = i;
    i = next_char(s, i, good);
    fn(begin, i, good);
  }
}

} // namespace

std::size_t floor_boundary(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return s.size();
  // A character is at most 4 bytes: ICU looks back from a window that starts 3 bytes earlier,
  // so offsets stay small whatever the size of `s`.
  const std::size_t base = pos >= 3 ? pos - 3 : 0;
  auto i = static_cast<int32_t>(pos - base);
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + base);
  U8_SET_CP_START(bytes, 0, i);
  return base + static_cast<std::size_t>(i);
}

std::string_view cut(std::string_view s, std::size_t max_bytes) {
  return s.substr(0, floor_boundary(s, max_bytes));
}

std::string shorten(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::string out(cut(s, max_bytes));
  out += kEllipsis;
  return out;
}

bool valid(std::string_view s) {
  bool ok = true;
  for_each_char(s, [&](std::ptrdiff_t, std::ptrdiff_t, bool good) { ok &= good; });
  return ok;
}

std::string sanitize(std::string_view s) {
  if (valid(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for_each_char(s, [&](std::ptrdiff_t begin, std::ptrdiff_t end, bool good) {
    if (good)
      out.append(s.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)));
    else
      out += kReplacement;
  });
  return out;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for_each_char(s, [&](std::ptrdiff_t, std::ptrdiff_t, bool) { ++n; });
  return n;
}

std::string_view first_chars(std::string_view s, std::size_t n) {
  // Stops after the n-th character: the rest of a long text is never read.
  std::ptrdiff_t end = 0;
  bool good = true;
  for (std::size_t chars = 0; chars < n && end < static_cast<std::ptrdiff_t>(s.size()); ++chars)
    end = next_char(s, end, good);
  return s.substr(0, static_cast<std::size_t>(end));
}

} // namespace vanban::utf8
