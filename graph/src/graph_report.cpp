// The four archive reports: references to nothing, references left ambiguous, plans that
// implement nothing and directives nobody implements, documents amended/replaced/repealed later.
#include "vanban/graph_report.hpp"

#include "vanban/text/messages.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/trace.hpp"

#include <algorithm>
#include <set>

namespace vanban::graph {
namespace {

using ojson = nlohmann::ordered_json;

using text::Lang;

/// Whether `type` is one of the phrase list `list` of data/report_phrases.json ("plans": types
/// that carry out another document; "directives": types others are expected to carry out).
bool type_in(std::string_view list, const std::string& type) {
  const auto& types = tables::get().phrases(list);
  return std::find(types.begin(), types.end(), type) != types.end();
}
const std::set<Relation> kSuperseding = {Relation::Amends, Relation::Replaces, Relation::Repeals};

bool has_edge(const CitationGraph& g, const std::vector<std::size_t>& list, Relation relation) {
  for (std::size_t e : list)
    if (g.edges()[e].relation == relation) return true;
  return false;
}

ojson edge_row(const CitationGraph& g, const Edge& e) {
  return {{"from", node_json(*g.node(e.from))},
          {"to", node_json(*g.node(e.to))},
          {"relation", to_string(e.relation)},
          {"line", e.line}};
}

} // namespace

ojson report(const CitationGraph& g, const std::string& kind) {
  ojson rows = ojson::array();
  if (kind == "dangling") {
    for (const auto& e : g.edges())
      if (g.node(e.to)->external) rows.push_back(edge_row(g, e));
  } else if (kind == "ambiguous") {
    std::set<std::pair<std::string, int>> seen; // one row per citation, not per candidate
    for (const auto& e : g.edges()) {
      if (!e.ambiguous || !seen.emplace(std::string(e.from), e.line).second) continue;
      ojson row = edge_row(g, e);
      row.erase("to");
      row["number"] = g.node(e.to)->number;
      row["candidates"] = ojson::array();
      for (const auto& c : e.candidates) row["candidates"].push_back(node_json(*g.node(c)));
      rows.push_back(row);
    }
  } else if (kind == "orphans") {
    for (const auto& n : g.nodes()) {
      if (n.external || !n.type) continue;
      if (type_in("report_phrases.plans", *n.type) &&
          !has_edge(g, g.outgoing(n.id), Relation::Implements))
        rows.push_back({{"problem", "implements_nothing"}, {"node", node_json(n)}});
      if (type_in("report_phrases.directives", *n.type) &&
          !has_edge(g, g.incoming(n.id), Relation::Implements))
        rows.push_back({{"problem", "not_implemented"}, {"node", node_json(n)}});
    }
  } else if (kind == "superseded") {
    for (const auto& e : g.edges())
      if (kSuperseding.count(e.relation)) rows.push_back(edge_row(g, e));
  }
  return rows;
}

void print_report(std::ostream& out, const CitationGraph& g, const std::string& kind,
                  const ojson& rows, Lang lang) {
  auto name = [](const ojson& n) {
    std::string s = n.at("number").get<std::string>();
    if (!n.at("date").is_null()) s += " (" + n.at("date").get<std::string>() + ")";
    if (!n.at("path").is_null()) s += "  " + n.at("path").get<std::string>();
    return s;
  };
  for (const auto& row : rows) {
    if (kind == "orphans") {
      const std::string node = name(row.at("node"));
      out << (row.at("problem") == "implements_nothing"
                  ? text::message("graph_report.implements_nothing", lang, {node})
                  : text::message("graph_report.not_implemented", lang, {node}))
          << "\n";
    } else if (kind == "ambiguous") {
      const std::string count = std::to_string(row.at("candidates").size());
      out << name(row.at("from")) << ":" << row.at("line") << "  "
          << row.at("relation").get<std::string>() << " " << row.at("number").get<std::string>()
          << " — " << text::message("graph_report.candidates", lang, {count}) << ":\n";
      for (const auto& c : row.at("candidates")) out << "    " << name(c) << "\n";
    } else {
      out << name(row.at("from")) << ":" << row.at("line") << "  "
          << row.at("relation").get<std::string>() << "  " << name(row.at("to")) << "\n";
    }
  }
  const std::string total = std::to_string(rows.size());
  out << (kind == "dangling"    ? text::message("graph_report.total.dangling", lang, {total})
          : kind == "ambiguous" ? text::message("graph_report.total.ambiguous", lang, {total})
          : kind == "orphans"   ? text::message("graph_report.total.orphans", lang, {total})
                                : text::message("graph_report.total.superseded", lang, {total}))
      << "\n";
  (void)g;
}

} // namespace vanban::graph
