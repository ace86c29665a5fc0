// Splits the raw source into lines and converts byte offsets to character columns.
#include "source_text.hpp"

namespace vanban::check {

SourceText::SourceText(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t begin = 0;
  while (begin <= text.size()) {
    auto end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    auto l = text.substr(begin, end - begin);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines_.push_back(l);
    begin = end + 1;
  }
}

std::string_view SourceText::line(int n) const {
  return n >= 1 && n <= line_count() ? lines_[static_cast<std::size_t>(n - 1)] : std::string_view();
}

int SourceText::column(int n, std::size_t byte) const {
  auto l = line(n);
  int col = 1;
  // Count lead bytes only: continuation bytes (10xxxxxx) belong to the previous character.
  for (std::size_t i = 0; i < byte && i < l.size(); ++i)
    if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) ++col;
  return col;
}

int SourceText::column_of(int n, std::string_view needle) const {
  auto pos = line(n).find(needle);
  return pos == std::string_view::npos ? 1 : column(n, pos);
}

} // namespace vanban::check
