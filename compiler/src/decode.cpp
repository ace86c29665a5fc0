// Validates and normalises input bytes: UTF-8 check, BOM, CRLF and NFC with ICU.
#include "decode.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>

namespace vanban::decode {
namespace {

int line_of(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<int>(
                 std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

/// Lines as an editor counts them: LF, CRLF or a lone CR ends one; a last line without an end
/// counts too.
std::size_t line_count(std::string_view bytes) {
  std::size_t ends = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i)
    ends +=
        bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'));
  const char last = bytes.empty() ? '\n' : bytes.back();
  return ends + (last != '\n' && last != '\r');
}

std::string hex_bytes(std::string_view bytes, std::size_t offset) {
  std::string out;
  for (std::size_t i = offset; i < bytes.size() && i < offset + 4; ++i) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%s0x%02X", out.empty() ? "" : " ",
                  static_cast<unsigned>(static_cast<unsigned char>(bytes[i])));
    out += buf;
  }
  return out;
}

/// The offset of the first ill-formed UTF-8 sequence, or npos.
std::size_t first_invalid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    if (static_cast<unsigned char>(s[static_cast<std::size_t>(i)]) < 0x80) { // ASCII: most bytes
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

std::string strip_crlf(std::string_view s, bool* had_crlf) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      *had_crlf = true;
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

} // namespace

std::variant<Decoded, Failure> decode(std::string_view bytes) {
  if (bytes.size() > kMaxBytes)
    return Failure{1,
                   "file too large (" + std::to_string(bytes.size() / (1024 * 1024)) +
                       " MiB; the limit is " + std::to_string(kMaxBytes / (1024 * 1024)) + " MiB)",
                   InputError::Kind::TooLarge, bytes.size()};
  if (std::size_t lines = line_count(bytes); lines > kMaxLines)
    return Failure{static_cast<int>(kMaxLines) + 1,
                   "too many lines (" + std::to_string(lines) + "; the limit is " +
                       std::to_string(kMaxLines) + ")",
                   InputError::Kind::TooManyLines, lines};
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
    return Failure{line_of(bytes, nul),
                   "binary file (NUL byte at offset " + std::to_string(nul) + ")",
                   InputError::Kind::Binary};
  if (auto bad = first_invalid_utf8(bytes); bad != std::string_view::npos)
    return Failure{line_of(bytes, bad),
                   "invalid UTF-8 at byte offset " + std::to_string(bad) + " (" +
                       hex_bytes(bytes, bad) + "); save the file as UTF-8",
                   InputError::Kind::InvalidUtf8};
  Decoded out;
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kBom.size()) == kBom) {
    out.had_bom = true;
    bytes.remove_prefix(kBom.size());
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return bytes.empty()
               ? Failure{1, "empty file", InputError::Kind::Empty}
               : Failure{1, "file contains only white space", InputError::Kind::OnlyWhiteSpace};

  std::string text = bytes.find('\r') == std::string_view::npos ? std::string(bytes)
                                                                : strip_crlf(bytes, &out.had_crlf);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) {
    out.was_nfc = false;
    std::string normalised;
    normalised.reserve(text.size());
    icu::StringByteSink<std::string> sink(&normalised);
    nfc->normalizeUTF8(0, text, sink, nullptr, status);
    if (U_SUCCESS(status)) text = std::move(normalised);
  }
  if (U_FAILURE(status))
    return Failure{1, std::string("Unicode normalisation failed: ") + u_errorName(status),
                   InputError::Kind::Unicode};
  out.text = std::move(text);
  return out;
}

} // namespace vanban::decode
