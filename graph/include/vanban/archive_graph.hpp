// The citation graph of an indexed archive, kept beside the Xapian database.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "vanban/citation_graph.hpp"

namespace vanban::graph {

/// Receives a sentence about a stored graph that could not be trusted or saved.
using Warning = std::function<void(const std::string&)>;

/// Writes "vanban: warning: …" to standard error.
void warn_on_stderr(const std::string& message);

/// The graph of the archive at `db_dir`. It is stored in `db_dir/vanban-graph.tsv` (beside a stub
/// file listing shards: `STUB.vanban-graph.tsv`), tagged with the archive revision it was built
/// from (the sum of its shards') and closed by its record count and checksum. When the
/// tag is stale or the file is missing (a run killed between commit and graph update) it is
/// rebuilt from the stored models and saved again; when the file is damaged (truncated, edited,
/// of an older format, unreadable) the same happens and `warn` names the file and the fault. A
/// graph that cannot be saved (a read-only archive, a full disk) is still returned, with a
/// warning. Throws ArchiveError when the database cannot be opened.
CitationGraph load_graph(const std::string& db_dir, const Warning& warn = warn_on_stderr);

/// How many times this process called load_graph(): tests prove with it that a server loads the
/// graph once per revision.
std::uint64_t graph_loads();

/// Rebuilds and saves the graph after an index run changed the archive (update_archive(),
/// vanban/archive_update.hpp): this is where resolution happens, so a new document can resolve
/// earlier dangling references. Throws
/// ArchiveError (Io) naming the file and the cause when the graph cannot be saved; the old file
/// is then left as it was and no temporary file remains.
CitationGraph refresh_graph(const std::string& db_dir);

/// After an index run that changed no document: the stored graph, rebuilt and saved only when it
/// is missing, stale or damaged (`warn` is told of damage); an unchanged archive's graph is read,
/// never rewritten. Throws like refresh_graph when the graph cannot be saved.
CitationGraph ensure_graph(const std::string& db_dir, const Warning& warn = warn_on_stderr);

/// What `vanban stats --verify` reports of the stored graph.
struct StoredGraphCheck {
  std::string file;
  bool present = false;  ///< a missing graph is not damage: it is rebuilt when next needed
  bool compared = false; ///< the database opened, so `current` could be told
  bool current = false;  ///< built from the database's current revision (else rebuilt when needed)
  std::size_t records = 0; ///< node and edge lines, as counted and as its end line says
  std::string damage;      ///< why the file cannot be trusted; empty when sound
};

/// Verifies the stored graph's end line (record count and checksum) and, unless it is stale, that
/// its records parse; when it is current, also that it holds one node or damaged record per
/// archived document. A stale graph's records are not read: the next reader rebuilds it. When the
/// database cannot be opened (its own check names why) only the file is verified.
StoredGraphCheck check_stored_graph(const std::string& db_dir);

} // namespace vanban::graph
