// Depth-first walk of the citation graph, cycle-safe, limited by depth and relations.
#include "vanban/trace.hpp"
#include "vanban/path_escape.hpp"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "vanban/text/number.hpp"

namespace vanban::graph {
namespace {

struct Walker {
  const CitationGraph& g;
  const TraceOptions& o;
  TraceResult& r;
  std::unordered_set<std::string> seen_nodes;
  std::unordered_set<const Edge*> seen_edges;

  std::size_t index_of(const std::string& id) const { return *g.node_index(id); }

  void visit(const std::string& id, const Edge* via, int depth) {
    const bool repeated = !seen_nodes.insert(id).second;
    r.steps.push_back({index_of(id), via, depth, repeated});
    if (!repeated) r.node_ids.push_back(id);
    if (repeated || (o.depth >= 0 && depth >= o.depth)) return;
    const auto& list = o.direction == Direction::Down ? g.incoming(id) : g.outgoing(id);
    std::vector<const Edge*> next;
    for (std::size_t e : list) {
      const Edge& edge = g.edges()[e];
      if (!o.relations.empty() && !o.relations.count(edge.relation)) continue;
      next.push_back(&edge);
    }
    auto other = [&](const Edge* e) { return o.direction == Direction::Down ? e->from : e->to; };
    std::stable_sort(next.begin(), next.end(), [&](const Edge* a, const Edge* b) {
      return g.node(other(a))->date.value_or("") < g.node(other(b))->date.value_or("");
    });
    for (const Edge* e : next) {
      if (seen_edges.insert(e).second) r.edges.push_back(e);
      visit(std::string(other(e)), e, depth + 1);
    }
  }
};

std::string normal_path(const std::string& p) {
  std::error_code ec;
  auto n = std::filesystem::path(p).lexically_normal().string();
  return n.rfind("./", 0) == 0 ? n.substr(2) : n;
}

} // namespace

TraceResult trace(const CitationGraph& graph, const std::string& root,
                  const TraceOptions& options) {
  TraceResult r;
  r.root = root;
  if (!graph.node(root)) return r;
  Walker w{graph, options, r, {}, {}};
  w.visit(root, nullptr, 0);
  return r;
}

std::vector<const Node*> lookup(const CitationGraph& graph, const std::string& ref) {
  if (const Node* n = graph.node(ref)) return {n};
  // Paths are archived escaped (path_escape.hpp): the file's own name, typed or completed by the
  // shell, is escaped to match; a name copied from vanban's output is already escaped.
  const std::string path = normal_path(escape_path(ref)), as_shown = normal_path(ref);
  std::vector<const Node*> out;
  for (const auto& n : graph.nodes())
    if (n.path && (normal_path(*n.path) == path || normal_path(*n.path) == as_shown))
      out.push_back(&n);
  if (!out.empty()) return out;
  std::string number = ref;
  std::optional<std::string> date;
  if (auto at = ref.find('@'); at != std::string::npos) {
    number = ref.substr(0, at);
    date = ref.substr(at + 1);
  }
  if (auto parsed = number::parse_text(number)) number = parsed->text;
  return graph.find_number(number, date);
}

} // namespace vanban::graph
