// The JSON of search results and archive statistics: one field list for `vanban search --json`,
// `vanban stats --json` and the HTTP API of `vanban serve`.
#pragma once

#include <nlohmann/json.hpp>

#include "vanban/query.hpp"
#include "vanban/stats.hpp"

namespace vanban {

/// {"query","total","hits":[{"rank","id","path","number","date","type","subject","issuer","score",
/// "snippet"}],"empty_filters":[{"field","value"}]} (the filters that alone match nothing, when
/// nothing matched)
nlohmann::ordered_json search_json(const SearchResults& results);

/// {"type":[{"value","label","count","filter"}],"year":[…],"issuer":[…]}
nlohmann::ordered_json facets_json(const Facets& facets);

/// {"documents","terms","bytes","by_type":{name:count},"by_year":{year:count},"undated"}
nlohmann::ordered_json stats_json(const ArchiveStats& stats);

} // namespace vanban
