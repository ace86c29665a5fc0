// open_archive, archive_of: the archive behind --db, read through the citation graph of the
// index.
#include "vanban/check.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/archive_graph.hpp"

namespace vanban::check {
namespace {

/// Archived documents by number, from the graph stored beside the Xapian database (one file
/// read, instead of a query per citation). Owns the graph (open_archive) or borrows one that
/// outlives it (archive_of).
class GraphArchive : public Archive {
public:
  /// Owning `g`.
  static std::unique_ptr<Archive> owning(graph::CitationGraph g) {
    auto owned = std::make_unique<const graph::CitationGraph>(std::move(g));
    const graph::CitationGraph& ref = *owned;
    return std::unique_ptr<Archive>(new GraphArchive(std::move(owned), ref));
  }
  /// Borrowing `g`, which outlives the archive.
  static std::unique_ptr<Archive> borrowing(const graph::CitationGraph& g) {
    return std::unique_ptr<Archive>(new GraphArchive(nullptr, g));
  }

  std::vector<ArchiveEntry> find(const std::string& number) const override {
    std::vector<ArchiveEntry> out;
    for (const auto* node : graph_.find_number(number, std::nullopt))
      if (!node->external)
        out.push_back({node->number, node->date.value_or(""), node->path.value_or(node->id)});
    return out;
  }

  std::vector<DamagedRecord> damaged() const override { return graph_.damaged(); }

private:
  GraphArchive(std::unique_ptr<const graph::CitationGraph> owned, const graph::CitationGraph& g)
      : owned_(std::move(owned)), graph_(g) {}

  std::unique_ptr<const graph::CitationGraph> owned_;
  const graph::CitationGraph& graph_;
};

} // namespace

std::unique_ptr<Archive> open_archive(const std::string& dir) {
  try {
    return GraphArchive::owning(graph::load_graph(dir));
  } catch (const ArchiveError&) {
    throw ArchiveUnavailable(dir);
  }
}

std::unique_ptr<Archive> archive_of(const graph::CitationGraph& graph) {
  return GraphArchive::borrowing(graph);
}

} // namespace vanban::check
