// The citation graph of an indexed archive, kept beside the Xapian database.
#pragma once

#include <string>

#include "vanban/citation_graph.hpp"

namespace vanban::graph {

/// The graph of the archive at `db_dir`. It is stored in `db_dir/vanban-graph.json` tagged with
/// the database revision it was built from; when the tag is stale or the file is missing (a run
/// killed between commit and graph update, an older vanban), it is rebuilt from the stored models
/// and saved again. Throws ArchiveError when the database cannot be opened.
CitationGraph load_graph(const std::string& db_dir);

/// Rebuilds and saves the graph after `vanban index` changed the archive: this is where
/// resolution happens, so a new document can resolve earlier dangling references.
CitationGraph refresh_graph(const std::string& db_dir);

/// After an index run that changed no document: rebuilds the stored graph only when its tag is
/// not the database's revision (a run killed before the graph was saved). Reads one line
/// otherwise, so a no-change re-index stays cheap.
void ensure_graph(const std::string& db_dir);

} // namespace vanban::graph
