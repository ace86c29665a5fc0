// UTF-8 text helpers: ICU case mapping and code-point classification.
#include "vanban/text/text.hpp"

#include "vanban/text/utf8.hpp"

#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <memory>

namespace vanban::text {
namespace {

using CaseMapPtr = std::unique_ptr<UCaseMap, decltype(&ucasemap_close)>;

/// One case map per thread: UCaseMap is not thread-safe to share.
UCaseMap* case_map() {
  thread_local CaseMapPtr map = [] {
    UErrorCode status = U_ZERO_ERROR;
    return CaseMapPtr(ucasemap_open("vi", 0, &status), &ucasemap_close);
  }();
  return map.get();
}

template <typename Fn> std::string map_case(std::string_view s, Fn fn) {
  std::string out(s.size() + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = fn(case_map(), out.data(), static_cast<int32_t>(out.size()), s.data(),
                 static_cast<int32_t>(s.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    out.assign(static_cast<std::size_t>(n) + 1, '\0');
    status = U_ZERO_ERROR;
    n = fn(case_map(), out.data(), static_cast<int32_t>(out.size()), s.data(),
           static_cast<int32_t>(s.size()), &status);
  }
  if (U_FAILURE(status)) return std::string(s);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

bool is_space_at(std::string_view s, std::size_t i, std::size_t* width) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *width = 2; // U+00A0 no-break space
    return true;
  }
  return false;
}

} // namespace

std::string to_lower(std::string_view s) {
  return map_case(s, ucasemap_utf8ToLower);
}
std::string lower_aligned(std::string_view s) {
  std::string out(s);
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) continue;
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[static_cast<std::size_t>(start)] = static_cast<char>(c + 32);
      continue;
    }
    UChar32 lower = u_tolower(c);
    if (lower == c || U8_LENGTH(lower) != i - start) continue;
    int32_t k = start;
    U8_APPEND_UNSAFE(out.data(), k, lower); // same length as the original: fits
  }
  return out;
}

std::string to_upper(std::string_view s) {
  return map_case(s, ucasemap_utf8ToUpper);
}

std::string sentence_case(std::string_view s) {
  std::string lower = to_lower(s);
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(lower.data(), i, static_cast<int32_t>(lower.size()), c);
  if (c < 0) return lower;
  return to_upper(std::string_view(lower).substr(0, static_cast<std::size_t>(i))) +
         lower.substr(static_cast<std::size_t>(i));
}

bool is_upper(std::string_view s) {
  bool letters = false;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) continue;
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letters = true;
  }
  return letters;
}

bool has_letter(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

std::size_t length(std::string_view s) {
  return utf8::code_points(s);
}

bool starts_with_word(std::string_view s, std::string_view lower_prefix) {
  s = trim(s);
  // Compare code point by code point with the lower-cased text: no allocation, since this runs
  // for every line against several phrases.
  int32_t i = 0, k = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto m = static_cast<int32_t>(lower_prefix.size());
  while (k < m) {
    if (i >= n) return false;
    UChar32 a = 0, b = 0;
    U8_NEXT(s.data(), i, n, a);
    U8_NEXT(lower_prefix.data(), k, m, b);
    if (a < 0 || (a != b && u_tolower(a) != b)) return false;
  }
  return !letter_at(s, static_cast<std::size_t>(i));
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0, w = 0;
  while (b < s.size() && is_space_at(s, b, &w)) b += w;
  std::size_t e = s.size();
  while (e > b) {
    if (is_space_at(s, e - 1, &w)) {
      --e;
    } else if (e >= b + 2 && is_space_at(s, e - 2, &w) && w == 2) {
      e -= 2;
    } else {
      break;
    }
  }
  return s.substr(b, e - b);
}

/// True when `s` has no white space to fold: no leading/trailing or double space, no tab, newline
/// or no-break space. Most lines are like that, and copying them whole is much cheaper.
bool already_squeezed(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  // One comparison for most bytes: only a space, a control character or the second byte of a
  // no-break space (0xC2 0xA0) needs a closer look.
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b > ' ' && b != 0xA0) continue;
    if (b < ' ') return false;
    if (b == ' ') {
      if (i + 1 < n && s[i + 1] == ' ') return false;
    } else if (i > 0 && s[i - 1] == '\xC2') {
      return false;
    }
  }
  return true;
}

std::string squeeze(std::string_view s) {
  if (already_squeezed(s)) return std::string(s);
  // Bytes above ' ' other than 0xC2 are never white space; 0xC2 0xA0 is U+00A0 (no-break space).
  auto space_at = [&](std::size_t i) -> std::size_t {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    return c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 ? 2 : 0;
  };
  std::string out;
  out.reserve(s.size());
  const std::size_t n = s.size();
  std::size_t i = 0;
  bool pending = false;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c > ' ' && c != 0xC2) {
      std::size_t run = i++;
      while (i < n) {
        const auto d = static_cast<unsigned char>(s[i]);
        if (d <= ' ' || d == 0xC2) break;
        ++i;
      }
      if (pending) out.push_back(' ');
      pending = false;
      out.append(s, run, i - run); // whole words at once: this runs on every line
      continue;
    }
    if (std::size_t w = space_at(i)) {
      pending = !out.empty();
      i += w;
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(s[i++]);
    }
  }
  return out;
}

std::string_view trim_end_chars(std::string_view s, std::string_view chars) {
  s = trim(s);
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos)
    s = trim(s.substr(0, s.size() - 1));
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view part = trim(s.substr(start, end - start));
    if (!part.empty()) parts.push_back(part);
    start = end + 1;
  }
  return parts;
}

namespace {

/// The code point starting at `pos`, or -1 past the end or on a broken sequence.
UChar32 code_point_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

} // namespace

bool letter_at(std::string_view s, std::size_t pos) {
  UChar32 c = code_point_at(s, pos);
  return c >= 0 && u_isalpha(c);
}

bool letters_and_spaces(std::string_view s) {
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80 || c == ' ' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) continue;
    return false;
  }
  return true;
}

bool starts_in_capitals(std::string_view s) {
  if (s.empty() || !upper_at(s, 0)) return false;
  return upper_at(s, utf8::first_chars(s, 1).size());
}

bool lower_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_islower(c);
}

bool upper_at(std::string_view s, std::size_t pos) {
  UChar32 c = code_point_at(s, pos);
  return c >= 0 && u_isupper(c);
}

std::string_view after_label(std::string_view line, std::string_view lower_label) {
  line = trim(line);
  // Skip as many code points as the label has (the line matched it case-insensitively).
  std::string_view rest = trim(line.substr(utf8::first_chars(line, length(lower_label)).size()));
  if (!rest.empty() && (rest[0] == ':' || rest[0] == '.')) rest = trim(rest.substr(1));
  return rest;
}

bool alnum_before(std::string_view s, std::size_t pos) {
  if (pos == 0 || pos > s.size()) return false;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_PREV(s.data(), 0, i, c);
  return c >= 0 && (u_isalpha(c) || u_isdigit(c));
}

} // namespace vanban::text
