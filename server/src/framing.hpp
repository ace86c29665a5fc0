// Whether a request's length is unambiguous (RFC 9112 §6): the checks httplib leaves out.
#pragma once

#include "http_response.hpp"

#include <httplib.h>

#include <optional>

namespace vanban::serve {

/// httplib takes the first of several Content-Length headers, reads "abc" as 0, and reads a body
/// with both Content-Length and Transfer-Encoding as chunked: a proxy in front that chose
/// differently would see another request in the same bytes (request smuggling). The error for
/// such a request — 400 for a Content-Length that is not one decimal number (several equal
/// values are one), or that comes with Transfer-Encoding, or Transfer-Encoding in HTTP/1.0; 501
/// for a transfer coding other than chunked — or nothing when its framing is sound.
std::optional<HttpError> framing_error(const httplib::Request& req);

/// True when the request announces a body (a non-zero Content-Length, or Transfer-Encoding).
bool declares_body(const httplib::Request& req);

} // namespace vanban::serve
