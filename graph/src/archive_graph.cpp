// Loads, rebuilds and saves the graph beside the archive's Xapian database.
#include "vanban/archive_graph.hpp"

#include "database.hpp"
#include "schema.hpp"
#include "vanban/model_json.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace vanban::graph {
namespace {

std::string graph_file(const std::string& db_dir) {
  return db_dir + "/vanban-graph.tsv";
}
constexpr std::string_view kHeader = "vanban-graph 1 revision ";

/// Two passes over the stored models, one parsed at a time. Held all at once, even trimmed to what
/// resolution reads, they were most of an index run's peak memory (heaptrack at 30,000 documents:
/// 160 MB of heap, a third of it the Document structs alone); parsing twice costs about 1 % of the
/// run's CPU instead.
CitationGraph build_from(const Xapian::Database& db) {
  return CitationGraph::build([&](const auto& visit) {
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      Xapian::Document doc = db.get_document(*it);
      visit(doc.get_value(schema::kIdSlot),
            document_from_json(nlohmann::json::parse(doc.get_data())));
    }
  });
}

/// The first line of a stored graph that is current for `db`.
std::string header_line(const Xapian::Database& db) {
  return std::string(kHeader) + std::to_string(db.get_revision()) + "\n";
}

/// Writes through a temporary file and a rename, so a reader never sees half a graph. The first
/// line is the header_line() of the revision the graph was built from.
void save(const std::string& db_dir, const CitationGraph& g, const std::string& header) {
  const std::string path = graph_file(db_dir), tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return; // a read-only archive: the graph is rebuilt in memory each time
    out << header;
    g.write(out);
    if (!out) return;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
}

/// Builds the graph from the stored models and saves it, tagged with the revision read.
CitationGraph rebuild(const std::string& db_dir, const Xapian::Database& db) {
  CitationGraph g = build_from(db);
  save(db_dir, g, header_line(db));
  return g;
}

/// Runs `fn(db)` on the archive opened for reading, Xapian's errors turned into ArchiveError.
template <typename Fn> auto with_archive(const std::string& db_dir, Fn fn) {
  Xapian::Database db = index::open_readonly(db_dir);
  try {
    return fn(db);
  } catch (const Xapian::Error& e) {
    index::throw_archive_error(db_dir, e);
  }
}

} // namespace

CitationGraph refresh_graph(const std::string& db_dir) {
  return with_archive(db_dir, [&](const Xapian::Database& db) { return rebuild(db_dir, db); });
}

CitationGraph load_graph(const std::string& db_dir) {
  return with_archive(db_dir, [&](const Xapian::Database& db) {
    std::ifstream in(graph_file(db_dir), std::ios::binary);
    if (in) {
      std::stringstream buffer;
      buffer << in.rdbuf();
      const std::string text = buffer.str();
      const std::string header = header_line(db);
      if (text.compare(0, header.size(), header) == 0)
        if (auto g = CitationGraph::read(std::string_view(text).substr(header.size())))
          return std::move(*g);
    }
    return rebuild(db_dir, db);
  });
}

void ensure_graph(const std::string& db_dir) {
  with_archive(db_dir, [&](const Xapian::Database& db) {
    std::ifstream in(graph_file(db_dir), std::ios::binary);
    std::string first;
    if (!(in && std::getline(in, first) && first + "\n" == header_line(db))) rebuild(db_dir, db);
  });
}

} // namespace vanban::graph
