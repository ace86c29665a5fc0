// The abbreviation table (data/abbreviations.json) in analysed form, for matching query words.
#pragma once

#include <string>
#include <vector>

#include "vanban/analyzer.hpp"

namespace vanban::index {

struct Abbreviation {
  std::string short_folded;       ///< "ldld"
  std::vector<Token> long_tokens; ///< liên đoàn lao động
};

/// Every abbreviation, longest long form first (so the longest match wins). Built once.
const std::vector<Abbreviation>& abbreviations();

} // namespace vanban::index
