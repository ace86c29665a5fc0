// What follow-up and tasks read from an indexed archive besides its graph: every document's
// issuer (once per run) and every document's tasks.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "vanban/archive_graph.hpp"
#include "vanban/document.hpp"
#include "vanban/follow_up.hpp"

namespace vanban::graph {

/// Visits every stored document whose model can be read, in path order (a damaged
/// record is left out: load_graph() already names it). Throws ArchiveError like load_graph().
void for_each_stored_document(
    const std::string& db_dir,
    const std::function<void(const std::string& id, const Document& doc)>& visit);

/// The units of the archive at `db_dir`, finished with its citation graph. What they are made of
/// is read from the unit facts stored beside the graph (`vanban-units.tsv`, written with it);
/// when that file is missing, of another revision or damaged (`warn` is told of damage), from
/// every stored model, and the file is saved again (`warn` is told when it cannot be).
UnitDirectory load_units(const std::string& db_dir, const CitationGraph& graph,
                         const Warning& warn = warn_on_stderr);

/// Reads single stored models by id from an archive opened once: the follow-up's DocumentFetch.
/// Not thread-safe (a Xapian database is not); a damaged record reads as nothing.
class StoredDocuments {
public:
  /// Throws ArchiveError like load_graph().
  explicit StoredDocuments(const std::string& db_dir);
  ~StoredDocuments();
  StoredDocuments(const StoredDocuments&) = delete;
  StoredDocuments& operator=(const StoredDocuments&) = delete;

  std::optional<Document> operator()(const std::string& id);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vanban::graph
