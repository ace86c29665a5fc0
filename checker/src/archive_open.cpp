// open_archive: the archive behind --db, read through the citation graph of the index.
#include "vanban/check.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/archive_graph.hpp"

namespace vanban::check {
namespace {

/// Archived documents by number, from the graph stored beside the Xapian database (one file
/// read, instead of a query per citation).
class GraphArchive : public Archive {
public:
  explicit GraphArchive(graph::CitationGraph g) : graph_(std::move(g)) {}

  std::vector<ArchiveEntry> find(const std::string& number) const override {
    std::vector<ArchiveEntry> out;
    for (const auto* node : graph_.find_number(number, std::nullopt))
      if (!node->external)
        out.push_back({node->number, node->date.value_or(""), node->path.value_or(node->id)});
    return out;
  }

  std::vector<DamagedRecord> damaged() const override { return graph_.damaged(); }

private:
  graph::CitationGraph graph_;
};

} // namespace

std::unique_ptr<Archive> open_archive(const std::string& dir) {
  try {
    return std::make_unique<GraphArchive>(graph::load_graph(dir));
  } catch (const ArchiveError&) {
    throw ArchiveUnavailable(dir);
  }
}

} // namespace vanban::check
