// Precision and recall of reference resolution against truth.json.
#include "resolution_score.hpp"

#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace vanban::bench {

ResolutionScore score_resolution(const graph::CitationGraph& graph, const nlohmann::json& truth,
                                 const std::string& prefix) {
  std::unordered_map<std::string, const graph::Node*> by_path;
  for (const auto& n : graph.nodes())
    if (!n.external && n.path) by_path.emplace(*n.path, &n);

  ResolutionScore s;
  for (const auto& doc : truth.at("documents")) {
    auto it = by_path.find(prefix + doc.at("path").get<std::string>());
    if (it == by_path.end()) {
      ++s.missing;
      continue;
    }
    ++s.documents;
    std::map<std::string, std::size_t> expected; // target path → references naming it
    for (const auto& ref : doc.at("references")) {
      ++s.references;
      if (const auto& t = ref.at("target"); !t.is_null()) {
        ++s.truth_targets;
        ++expected[prefix + t.get<std::string>()];
      }
    }
    // One reference gives one edge when resolved or external, one edge per candidate when
    // ambiguous; the line and relation tell the references apart.
    std::set<std::pair<int, Relation>> ambiguous;
    for (std::size_t e : graph.outgoing(it->second->id)) {
      const auto& edge = graph.edges()[e];
      if (edge.ambiguous) {
        ambiguous.emplace(edge.line, edge.relation);
        continue;
      }
      const graph::Node* target = graph.node(edge.to);
      if (!target || target->external || !target->path) continue;
      ++s.resolved;
      auto want = expected.find(*target->path);
      if (want != expected.end() && want->second > 0) {
        --want->second;
        ++s.correct;
      }
    }
    s.ambiguous += ambiguous.size();
  }
  if (s.resolved) s.precision = static_cast<double>(s.correct) / static_cast<double>(s.resolved);
  if (s.truth_targets)
    s.recall = static_cast<double>(s.correct) / static_cast<double>(s.truth_targets);
  return s;
}

} // namespace vanban::bench
