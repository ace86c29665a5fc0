// The citation graph of an archive: documents and cited-but-absent documents as nodes, resolved
// references as edges from the citing to the cited document.
#pragma once

#include <deque>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vanban/document.hpp"
#include "vanban/stored_model.hpp"

namespace vanban::graph {

struct Node {
  std::string id; ///< archive id, or "ext:<number>@<date>" for a document outside the archive
  std::string number;
  std::optional<std::string> date, type, subject, issuer, path;
  bool external = false;
};

/// The ids an edge names are views of the graph's own copy of each (its node's id, or a loose id):
/// 154,000 edges at 100,000 documents held two 16-character ids each, a heap string apiece.
/// An Edge is valid as long as the graph it came from.
struct Edge {
  std::string_view from, to; ///< citing → cited
  Relation relation = Relation::Cites;
  int line = 0; ///< line of the citation in the citing document
  bool ambiguous = false;
  std::vector<std::string> candidates; ///< all candidates when ambiguous
};

/// One archived document as the graph needs it.
struct Member {
  std::string id;
  Document doc;
};

class CitationGraph {
public:
  CitationGraph() = default;
  /// Moved, never copied: edges view strings the graph holds, and a copy's would view the
  /// original's.
  CitationGraph(CitationGraph&&) = default;
  CitationGraph& operator=(CitationGraph&&) = default;
  CitationGraph(const CitationGraph&) = delete;
  CitationGraph& operator=(const CitationGraph&) = delete;

  /// Resolves every reference of every member against the members (see Resolver).
  static CitationGraph build(const std::vector<Member>& members);

  /// Calls its argument once per member, in the same order on every call.
  using MemberSource =
      std::function<void(const std::function<void(const std::string& id, const Document& doc)>&)>;
  /// The same graph as build(members), for members that are too many to hold at once: `each` is
  /// run twice (every member is added to the resolver, then its references resolved), and a
  /// member is needed only while it is visited.
  static CitationGraph build(const MemberSource& each);

  /// Deques: a hundred thousand nodes or edges grow block by block, never copied into a buffer
  /// twice their size (that copy was a peak of an index run's memory).
  const std::deque<Node>& nodes() const { return nodes_; }
  const std::deque<Edge>& edges() const { return edges_; }
  const Node* node(std::string_view id) const;
  /// The index in nodes() of the node `id`, if there is one.
  std::optional<std::size_t> node_index(std::string_view id) const;
  /// Indices into edges() of the references a node makes (up) and receives (down).
  const std::vector<std::size_t>& outgoing(std::string_view id) const;
  const std::vector<std::size_t>& incoming(std::string_view id) const;
  /// Nodes whose number matches (leading zeros and case ignored), optionally on a date.
  std::vector<const Node*> find_number(const std::string& number,
                                       const std::optional<std::string>& date) const;

  /// Stored records the graph was built without (their model could not be read): each command
  /// that loads the graph names them, until `vanban index` repairs them.
  const std::vector<DamagedRecord>& damaged() const { return damaged_; }
  void add_damaged(DamagedRecord r) { damaged_.push_back(std::move(r)); }

  /// A compact line format for storage ("N\t…" node, "E\t…" edge and "D\t…" damaged record
  /// lines, fields escaped):
  /// a hundred thousand documents load in a fraction of a second, where JSON takes seconds.
  void write(std::ostream& out) const;
  /// Reads what write() wrote; nullopt when the text is not a graph of this format.
  static std::optional<CitationGraph> read(std::string_view text);

private:
  std::deque<Node> nodes_;
  std::deque<Edge> edges_;
  std::vector<DamagedRecord> damaged_;
  /// Keys view the nodes' ids (a deque never moves its elements).
  std::unordered_map<std::string_view, std::size_t> by_id_;
  /// The edges each node makes and receives, by node index: a map keyed by id strings cost about
  /// 120 bytes an entry more. Edges of an id that has no node (only in a file written by hand) are
  /// kept by id until it has one; loose_ids_ holds those ids for the edges and maps to view.
  std::deque<std::vector<std::size_t>> out_, in_;
  std::deque<std::string> loose_ids_;
  std::unordered_map<std::string_view, std::vector<std::size_t>> loose_out_, loose_in_;
  std::unordered_map<std::string, std::vector<std::size_t>>
      by_number_; ///< number key → node indices

  void add_node(Node n);
  /// An edge between two ids as given; the edge keeps views of the graph's own copies.
  void add_edge(std::string_view from, std::string_view to, Relation relation, int line,
                bool ambiguous, std::vector<std::string> candidates);
};

} // namespace vanban::graph
