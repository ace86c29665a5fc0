// Deflate and inflate the stored plain text (zlib, the library Xapian already links).
#include "stored_text.hpp"

#include "vanban/text/utf8.hpp"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstdint>
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

/// Inflated in steps of this many bytes, the last step past kMaxInflated included (as before the
/// text could be read in part: the bytes kept of a foreign value that large stay the same).
constexpr std::size_t kStep = 16384;
constexpr std::size_t kKeptAtMost = (kMaxInflated / kStep + 1) * kStep;
/// A character is at most 4 bytes: a prefix this much shorter than what is inflated is a prefix of
/// the text, whatever the end of a damaged value is cut to.
constexpr std::size_t kCharBytes = 4;

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

struct StoredText::Inflater {
  z_stream z{};
  ~Inflater() { inflateEnd(&z); }
};

StoredText::StoredText(std::string_view stored) {
  if (stored.empty() || stored.front() != kDeflated) {
    plain_ = stored;
    return;
  }
  inflater_ = std::make_unique<Inflater>();
  if (inflateInit(&inflater_->z) != Z_OK) {
    inflater_.reset(); // an empty text, as before
    return;
  }
  inflater_->z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.data() + 1));
  inflater_->z.avail_in = static_cast<uInt>(stored.size() - 1);
}

StoredText::~StoredText() = default;

/// Inflates until the text has `size` bytes or is whole; the steps are the old loop's, except the
/// one that stops at `size`.
void StoredText::inflate_to(std::size_t size) {
  while (inflater_ && out_.size() < size) {
    z_stream& z = inflater_->z;
    const std::size_t have = out_.size();
    const std::size_t step = std::min({kStep, kKeptAtMost - have, size - have});
    out_.resize(have + step);
    z.next_out = reinterpret_cast<Bytef*>(out_.data() + have);
    z.avail_out = static_cast<uInt>(step);
    const int rc = inflate(&z, Z_NO_FLUSH);
    out_.resize(have + step - z.avail_out);
    if (rc == Z_OK && out_.size() < kKeptAtMost) continue;
    if (rc != Z_STREAM_END) out_.resize(utf8::cut(out_, out_.size()).size()); // no half character
    inflater_.reset();
  }
}

std::string_view StoredText::leading(std::size_t n) {
  if (!plain_.empty()) return plain_;
  inflate_to(n + kCharBytes);
  const std::string_view text = out_;
  return whole() ? text : text.substr(0, text.size() - (kCharBytes - 1));
}

std::string_view StoredText::all() {
  if (!plain_.empty()) return plain_;
  inflate_to(SIZE_MAX);
  return out_;
}

std::string unpack_text(std::string_view stored) {
  StoredText text(stored);
  return std::string(text.all());
}

} // namespace vanban::index
