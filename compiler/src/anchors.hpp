// The fixed phrases that mark a document's header wherever they stand in a line: the national
// motto, the slogan, the party motto. Matched ignoring case, spaces, dashes and tone placement.
#pragma once

#include <optional>
#include <string_view>

namespace vanban::anchors {

struct Span {
  std::size_t begin = 0, end = 0; ///< byte span in the searched text
};

/// The first motto phrase in `s` ("CỘNG HOÀ XÃ HỘI…", "Độc lập – Tự do – Hạnh phúc",
/// "ĐẢNG CỘNG SẢN VIỆT NAM"), also glued to its neighbours.
std::optional<Span> find_motto(std::string_view s);

/// True when the letters of `s` begin a motto phrase without completing it ("Độc lập",
/// "CỘNG HÒA XÃ HỘI CHỦ"): a motto that the extraction broke over lines.
bool starts_motto(std::string_view s);

/// True when `s` is a motto phrase and nothing else but decoration (`****`, `----`).
bool is_motto(std::string_view s);

} // namespace vanban::anchors
