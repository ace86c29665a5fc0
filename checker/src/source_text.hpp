// The raw source split into lines, with character columns: what rules scan beside the model.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban::check {

class SourceText {
public:
  /// Splits on '\n' (a trailing '\r' and a leading BOM are dropped). Keeps views into `text`.
  explicit SourceText(std::string_view text);

  int line_count() const { return static_cast<int>(lines_.size()); }
  /// Line n (1-based); empty outside the document.
  std::string_view line(int n) const;
  /// 1-based column, in characters (code points), of byte offset `byte` in line n.
  int column(int n, std::size_t byte) const;
  /// 1-based column of the first occurrence of `needle` in line n, or 1 when absent.
  int column_of(int n, std::string_view needle) const;

private:
  std::vector<std::string_view> lines_;
};

} // namespace vanban::check
