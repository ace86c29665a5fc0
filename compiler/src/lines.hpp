// Stage 2: the cmark-gfm tree flattened into visual lines with their source line numbers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban::lines {

enum class Kind { Paragraph, Heading, ListItem, TableCell, Code };

/// One visual line of the rendered document (layout.cpp's piece() copies every field but the
/// text: a field added here is added there too): a paragraph line (split at soft and hard breaks),
/// a heading, a list item's line, or a line inside a table cell (split at <br>).
struct Line {
  std::string text; ///< plain text, inline markup removed, trimmed
  int line = 0;     ///< 1-based source line
  Kind kind = Kind::Paragraph;
  int heading = 0;         ///< heading level, 0 when not a heading
  int depth = 0;           ///< list nesting depth (1 = top-level item), 0 outside lists
  bool ordered = false;    ///< inside an ordered list item; `text` then starts with "N. "
  bool item_start = false; ///< first line of a list item
  bool strong = false;     ///< every non-space character is bold
  bool emph = false;       ///< every non-space character is italic
  int table = -1;          ///< index of the table (in document order), -1 outside tables
  int row = -1, cell = -1; ///< row and column inside the table
  int block = 0;           ///< index of the block (paragraph, heading, cell) the line belongs to
  bool motto = false;      ///< the line is a motto phrase (set by layout::normalise in the header)
};

/// Parses Markdown (GFM, with tables) and flattens it. Blank lines produce no Line.
std::vector<Line> flatten(std::string_view markdown);

} // namespace vanban::lines
