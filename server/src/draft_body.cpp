// Limits per encoding, checked as the bytes arrive: no body is held past its limit.
#include "draft_body.hpp"

#include "form_urlencoded.hpp"
#include "http_response.hpp"
#include "request_context.hpp"
#include "vanban/serve.hpp"

#include <cstdlib>

namespace vanban::serve {
namespace {

/// Form fields besides the draft, multipart boundaries and part headers.
constexpr std::size_t kFormOverheadBytes = 64 << 10;
/// Percent-encoding writes a byte as up to three.
constexpr std::size_t kUrlEncodingFactor = 3;

enum class Encoding { Raw, Multipart, UrlEncoded };

/// The media type, lowercased, without parameters.
std::string media_type(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  std::string out;
  for (char c : type)
    if (c != ' ' && c != '\t') out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

Encoding encoding_of(const httplib::Request& req) {
  // httplib's own test: it decides whether the reader parses multipart.
  if (req.is_multipart_form_data()) return Encoding::Multipart;
  if (media_type(req) == "application/x-www-form-urlencoded") return Encoding::UrlEncoded;
  return Encoding::Raw;
}

std::size_t wire_limit(Encoding encoding) {
  switch (encoding) {
  case Encoding::Multipart:
    return kMaxBodyBytes + kFormOverheadBytes;
  case Encoding::UrlEncoded:
    return kUrlEncodingFactor * kMaxBodyBytes + kFormOverheadBytes;
  case Encoding::Raw:
    break;
  }
  return kMaxBodyBytes;
}

HttpError too_large() {
  return HttpError(413, "dự thảo quá lớn (tối đa " + std::to_string(kMaxBodyBytes >> 20) + " MiB)");
}

HttpError unreadable() {
  return HttpError(400, "không đọc được nội dung gửi lên (gửi dở, hoặc mã hoá sai)");
}

/// Appends to a buffer while the request stays within its limits.
class Collector {
public:
  explicit Collector(std::size_t wire_limit) : wire_limit_(wire_limit) {}
  /// Counts `n` received bytes and appends them to `into` (when given) while `into` stays within
  /// `cap`; false, and over() from then on, past either limit.
  bool take(std::string* into, const char* data, std::size_t n, std::size_t cap) {
    received_ += n;
    if (received_ > wire_limit_ || (into && into->size() + n > cap)) {
      over_ = true;
      return false;
    }
    if (into) into->append(data, n);
    return true;
  }
  bool over() const { return over_; }

private:
  std::size_t wire_limit_;
  std::size_t received_ = 0;
  bool over_ = false;
};

Draft read_multipart(const httplib::ContentReader& reader, Collector& body) {
  Draft draft;
  bool have_file = false;
  bool in_file = false;
  bool ok = reader(
      [&](const httplib::MultipartFormData& part) {
        in_file = part.name == "file" && !have_file; // the first `file` field is the draft
        if (in_file) {
          have_file = true;
          draft.filename = part.filename;
        }
        return true;
      },
      [&](const char* data, std::size_t n) {
        return body.take(in_file ? &draft.text : nullptr, data, n, kMaxBodyBytes);
      });
  if (!ok) throw body.over() ? too_large() : unreadable();
  if (!have_file) throw HttpError(400, "thiếu trường file trong biểu mẫu");
  return draft;
}

} // namespace

Draft read_draft(const httplib::Request& req, const httplib::ContentReader& reader) {
  Encoding encoding = encoding_of(req);
  std::size_t limit = wire_limit(encoding);
  if (req.has_header("Content-Length") &&
      std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) > limit)
    throw too_large(); // unread: the connection closes after the answer
  Collector body(limit);
  Draft draft;
  if (encoding == Encoding::Multipart) {
    draft = read_multipart(reader, body);
  } else {
    bool ok = reader(
        [&](const char* data, std::size_t n) { return body.take(&draft.text, data, n, limit); });
    if (!ok) throw body.over() ? too_large() : unreadable();
  }
  this_request().body_read = true;
  if (encoding == Encoding::UrlEncoded && is_form_with(draft.text, "text"))
    draft.text = *form_field(draft.text, "text");
  if (draft.text.size() > kMaxBodyBytes) throw too_large();
  return draft;
}

} // namespace vanban::serve
