// The report of `vanban stats --verify`. A stale or missing graph is sound: every command that
// reads the graph rebuilds it. Only what would give wrong answers or errors is damage.
#include "stats_verify.hpp"

#include "commands.hpp"
#include "json_output.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/archive_graph.hpp"
#include "vanban/text/messages.hpp"
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

std::string graph_state(const graph::StoredGraphCheck& g, text::Lang lang) {
  if (!g.damage.empty()) return text::message("cli.verify.graph_damaged", lang, {g.damage});
  if (!g.present) return text::message("cli.verify.graph_absent", lang);
  const std::string records = std::to_string(g.records);
  return !g.compared ? text::message("cli.verify.graph_uncompared", lang, {records})
         : g.current ? text::message("cli.verify.graph_current", lang, {records})
                     : text::message("cli.verify.graph_stale", lang, {records});
}

/// The report's frame is in `lang`; a damaged part's problem is as Xapian or the check says it.
void print_text(const std::string& db, const Verification& v, text::Lang lang) {
  const std::string& sound = text::message("cli.verify.sound", lang);
  const std::string& damaged = text::message("cli.verify.damaged", lang);
  std::cout << text::message("cli.verify.archive", lang, {db, v.damage.empty() ? sound : damaged})
            << "\n";
  for (const auto& d : v.databases) {
    std::cout << "  "
              << (d.damage.empty()
                      ? text::message("cli.verify.database_sound", lang,
                                      {d.path, join(d.tables), std::to_string(d.documents),
                                       std::to_string(d.revision)})
                      : text::message("cli.verify.database_damaged", lang, {d.path}))
              << "\n";
    for (const auto& part : d.damage)
      std::cout << "    " << part.part << ": " << part.problem << "\n";
  }
  std::cout << "  "
            << text::message("cli.verify.graph", lang, {v.graph.file, graph_state(v.graph, lang)})
            << "\n";
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

int run_stats_verify(const std::string& db, bool json, text::Lang lang) {
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
    print_text(db, v, lang);
  std::cout.flush();
  for (const auto& part : v.damage)
    std::cerr << "vanban stats: "
              << text::message("cli.verify.damaged_part", lang, {part.part, part.problem}) << "\n";
  return v.damage.empty() ? kOk : kInputError;
}

} // namespace vanban::cli
