// Deflate and inflate the stored plain text (zlib, the library Xapian already links).
#include "stored_text.hpp"

#include "vanban/text/utf8.hpp"

#include <zlib.h>

#include <climits>
#include <stdexcept>

namespace vanban::index {
namespace {

constexpr char kDeflated = '\0';

/// Level 1: at the writer's pace the text of 10,000 documents (39 MB) deflates in well under a
/// second per core, and level 6 would save only about 7 % more of it.
constexpr int kLevel = Z_BEST_SPEED;

/// pack_text() is given at most kMaxStoredText (256 KB); a value that inflates far past it is not
/// one of ours, and must not take the reader's memory.
constexpr std::size_t kMaxInflated = 1 << 20;

} // namespace

std::string pack_text(std::string_view text) {
  if (text.size() > UINT_MAX / 2) throw std::length_error("text too long to store");
  uLongf size = compressBound(static_cast<uLong>(text.size()));
  std::string out(1 + size, kDeflated);
  int rc = compress2(reinterpret_cast<Bytef*>(out.data() + 1), &size,
                     reinterpret_cast<const Bytef*>(text.data()), static_cast<uLong>(text.size()),
                     kLevel);
  if (rc != Z_OK) throw std::runtime_error("zlib could not deflate a document's text");
  out.resize(1 + size);
  return out;
}

std::string unpack_text(std::string_view stored) {
  if (stored.empty() || stored.front() != kDeflated) return std::string(stored);
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return {};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.data() + 1));
  z.avail_in = static_cast<uInt>(stored.size() - 1);
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > kMaxInflated) break;
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) out.resize(utf8::cut(out, out.size()).size()); // no half character
  return out;
}

} // namespace vanban::index
