// Query string → Xapian queries (strict and relaxed) and the words to mark in snippets.
#pragma once

#include <xapian.h>

#include <string_view>
#include <vector>

#include "snippet.hpp"
#include "vanban/query.hpp"

namespace vanban::index {

/// One filter of the query, alone: what a search that finds nothing tries, to say which filter
/// matches no document.
struct BuiltFilter {
  QueryFilter typed;
  Xapian::Query query;
};

struct BuiltQuery {
  Xapian::Query strict;  ///< every word (or an alternative of it) must match
  Xapian::Query relaxed; ///< any word may match: used when the strict query finds nothing
  bool has_text = false; ///< false: filters only, nothing to rank by
  Highlight highlight;
  std::vector<BuiltFilter> filters; ///< in the order typed
};

/// Throws QueryError for an empty or non-UTF-8 query or a malformed filter value (a date or year
/// that is not a real one). With `db`, the query is shaped by its term statistics (fewer posting
/// lists, the same matches and weights).
BuiltQuery build_query(std::string_view query, const Xapian::Database* db = nullptr);

} // namespace vanban::index
