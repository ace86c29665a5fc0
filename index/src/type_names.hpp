// Known document type names in typed text: where `type:Kế hoạch`, unquoted, ends.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace vanban::index {

/// The most words a known type name has ("Giấy giới thiệu": 3).
std::size_t max_type_name_words();

/// How many of `words` (consecutive words of a query) form the longest known type name at their
/// start, compared folded ("ke hoach", "Kế hoạch", "KẾ HOẠCH" alike); 0 when none of two words or
/// more does.
std::size_t type_name_words(const std::vector<std::string_view>& words);

} // namespace vanban::index
