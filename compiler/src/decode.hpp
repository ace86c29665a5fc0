// Stage 1: raw bytes → clean text (valid UTF-8, no BOM, LF line ends, NFC).
#pragma once

#include <string>
#include <string_view>
#include <variant>

namespace vanban::decode {

struct Decoded {
  std::string text;
  bool had_bom = false;
  bool had_crlf = false;
  bool was_nfc = true;
};

struct Failure {
  int line = 1;
  std::string message;
};

/// Documents above this size are refused rather than parsed (they are not documents).
inline constexpr std::size_t kMaxBytes = 256u * 1024 * 1024;

std::variant<Decoded, Failure> decode(std::string_view bytes);

} // namespace vanban::decode
