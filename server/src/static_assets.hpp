// The pages: every file of server/web/ embedded in the binary at build time.
#pragma once

#include <optional>
#include <string_view>

namespace vanban::serve {

struct Asset {
  std::string_view bytes;
  const char* content_type;
};

/// The embedded file with exactly this name ("app.js"), or nothing: a lookup in a table built at
/// compile time, so no request can name anything else.
std::optional<Asset> find_asset(std::string_view name);

/// The content type for a file name's extension (application/octet-stream when unknown).
const char* content_type_for(std::string_view name);

} // namespace vanban::serve
