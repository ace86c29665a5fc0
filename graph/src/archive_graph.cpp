// Loads, rebuilds and saves the graph beside the archive's Xapian database.
#include "vanban/archive_graph.hpp"

#include "graph_file.hpp"
#include "sealed_file.hpp"
#include "unit_facts_file.hpp"
#include "vanban/archive_error.hpp"
#include "vanban/durable_file.hpp"
#include "vanban/stored_model.hpp"
#include "vanban/stored_models.hpp"

#include <atomic>
#include <iostream>

namespace vanban::graph {
namespace {

std::string graph_path(const std::string& db_dir) {
  return sealed_file::path_beside(db_dir, "vanban-graph.tsv");
}

/// The graph and, beside it, the unit facts (unit_facts_file.hpp) of the same revision.
struct Built {
  CitationGraph graph;
  unit_facts_file::Writer units;
};

/// Two passes over the stored models, one parsed at a time. Held all at once, even trimmed to what
/// resolution reads, they were most of an index run's peak memory (heaptrack at 30,000 documents:
/// 160 MB of heap, a third of it the Document structs alone); parsing twice costs about 1 % of the
/// run's CPU instead. The unit facts are gathered on the first pass.
///
/// A record whose model cannot be read is left out and listed in the graph's damaged(): one bad
/// record costs only itself.
///
/// The records come in path order (StoredModels::for_each), so the graph (ambiguities, the order
/// of edges) is the same for one database and for shards.
Built build_from(const index::StoredModels& models) {
  std::vector<DamagedRecord> damaged;
  unit_facts_file::Writer units;
  int pass = 0;
  CitationGraph g = CitationGraph::build([&](const auto& visit) {
    damaged.clear(); // the source runs twice: the second pass finds the same records
    ++pass;
    models.for_each([&](const index::StoredRecord& r) {
      if (auto* d = std::get_if<Document>(&r.model)) {
        if (pass == 1) units.add(r.id, *d);
        visit(r.id, *d);
      } else {
        damaged.push_back(damaged_record(r.id, r.path, std::get<ModelDamage>(r.model)));
      }
    });
  });
  for (auto& d : damaged) g.add_damaged(std::move(d));
  return {std::move(g), std::move(units)};
}

/// What the stored graph file holds for the database's current revision, and the graph itself
/// when `parse` asks for it and the file is sound and current.
struct Inspection {
  StoredGraphCheck check;
  std::optional<CitationGraph> graph;
};

/// Without `db` (a database that cannot be opened) only the file itself is checked.
Inspection inspect(const std::string& db_dir, const index::StoredModels* db, bool parse) {
  Inspection in;
  StoredGraphCheck& c = in.check;
  c.file = graph_path(db_dir);
  std::optional<std::string> text;
  try {
    text = read_file_if_present(c.file);
  } catch (const ArchiveError& e) {
    c.present = true;
    c.damage = e.what();
    return in;
  }
  if (!text) return in;
  c.present = true;
  auto verified = graph_file::verify(*text);
  if (auto* problem = std::get_if<std::string>(&verified)) {
    c.damage = std::move(*problem);
    return in;
  }
  const auto& v = std::get<graph_file::Verified>(verified);
  c.records = v.records;
  // Another revision is not damage: a run was killed between its commit and the graph's save.
  c.compared = db != nullptr;
  c.current = db && v.revision == db->revision();
  if (!parse || (db && !c.current)) return in;
  in.graph = CitationGraph::read(v.body);
  if (!in.graph) {
    c.damage = "its records cannot be read";
    return in;
  }
  if (!c.current) return in;
  std::size_t members = in.graph->damaged().size();
  for (const auto& n : in.graph->nodes()) members += !n.external;
  if (members != db->size()) {
    c.damage = "it holds " + std::to_string(members) + " documents where the archive has " +
               std::to_string(db->size());
    in.graph.reset();
  }
  return in;
}

std::string damage_warning(const StoredGraphCheck& c) {
  return "the stored citation graph " + c.file + " was not used: " + c.damage +
         "; it was rebuilt from the archive's documents";
}

/// Writes the graph and the unit facts, tagged with the revision they were built from.
void save(const std::string& db_dir, const index::StoredModels& archive, const Built& b) {
  const std::uint64_t revision = archive.revision();
  write_file_durably(graph_path(db_dir), [&](const ByteWriter& write) {
    graph_file::encode_to(b.graph, revision, write);
  });
  write_file_durably(unit_facts_file::path(db_dir),
                     [&](const ByteWriter& write) { b.units.seal_to(revision, write); });
}

/// save() for `vanban index`, whose documents are committed already: the error says what state
/// the archive is in, so nobody deletes it to recover.
void save_after_index(const std::string& db_dir, const index::StoredModels& db, const Built& b) {
  try {
    save(db_dir, db, b);
  } catch (const ArchiveError& e) {
    throw ArchiveError(ArchiveError::Kind::Io,
                       std::string(e.what()) +
                           " — the documents are indexed; this file was not saved and is rebuilt "
                           "from them by the next command that needs it");
  }
}

/// Graphs loaded by load_graph() in this process (graph_loads()).
std::atomic<std::uint64_t> loads{0};

} // namespace

void warn_on_stderr(const std::string& message) {
  std::cerr << "vanban: warning: " << message << "\n";
}

CitationGraph refresh_graph(const std::string& db_dir) {
  const index::StoredModels db(db_dir);
  Built b = build_from(db);
  save_after_index(db_dir, db, b);
  return std::move(b.graph);
}

CitationGraph load_graph(const std::string& db_dir, const Warning& warn) {
  ++loads;
  const index::StoredModels db(db_dir);
  Inspection stored = inspect(db_dir, &db, true);
  if (stored.graph) return std::move(*stored.graph);
  if (!stored.check.damage.empty()) warn(damage_warning(stored.check));
  Built b = build_from(db);
  try {
    save(db_dir, db, b);
  } catch (const ArchiveError& e) {
    // A reader still answers from the graph it built; only the saving is lost.
    warn(std::string(e.what()) +
         "; the citation graph is rebuilt on each run until it can be saved");
  }
  return std::move(b.graph);
}

CitationGraph ensure_graph(const std::string& db_dir, const Warning& warn) {
  const index::StoredModels db(db_dir);
  Inspection stored = inspect(db_dir, &db, true);
  if (stored.graph) return std::move(*stored.graph);
  if (!stored.check.damage.empty()) warn(damage_warning(stored.check));
  Built b = build_from(db);
  save_after_index(db_dir, db, b);
  return std::move(b.graph);
}

StoredGraphCheck check_stored_graph(const std::string& db_dir) {
  std::optional<index::StoredModels> db;
  try {
    db.emplace(db_dir);
  } catch (const ArchiveError&) {
    // The database's own check names that damage; the file can still be checked on its own.
  }
  try {
    return inspect(db_dir, db ? &*db : nullptr, true).check;
  } catch (const ArchiveError&) {
    return inspect(db_dir, nullptr, true).check;
  }
}

std::uint64_t graph_loads() {
  return loads.load();
}

} // namespace vanban::graph
