// JSON responses and the security headers.
#include "http_response.hpp"

namespace vanban::serve {

void send_json(httplib::Response& res, const nlohmann::ordered_json& body, int status) {
  res.status = status;
  // Stored text is UTF-8 by construction; replace rather than fail if a path is not.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJsonType);
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, {{"error", message}}, status);
}

void send_error(httplib::Response& res, const HttpError& error) {
  if (error.retry_after_seconds > 0)
    res.set_header("Retry-After", std::to_string(error.retry_after_seconds));
  send_error(res, error.status, error.what());
}

httplib::Headers security_headers() {
  return {{"X-Content-Type-Options", "nosniff"},
          {"Content-Security-Policy",
           "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"},
          {"Referrer-Policy", "no-referrer"}};
}

} // namespace vanban::serve
