// The number-and-symbol grammar (số, ký hiệu): 59/KH-LĐLĐ, 149/LĐLĐ, 135/2020/NĐ-CP, 02-NQ/TW.
#pragma once

#include <optional>
#include <string_view>

#include "vanban/text/doc_number.hpp"

namespace vanban::number {

enum class Mode {
  Strict,  ///< no spaces inside the number: for numbers found anywhere in running text
  Relaxed, ///< spaces around '/' and dashes allowed (OCR: "409/KH -LĐLĐ"): after "Số:" or "số"
};

struct Parsed {
  DocNumber number;
  std::size_t begin = 0, end = 0; ///< byte span in the input
};

/// Parses a number starting exactly at `pos` (which must be a digit).
std::optional<Parsed> parse_at(std::string_view s, std::size_t pos, Mode mode);

/// Parses the first number in `s` (e.g. the text after "Số:"), skipping leading spaces.
std::optional<Parsed> parse_leading(std::string_view s, Mode mode);

/// The text after a number label that opens `line` ("Số:", "Số", "Luật số:", "Nghị quyết số:"
/// …, from data/layout.json), or nullopt. A label not filled in ("Số: /KH-LĐLĐ") still counts.
std::optional<std::string_view> label(std::string_view line);

/// Normalises a number written by a user (CLI, citations): parse in relaxed mode, or nullopt.
std::optional<DocNumber> parse_text(std::string_view s);

} // namespace vanban::number
