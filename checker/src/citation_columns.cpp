// Citations grouped by line, each line searched once for all of its numbers.
#include "citation_columns.hpp"

#include "first_occurrences.hpp"

#include <map>
#include <string_view>

namespace vanban::check {

std::vector<int> citation_columns(const SourceText& src, const std::vector<Reference>& refs) {
  std::vector<int> columns(refs.size(), 1);
  std::map<int, std::vector<std::size_t>> by_line;
  for (std::size_t k = 0; k < refs.size(); ++k) by_line[refs[k].line].push_back(k);
  for (const auto& [line, indices] : by_line) {
    std::vector<std::string_view> numbers;
    numbers.reserve(indices.size());
    for (std::size_t k : indices) numbers.push_back(refs[k].number);
    const auto found = first_occurrences(src.line(line), numbers);
    for (std::size_t j = 0; j < indices.size(); ++j)
      if (found[j] != std::string_view::npos) columns[indices[j]] = src.column(line, found[j]);
  }
  return columns;
}

} // namespace vanban::check
