// Walking the citation graph from one node, and printing the walk as a tree, JSON or DOT.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "vanban/citation_graph.hpp"
#include "vanban/text/lang.hpp"

namespace vanban::graph {

enum class Direction { Down, Up }; ///< Down: who cites it; Up: what it cites

struct TraceOptions {
  Direction direction = Direction::Down;
  int depth = -1;               ///< -1: unlimited
  std::set<Relation> relations; ///< empty: all
};

/// One step of the walk in depth-first order, for the tree view.
struct Step {
  std::size_t node;          ///< index into CitationGraph::nodes()
  const Edge* via = nullptr; ///< the edge that led here (null for the root)
  int depth = 0;
  bool repeated = false; ///< already shown above: not expanded again (cycles)
};

struct TraceResult {
  std::string root;
  std::vector<Step> steps;           ///< depth-first, children by date
  std::vector<std::string> node_ids; ///< every node reached, root first, each once
  std::vector<const Edge*> edges;    ///< every edge walked, each once
};

TraceResult trace(const CitationGraph& graph, const std::string& root, const TraceOptions& options);

/// Finds the nodes a user's REF means: an id, a path, a number, or number@date.
std::vector<const Node*> lookup(const CitationGraph& graph, const std::string& ref);

/// The walk as an indented tree, its labels ("ngoài kho", "đã có ở trên") in `lang`.
void print_tree(std::ostream& out, const CitationGraph& graph, const TraceResult& result,
                text::Lang lang = text::Lang::Vi);
nlohmann::ordered_json trace_json(const CitationGraph& graph, const TraceResult& result);
/// The walk as a Graphviz digraph; a node without a number is labelled in `lang`.
void print_dot(std::ostream& out, const CitationGraph& graph, const TraceResult& result,
               text::Lang lang = text::Lang::Vi);
nlohmann::ordered_json node_json(const Node& node);

} // namespace vanban::graph
