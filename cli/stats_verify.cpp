// The report of `vanban stats --verify`. A stale or missing graph is sound: every command that
// reads the graph rebuilds it. Only what would give wrong answers or errors is damage.
#include "stats_verify.hpp"

#include "commands.hpp"
#include "json_output.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/archive_graph.hpp"
#include "vanban/verify.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace vanban::cli {
namespace {

struct Verification {
  std::vector<DatabaseCheck> databases;
  graph::StoredGraphCheck graph;
  std::vector<DamagedPart> damage; ///< of every database and the graph, in report order
};

Verification verify_archive(const std::string& db) {
  Verification v;
  for (const auto& path : archive_databases(db)) {
    v.databases.push_back(check_database(path));
    const auto& d = v.databases.back().damage;
    v.damage.insert(v.damage.end(), d.begin(), d.end());
  }
  v.graph = graph::check_stored_graph(db);
  if (!v.graph.damage.empty()) v.damage.push_back({v.graph.file, v.graph.damage});
  return v;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string graph_state(const graph::StoredGraphCheck& g) {
  if (!g.damage.empty()) return "DAMAGED: " + g.damage;
  if (!g.present) return "absent (built from the documents when next needed)";
  const std::string when = !g.compared ? "; not compared with the database, which does not open)"
                           : g.current ? ", current)"
                                       : "; of an older revision, rebuilt when next needed)";
  return "sound (" + std::to_string(g.records) + " records, checksum verified" + when;
}

void print_text(const std::string& db, const Verification& v) {
  std::printf("archive %s: %s\n", db.c_str(), v.damage.empty() ? "sound" : "DAMAGED");
  for (const auto& d : v.databases) {
    if (d.damage.empty())
      std::printf("  database %s: sound (%s checked; %zu documents, revision %llu)\n",
                  d.path.c_str(), join(d.tables).c_str(), d.documents,
                  static_cast<unsigned long long>(d.revision));
    else
      std::printf("  database %s: DAMAGED\n", d.path.c_str());
    for (const auto& part : d.damage)
      std::printf("    %s: %s\n", part.part.c_str(), part.problem.c_str());
  }
  std::printf("  graph %s: %s\n", v.graph.file.c_str(), graph_state(v.graph).c_str());
}

nlohmann::ordered_json damage_json(const std::vector<DamagedPart>& parts) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& p : parts) out.push_back({{"part", p.part}, {"problem", p.problem}});
  return out;
}

nlohmann::ordered_json to_json(const std::string& db, const Verification& v) {
  auto databases = nlohmann::ordered_json::array();
  for (const auto& d : v.databases)
    databases.push_back({{"path", d.path},
                         {"sound", d.damage.empty()},
                         {"tables", d.tables},
                         {"documents", d.documents},
                         {"revision", d.revision},
                         {"damaged", damage_json(d.damage)}});
  const auto& g = v.graph;
  nlohmann::ordered_json graph{
      {"file", g.file},       {"sound", g.damage.empty()},
      {"present", g.present}, {"current", g.compared ? nlohmann::ordered_json(g.current) : nullptr},
      {"records", g.records}, {"problem", nullptr}};
  if (!g.damage.empty()) graph["problem"] = g.damage;
  return {{"archive", db},
          {"sound", v.damage.empty()},
          {"databases", databases},
          {"graph", graph},
          {"damaged", damage_json(v.damage)}};
}

} // namespace

int run_stats_verify(const std::string& db, bool json) {
  Verification v;
  try {
    v = verify_archive(db);
  } catch (const ArchiveError& e) {
    std::cerr << "vanban stats: " << e.what() << "\n";
    return kInputError;
  }
  if (json)
    std::cout << json_text(to_json(db, v)) << "\n";
  else
    print_text(db, v);
  std::fflush(stdout);
  for (const auto& part : v.damage)
    std::cerr << "vanban stats: damaged: " << part.part << ": " << part.problem << "\n";
  return v.damage.empty() ? kOk : kInputError;
}

} // namespace vanban::cli
