// update_archive: index_documents() followed by the graph's refresh and the repair of damaged
// records.
#include "vanban/archive_update.hpp"

#include "vanban/archive_graph.hpp"

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vanban {
namespace {

/// Compiles again the damaged records that `paths` hold and rebuilds the graph when any changed.
/// Failures were reported by the first run already: no events.
graph::CitationGraph repair_damaged(const std::string& db_dir,
                                    const std::vector<std::string>& paths,
                                    const IndexOptions& options, IndexReport& r,
                                    graph::CitationGraph g) {
  IndexOptions again = options;
  for (const auto& d : g.damaged()) again.recompile.insert(d.path);
  IndexReport fix = index_documents(db_dir, paths, again, {});
  if (fix.added + fix.updated + fix.removed == 0) return g;
  r.unchanged -= std::min(r.unchanged, fix.updated);
  r.updated += fix.updated;
  r.documents = fix.documents;
  r.seconds += fix.seconds;
  return graph::refresh_graph(db_dir);
}

} // namespace

ArchiveUpdate update_archive(const std::string& db_dir, const std::vector<std::string>& paths,
                             const IndexOptions& options, const IndexEvents& events) {
  IndexReport r = index_documents(db_dir, paths, options, events);
#if defined(__GLIBC__)
  // The writing phase's freed memory stays in glibc's per-thread arenas; returned now, it does
  // not add to the graph rebuild's own peak below.
  malloc_trim(0);
#endif
  // Resolution happens here, at index time. An unchanged archive keeps its graph.
  graph::CitationGraph g = r.added + r.updated + r.removed > 0 ? graph::refresh_graph(db_dir)
                                                               : graph::ensure_graph(db_dir);
  if (!g.damaged().empty()) g = repair_damaged(db_dir, paths, options, r, std::move(g));
  return {r, std::move(g)};
}

} // namespace vanban
