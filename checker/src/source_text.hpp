// The raw source split into lines, with character columns: what rules scan beside the model.
#pragma once

#include <cstddef>
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
  /// 1-based column, in characters (code points), of byte offset `byte` in line n. Constant
  /// time: a line of megabytes asked for the column of each of its citations stays linear.
  int column(int n, std::size_t byte) const;
  /// 1-based column of the first occurrence of `needle` in line n, or 1 when absent.
  int column_of(int n, std::string_view needle) const;

private:
  /// Characters are counted in blocks of this many bytes of the text.
  static constexpr std::size_t kBlock = 64;

  std::string_view text_;
  std::vector<std::string_view> lines_;
  /// Characters (lead bytes) of text_ before each block: chars_before_[k] counts [0, k·kBlock).
  std::vector<std::size_t> chars_before_;

  /// Characters of text_ before byte `offset`.
  std::size_t chars_before(std::size_t offset) const;
};

} // namespace vanban::check
