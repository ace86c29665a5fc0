// The readable output of `vanban search`, in Vietnamese or (--lang en) English: the hits, then a
// line that says what was found — or, when nothing was, why: which filter matches no document.
#pragma once

#include "vanban/query.hpp"

#include <ostream>

namespace vanban::cli {

struct SearchTextStyle {
  bool english = false;
  bool tty = false; ///< bold numbers
  std::size_t offset = 0;
};

void print_search_text(std::ostream& out, const SearchResults& results, const SearchTextStyle& s);

} // namespace vanban::cli
