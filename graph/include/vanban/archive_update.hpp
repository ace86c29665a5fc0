// The whole index protocol in one call: index the files, then bring the citation graph stored
// beside the archive up to date, so that no caller is left with a stale graph.
#pragma once

#include <string>
#include <vector>

#include "vanban/archive.hpp"
#include "vanban/citation_graph.hpp"

namespace vanban {

/// What update_archive() did, and the archive's graph after it.
struct ArchiveUpdate {
  IndexReport report;
  graph::CitationGraph graph;
};

/// index_documents(), then the graph: rebuilt and saved when the run changed a document (a new
/// document may resolve earlier dangling references, a removed one may leave some), else the
/// stored one (rebuilt only when missing, stale or damaged). Stored records the graph finds
/// damaged are compiled again from their files when `paths` hold them, and the graph rebuilt:
/// running it again repairs them; `report` counts them as updated.
///
/// It lives here, above both the index and the graph, because the graph is built from what the
/// index stores (vanban_graph_archive depends on vanban_index, not the reverse). Throws
/// ArchiveError like index_documents(), and when the graph cannot be saved (the documents are
/// then indexed, and the next reader rebuilds the graph).
ArchiveUpdate update_archive(const std::string& db_dir, const std::vector<std::string>& paths,
                             const IndexOptions& options, const IndexEvents& events = {});

} // namespace vanban
