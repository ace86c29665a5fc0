// Stage 1: raw bytes → clean text (valid UTF-8, no BOM, LF line ends, NFC).
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "vanban/compile.hpp"

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
  InputError::Kind kind = InputError::Kind::Unicode;
  std::size_t measured = 0; ///< see InputError::measured
};

inline constexpr std::size_t kMaxBytes = kMaxDocumentBytes;
inline constexpr std::size_t kMaxLines = kMaxDocumentLines;

std::variant<Decoded, Failure> decode(std::string_view bytes);

} // namespace vanban::decode
