// Facets from Xapian's value counters on the display slots: the filter of each value is written in
// the query syntax whose filter on that field matches exactly the documents holding that value.
#include "facets.hpp"

#include "schema.hpp"
#include "vanban/text/tables.hpp"

#include <algorithm>
#include <map>

namespace vanban::index {
namespace {

/// Types and issuers shown per facet: enough for a side panel, and a bound on the response size.
constexpr std::size_t kFacetValues = 20;

/// A filter value, quoted when it has spaces (the lexer reads a quoted value as one).
std::string quoted(const std::string& value) {
  return value.find(' ') == std::string::npos ? value : "\"" + value + "\"";
}

/// The canonical code of a type name ("Kế hoạch" → "KH"); the smallest code when several map to
/// it, so the choice is stable.
const std::string* type_code(const std::string& name) {
  static const std::map<std::string, std::string> by_name = [] {
    std::map<std::string, std::string> m;
    for (const auto& [code, type] : tables::get().type_by_code) {
      auto [it, added] = m.emplace(type, code);
      if (!added && code < it->second) it->second = code;
    }
    return m;
  }();
  auto it = by_name.find(name);
  return it == by_name.end() ? nullptr : &it->second;
}

/// The most frequent values first (ties by value), empty values dropped.
std::vector<std::pair<std::string, std::size_t>> top(const Xapian::ValueCountMatchSpy& spy) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
    if (!(*it).empty()) out.emplace_back(*it, it.get_termfreq());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > kFacetValues) out.resize(kFacetValues);
  return out;
}

} // namespace

FacetSpies::FacetSpies()
    : type_(schema::kTypeSlot), year_(schema::kYearSlot), issuer_(schema::kIssuerSlot) {}

void FacetSpies::attach(Xapian::Enquire& enquire) {
  enquire.clear_matchspies();
  enquire.add_matchspy(&type_);
  enquire.add_matchspy(&year_);
  enquire.add_matchspy(&issuer_);
}

Facets FacetSpies::collect() const {
  Facets f;
  // type: matches the folded type name, which only the document's own type adds (a code would
  // also match documents whose number has that code but whose title says otherwise).
  for (const auto& [name, n] : top(type_)) {
    const std::string* code = type_code(name);
    f.type.push_back({code ? *code : name, name, n, "type:" + quoted(name)});
  }
  // Every year, newest first: a short list, and a time line reads best in order.
  for (auto it = year_.values_begin(); it != year_.values_end(); ++it)
    if (!(*it).empty()) f.year.insert(f.year.begin(), {*it, *it, it.get_termfreq(), "year:" + *it});
  // issuer:= compares the stored name: issuer: would match every body with these words.
  for (const auto& [name, n] : top(issuer_))
    f.issuer.push_back({name, name, n, "issuer:=" + quoted(name)});
  return f;
}

} // namespace vanban::index
