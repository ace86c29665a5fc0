// JSON shapes of the archive's results, shared by the command line and the server.
#include "vanban/search_json.hpp"

namespace vanban {
namespace {

nlohmann::ordered_json facet_values(const std::vector<FacetValue>& values) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& v : values)
    out.push_back(
        {{"value", v.value}, {"label", v.label}, {"count", v.count}, {"filter", v.filter}});
  return out;
}

nlohmann::ordered_json counts(const std::vector<std::pair<std::string, std::size_t>>& pairs) {
  auto out = nlohmann::ordered_json::object();
  for (const auto& [k, n] : pairs) out[k] = n;
  return out;
}

} // namespace

nlohmann::ordered_json search_json(const SearchResults& r) {
  nlohmann::ordered_json hits = nlohmann::ordered_json::array();
  for (const auto& h : r.hits)
    hits.push_back({{"rank", h.rank},
                    {"id", h.id},
                    {"path", h.path},
                    {"number", h.number},
                    {"date", h.date},
                    {"type", h.type},
                    {"subject", h.subject},
                    {"issuer", h.issuer},
                    {"score", h.score},
                    {"snippet", h.snippet}});
  nlohmann::ordered_json empty = nlohmann::ordered_json::array();
  for (const auto& f : r.empty_filters) empty.push_back({{"field", f.field}, {"value", f.value}});
  return {{"query", r.query}, {"total", r.total}, {"hits", hits}, {"empty_filters", empty}};
}

nlohmann::ordered_json facets_json(const Facets& f) {
  return {{"type", facet_values(f.type)},
          {"year", facet_values(f.year)},
          {"issuer", facet_values(f.issuer)}};
}

nlohmann::ordered_json stats_json(const ArchiveStats& s) {
  return {{"documents", s.documents},
          {"terms", s.terms},
          {"bytes", s.bytes},
          {"by_type", counts(s.by_type)},
          {"by_year", counts(s.by_year)},
          {"undated", s.undated}};
}

} // namespace vanban
