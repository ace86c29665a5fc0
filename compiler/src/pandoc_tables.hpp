// pandoc's grid, multiline and simple tables (what `pandoc -t markdown` makes of a .docx)
// recognised in raw Markdown lines and rewritten as GFM pipe tables.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::pandoc {

struct Table {
  std::size_t end = 0;            ///< one past the table's last source line
  std::vector<std::string> lines; ///< the GFM table: header row, delimiter row, body rows
};

/// The pandoc table whose first line is `lines[i]`, as a GFM table, or nullopt. A simple table
/// with a header starts at its header line. Scans at most to the next rule line, so calling it
/// at every line stays linear.
std::optional<Table> table_at(const std::vector<std::string_view>& lines, std::size_t i);

} // namespace vanban::pandoc
