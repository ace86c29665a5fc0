// Query string → Xapian queries (strict and relaxed) and the words to mark in snippets.
#pragma once

#include <xapian.h>

#include <string_view>

#include "snippet.hpp"

namespace vanban::index {

struct BuiltQuery {
  Xapian::Query strict;  ///< every word (or an alternative of it) must match
  Xapian::Query relaxed; ///< any word may match: used when the strict query finds nothing
  bool has_text = false; ///< false: filters only, nothing to rank by
  Highlight highlight;
};

/// Throws std::invalid_argument for an empty query or a malformed filter value. With `db`, the
/// query is shaped by its term statistics (fewer posting lists, the same matches and weights).
BuiltQuery build_query(std::string_view query, const Xapian::Database* db = nullptr);

} // namespace vanban::index
