// update_archive(): a library caller that indexes gets the archive's citation graph up to date,
// where index_documents() alone leaves the stored graph behind.
#include "index_helpers.hpp"

#include "vanban/archive_graph.hpp"
#include "vanban/archive_update.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Archived documents in `g`: its nodes that are not external, and the damaged records.
std::size_t members(const vanban::graph::CitationGraph& g) {
  std::size_t n = g.damaged().size();
  for (const auto& node : g.nodes()) n += !node.external;
  return n;
}

} // namespace

TEST_CASE("update_archive: indexing through the library leaves the stored graph current") {
  vanban::test::TempDir t;
  const std::string db = t.path("db");
  vanban::IndexOptions options;
  options.jobs = 1;
  auto first = vanban::update_archive(db, {"corpus/seeds"}, options);
  REQUIRE(first.report.documents > 0);
  CHECK(members(first.graph) == first.report.documents);
  auto stored = vanban::graph::check_stored_graph(db);
  CHECK(stored.present);
  CHECK(stored.current);
  CHECK(stored.damage.empty());

  // A new plan: index_documents() alone commits it and leaves the graph of the old revision.
  std::string plan = file_text("corpus/seeds/000_2a7d08b91cea13fd.md");
  const auto at = plan.find("59/KH-LĐLĐ");
  REQUIRE(at != std::string::npos);
  plan.replace(at, std::string("59/KH-LĐLĐ").size(), "60/KH-LĐLĐ");
  const std::string added = t.write("more/added.md", plan);
  vanban::index_documents(db, {added}, options);
  CHECK_FALSE(vanban::graph::check_stored_graph(db).current);

  // update_archive() refreshes it even when it indexes nothing new: the graph is the archive's.
  auto second = vanban::update_archive(db, {added}, options);
  CHECK(second.report.unchanged == 1);
  CHECK(second.report.documents == first.report.documents + 1);
  CHECK(members(second.graph) == second.report.documents);
  CHECK(vanban::graph::check_stored_graph(db).current);
  CHECK_FALSE(second.graph.find_number("60/KH-LĐLĐ", std::nullopt).empty());
}
