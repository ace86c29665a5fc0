// The draft of POST /api/check, read from the request body whatever its content type.
#pragma once

#include <httplib.h>

#include <string>

namespace vanban::serve {

struct Draft {
  std::string filename; ///< as the upload named it (multipart only), unsanitised
  std::string text;
};

/// Reads the body through `reader` (so that httplib's 8 KiB cap on form bodies never applies):
/// multipart/form-data → its `file` field; application/x-www-form-urlencoded → its `text` field
/// when the body is an encoded form with one (form_urlencoded.hpp), else the body itself; any
/// other type, or none → the body itself. The draft may be up to kMaxBodyBytes; an encoded form
/// may take more on the wire by its encoding (3 bytes a byte, plus 64 KiB of other fields).
/// Throws HttpError 413 past those limits (before reading, when Content-Length says so), 400 for
/// a body that ends early or a multipart form without `file`.
Draft read_draft(const httplib::Request& req, const httplib::ContentReader& reader);

} // namespace vanban::serve
