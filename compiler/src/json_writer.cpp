// String escaping for the JSON writer, byte for byte as nlohmann::json::dump() does it for valid
// UTF-8.
#include "json_writer.hpp"

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdio>

namespace vanban::json {

void Writer::string(std::string_view s) {
  out_.push_back('"');
  std::size_t run = 0; // start of the pending run of bytes that need no escaping
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Never write invalid UTF-8, whatever a bug upstream left in a string: an ill-formed
      // sequence becomes U+FFFD, as nlohmann's error_handler_t::replace makes it.
      auto next = static_cast<std::ptrdiff_t>(i);
      UChar32 cp = 0;
      U8_NEXT(s.data(), next, static_cast<std::ptrdiff_t>(s.size()), cp);
      const auto end = static_cast<std::size_t>(next);
      if (cp < 0) {
        out_.append(s, run, i - run);
        out_ += "\xEF\xBF\xBD";
        run = end;
      }
      i = end - 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s, run, i - run);
    run = i + 1;
    switch (c) {
    case '"':
      out_ += "\\\"";
      break;
    case '\\':
      out_ += "\\\\";
      break;
    case '\b':
      out_ += "\\b";
      break;
    case '\f':
      out_ += "\\f";
      break;
    case '\n':
      out_ += "\\n";
      break;
    case '\r':
      out_ += "\\r";
      break;
    case '\t':
      out_ += "\\t";
      break;
    default: {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out_ += buf;
    }
    }
  }
  out_.append(s, run, s.size() - run);
  out_.push_back('"');
}

} // namespace vanban::json
