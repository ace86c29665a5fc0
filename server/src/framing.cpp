// One pass over the Content-Length and Transfer-Encoding headers.
#include "framing.hpp"

#include <string_view>

namespace vanban::serve {
namespace {

/// 2^64 has 20 digits: 19 always fit the uint64_t httplib parses them into.
constexpr std::size_t kMaxLengthDigits = 19;

std::string_view trimmed(std::string_view s) {
  auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > kMaxLengthDigits) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

/// Every Content-Length value, comma-separated lists included, is the same number: that number
/// (without leading zeros), or nothing when a value is not a number or two differ.
std::optional<std::string_view> one_content_length(const httplib::Request& req) {
  std::optional<std::string_view> length;
  auto [first, last] = req.headers.equal_range("Content-Length");
  for (auto it = first; it != last; ++it) {
    std::string_view list = it->second;
    for (std::size_t start = 0; start <= list.size();) {
      std::size_t comma = std::min(list.find(',', start), list.size());
      std::string_view value = trimmed(list.substr(start, comma - start));
      if (!all_digits(value)) return std::nullopt;
      value.remove_prefix(std::min(value.find_first_not_of('0'), value.size() - 1));
      if (length && *length != value) return std::nullopt;
      length = value;
      start = comma + 1;
    }
  }
  return length;
}

} // namespace

std::optional<HttpError> framing_error(const httplib::Request& req) {
  bool has_length = req.has_header("Content-Length");
  if (has_length && !one_content_length(req))
    return HttpError(400, "Content-Length không hợp lệ (không phải một số, hoặc nhiều giá trị "
                          "khác nhau)");
  std::size_t codings = req.get_header_value_count("Transfer-Encoding");
  if (codings == 0) return std::nullopt;
  if (has_length) return HttpError(400, "yêu cầu có cả Content-Length và Transfer-Encoding");
  if (req.version == "HTTP/1.0") return HttpError(400, "HTTP/1.0 không có Transfer-Encoding");
  if (codings > 1 ||
      !equals_ignoring_case(trimmed(req.get_header_value("Transfer-Encoding")), "chunked"))
    return HttpError(501, "chỉ nhận Transfer-Encoding: chunked");
  return std::nullopt;
}

bool declares_body(const httplib::Request& req) {
  if (req.has_header("Transfer-Encoding")) return true;
  auto [first, last] = req.headers.equal_range("Content-Length");
  for (auto it = first; it != last; ++it)
    if (it->second.find_first_not_of("0 \t") != std::string::npos) return true;
  return false;
}

} // namespace vanban::serve
