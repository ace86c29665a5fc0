// The plain text kept for snippets, stored deflated: it was 40.8 MB of a 184 MB archive of
// 10,000 generated documents (the largest single part), and deflates about 2.5×.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace vanban::index {

/// The value stored for `text`: a NUL byte, then `text` deflated (zlib). The compiler refuses
/// inputs holding NUL, so no plain text starts with one and the two forms never meet.
std::string pack_text(std::string_view text);

/// The plain text of a stored value: deflated by pack_text(), or stored as it is (archives
/// written before the text was deflated, which stay readable without re-indexing). A damaged
/// deflated value gives what inflated before the damage: one broken record costs its snippet only.
std::string unpack_text(std::string_view stored);

/// The plain text of a stored value, inflated only as far as it is read: a snippet first looks at
/// the leading 2 KB of a text three times as long, and mostly looks no further.
class StoredText {
public:
  explicit StoredText(std::string_view stored); ///< `stored` must outlive this
  ~StoredText();
  StoredText(const StoredText&) = delete;
  StoredText& operator=(const StoredText&) = delete;

  /// A prefix of the text longer than `n` bytes, or the whole text when it is not that long.
  std::string_view leading(std::size_t n);
  /// The whole text, as unpack_text() gives it.
  std::string_view all();
  /// Whether the last leading() or all() was the whole text.
  bool whole() const { return !inflater_; }

private:
  struct Inflater;
  std::string_view plain_; ///< a value stored as it is
  std::string out_;        ///< inflated so far
  std::unique_ptr<Inflater> inflater_;
  void inflate_to(std::size_t size);
};

} // namespace vanban::index
