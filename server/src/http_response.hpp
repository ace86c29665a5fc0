// Responses of the API: JSON bodies, {"error": …} with a status, and the headers every response
// carries.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace vanban::serve {

inline constexpr const char* kJsonType = "application/json; charset=utf-8";

/// Thrown by a handler to answer {"error": message} with `status` (400, 404, 413 …), and for a
/// 503 the seconds after which the client may try again (Retry-After).
struct HttpError : std::runtime_error {
  HttpError(int status, const std::string& message, int retry_after_seconds = 0)
      : std::runtime_error(message), status(status), retry_after_seconds(retry_after_seconds) {}
  int status;
  int retry_after_seconds;
};

/// 404 for an id the archive does not hold (documents, traces).
inline HttpError unknown_document(const std::string& id) {
  return HttpError(404, "không có văn bản " + id + " trong kho");
}

void send_json(httplib::Response& res, const nlohmann::ordered_json& body, int status = 200);
void send_error(httplib::Response& res, int status, const std::string& message);
/// The error's status and message, and its Retry-After.
void send_error(httplib::Response& res, const HttpError& error);

/// Sent with every response: no MIME sniffing, no inline script or style, no framing, no referrer
/// (document ids in URLs stay on this machine).
httplib::Headers security_headers();

} // namespace vanban::serve
