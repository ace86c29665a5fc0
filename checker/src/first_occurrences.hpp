// Where each of many strings first occurs in one text, in one pass over the text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace vanban::check {

/// The byte offset of the first occurrence of each needle in `text` (npos when absent; an empty
/// needle is at 0). Aho–Corasick: linear in the text and the needles, however many there are —
/// a line citing a hundred thousand numbers is read once, not once per number.
std::vector<std::size_t> first_occurrences(std::string_view text,
                                           const std::vector<std::string_view>& needles);

} // namespace vanban::check
