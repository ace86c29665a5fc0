// ICU wrappers: locale "vi" so that case mapping follows Vietnamese rules.
#include "unicode.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vanban::gen::unicode {
namespace {

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

icu::UnicodeString from_utf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

} // namespace

std::string to_upper(std::string_view s) {
  return to_utf8(from_utf8(s).toUpper(icu::Locale("vi")));
}

std::string to_lower(std::string_view s) {
  return to_utf8(from_utf8(s).toLower(icu::Locale("vi")));
}

std::string to_nfd(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
  icu::UnicodeString out = nfd->normalize(from_utf8(s), status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalization failed");
  return to_utf8(out);
}

} // namespace vanban::gen::unicode
