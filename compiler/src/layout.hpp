// Stage 2b: the physical layout normalised into logical lines. Page furniture goes (page
// markers, running heads, e-signature stamps, copy marks, gazette section heads), and rows of a
// two-column header flattened into one line are split at their anchors into left and right
// cells, so the recognisers read every source alike.
#pragma once

#include "lines.hpp"

#include <string_view>
#include <vector>

namespace vanban::layout {

/// What a document may hold, from a few searches over its whole text: a line is tested for a
/// kind of furniture only when the document has some, which keeps the per-line cost of
/// born-digital documents (most of an archive) near zero.
struct Hints {
  bool split_date_words = true; ///< OCR split "n ăm", "th áng", "ng ày"
  bool running_heads = true;    ///< "/Số" of a gazette's running head
  bool bars = true;             ///< '|' columns outside tables
  bool colophon = true;         ///< a gazette's colophon
};
Hints hints_of(std::string_view markdown);

/// Without hints every line is tested for every kind of furniture.
std::vector<lines::Line> normalise(std::vector<lines::Line> lines, const Hints& hints = {});

} // namespace vanban::layout
