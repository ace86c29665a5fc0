// Stage 2b: the physical layout normalised into logical lines. Page furniture goes (page
// markers, running heads, e-signature stamps, copy marks, gazette section heads), and rows of a
// two-column header flattened into one line are split at their anchors into left and right
// cells, so the recognisers read every source alike.
#pragma once

#include "lines.hpp"

#include <vector>

namespace vanban::layout {

std::vector<lines::Line> normalise(std::vector<lines::Line> lines);

} // namespace vanban::layout
