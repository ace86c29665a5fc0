// Splits the raw source into lines and converts byte offsets to character columns.
#include "source_text.hpp"

#include "vanban/text/utf8.hpp"

namespace vanban::check {

SourceText::SourceText(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  text_ = text;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    auto end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    auto l = text.substr(begin, end - begin);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines_.push_back(l);
    begin = end + 1;
  }
  chars_before_.reserve(text.size() / kBlock + 1);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) chars_before_.push_back(chars);
    chars += utf8::starts_char(text[i]);
  }
  if (text.size() % kBlock == 0) chars_before_.push_back(chars); // the block the end opens
}

std::size_t SourceText::chars_before(std::size_t offset) const {
  const std::size_t block = offset / kBlock;
  std::size_t chars = chars_before_[block];
  for (std::size_t i = block * kBlock; i < offset; ++i) chars += utf8::starts_char(text_[i]);
  return chars;
}

std::string_view SourceText::line(int n) const {
  return n >= 1 && n <= line_count() ? lines_[static_cast<std::size_t>(n - 1)] : std::string_view();
}

int SourceText::column(int n, std::size_t byte) const {
  if (n < 1 || n > line_count()) return 1;
  const auto l = line(n);
  const auto begin = static_cast<std::size_t>(l.data() - text_.data());
  const std::size_t end = begin + (byte < l.size() ? byte : l.size());
  return 1 + static_cast<int>(chars_before(end) - chars_before(begin));
}

int SourceText::column_of(int n, std::string_view needle) const {
  auto pos = line(n).find(needle);
  return pos == std::string_view::npos ? 1 : column(n, pos);
}

} // namespace vanban::check
