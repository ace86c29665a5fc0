// What every fuzz target shares: a UTF-8 check that does not rely on vanban's own, and a failure
// that libFuzzer records as a crash with the reason printed above the stack.
#pragma once

#include <unicode/utf8.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace vanban::fuzz {

/// True when `s` is well-formed UTF-8, by ICU's reading (no surrogates, no overlong forms).
inline bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

/// A broken property: says which and aborts, so the input is saved as a crash.
[[noreturn]] inline void fail(const char* property, std::string_view detail = {}) {
  std::fprintf(stderr, "vanban fuzz: %s\n%.*s\n", property, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

/// Fails unless `s` is well-formed UTF-8.
inline void require_utf8(std::string_view s, const char* what) {
  if (!valid_utf8(s)) fail(what, s.substr(0, 400));
}

} // namespace vanban::fuzz
