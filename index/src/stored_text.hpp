// The plain text kept for snippets, stored deflated: it was 40.8 MB of a 184 MB archive of
// 10,000 generated documents (the largest single part), and deflates about 2.5×.
#pragma once

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

} // namespace vanban::index
