// Follow-up (issue 15) on an indexed generated archive: the time of one follow-up (graph and
// units loaded, the documents read from Xapian as `vanban follow-up` reads them), and precision
// and recall of (directive, unit, status) against truth.json's "follow_up" fields.
//   vanban_bench_follow_up --db DB --truth FILE [--prefix corpus/] [--as-of 2030-01-01]
// The last output line is JSON.
#include "bench_common.hpp"
#include "vanban/archive_graph.hpp"
#include "vanban/follow_up.hpp"
#include "vanban/follow_up_archive.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

int main(int argc, char** argv) {
  CLI::App app{"vanban_bench_follow_up — follow-up latency and precision/recall"};
  std::string db, truth_path, prefix = "corpus/", as_of = "2030-01-01";
  app.add_option("--db", db, "the archive (vanban index --db)")->required();
  app.add_option("--truth", truth_path, "truth.json written by vanban-gen")->required();
  app.add_option("--prefix", prefix, "archive path of the corpus directory, with a final /");
  app.add_option("--as-of", as_of, "the date task states are judged on");
  bool verbose = false;
  app.add_flag("--verbose", verbose, "a line per directive whose units differ from the truth");
  CLI11_PARSE(app, argc, argv);
  try {
    using namespace vanban;
    using namespace vanban::bench;
    const auto graph = graph::load_graph(db);
    auto t0 = Clock::now();
    const auto units = graph::load_units(db, graph);
    const double units_ms = ms_since(t0);
    graph::StoredDocuments stored(db);
    graph::DocumentFetch fetch = [&](const std::string& id) { return stored(id); };
    std::unordered_map<std::string, std::string> id_of; // archive path → id
    for (const auto& n : graph.nodes())
      if (!n.external && n.path) id_of.emplace(*n.path, n.id);

    const auto truth = nlohmann::json::parse(slurp(truth_path));
    using Triple = std::tuple<std::string, std::size_t, std::string>; // directive, unit, status
    std::set<Triple> expected, found;
    std::vector<double> ms;
    std::size_t directives = 0, missing = 0, units_listed = 0;
    for (const auto& d : truth.at("documents")) {
      if (!d.contains("follow_up")) continue;
      auto root = id_of.find(prefix + d.at("path").get<std::string>());
      if (root == id_of.end()) {
        ++missing;
        continue;
      }
      ++directives;
      for (const auto& s : d.at("follow_up").at("sent")) {
        auto doc = id_of.find(prefix + s.at("doc").get<std::string>());
        auto unit = doc == id_of.end() ? std::nullopt : units.unit_of(doc->second);
        // An office whose document vanban could not place is still expected: a miss.
        expected.insert({root->second, unit ? *unit : static_cast<std::size_t>(-1),
                         s.at("status").get<std::string>()});
      }
      auto t1 = Clock::now();
      auto f = graph::follow_up(graph, units, root->second, fetch, as_of);
      ms.push_back(ms_since(t1));
      units_listed += f.units.size();
      // Only the units read from the entry the truth labels: the generator writes other
      // entries (Kính gửi of a Tờ trình, "UBND các huyện") whose answers it does not record.
      std::string entry = d.at("follow_up").at("entry");
      if (auto at = entry.find(" (để"); at != std::string::npos) entry.resize(at);
      std::set<std::string> named; // the units the entry was read as, wherever listed first
      for (const auto& r : f.recipients)
        if (r.name == entry) named.insert(r.units.begin(), r.units.end());
      std::erase_if(f.units, [&](const auto& u) { return !named.count(u.name); });
      std::size_t right = 0;
      for (const auto& u : f.units) {
        found.insert({root->second, u.unit, u.status});
        right += expected.count({root->second, u.unit, u.status});
      }
      if (verbose && (right != f.units.size() || right != d.at("follow_up").at("sent").size())) {
        std::printf(
            "%s (%s): %zu expected, %zu found, %zu right:", d.at("path").get<std::string>().c_str(),
            d.at("follow_up").at("entry").get<std::string>().c_str(),
            d.at("follow_up").at("sent").size(), f.units.size(), right);
        for (const auto& u : f.units) std::printf(" [%s %s]", u.name.c_str(), u.status.c_str());
        std::printf("\n");
      }
    }
    std::size_t correct = 0;
    for (const auto& t : found) correct += expected.count(t);
    const double precision = found.empty() ? 1.0 : double(correct) / double(found.size());
    const double recall = expected.empty() ? 1.0 : double(correct) / double(expected.size());
    const double p50 = ms.empty() ? 0 : percentile(ms, 0.50);
    const double p99 = ms.empty() ? 0 : percentile(ms, 0.99);
    std::printf("units: %zu, read in %.0f ms\n", units.size(), units_ms);
    std::printf("follow-up of %zu directives: p50 %.3f ms, p99 %.3f ms; %zu units listed\n",
                directives, p50, p99, units_listed);
    std::printf("(directive, unit, status): %zu of %zu found correct, %zu expected\n", correct,
                found.size(), expected.size());
    print_json_line({{"follow_up_directives", directives},
                     {"follow_up_missing_docs", missing},
                     {"follow_up_units_load_ms", rounded(units_ms, 1)},
                     {"follow_up_p50_ms", rounded(p50, 4)},
                     {"follow_up_p99_ms", rounded(p99, 4)},
                     {"follow_up_expected", expected.size()},
                     {"follow_up_found", found.size()},
                     {"follow_up_correct", correct},
                     {"follow_up_precision", rounded(precision, 4)},
                     {"follow_up_recall", rounded(recall, 4)}});
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanban_bench_follow_up: %s\n", e.what());
    return 2;
  }
  return 0;
}
