// The citation graph of an indexed archive: how long the stored graph takes to load, depth-3
// trace latency down from every chain root, and resolution precision/recall against truth.json.
//   vanban_bench_graph --db DB --truth FILE [--prefix corpus/] [--rounds 3]
// The last output line is JSON.
#include "bench_common.hpp"
#include "resolution_score.hpp"
#include "trace_timing.hpp"
#include "vanban/archive_graph.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace {

/// Chain roots: archive documents that others cite but that cite nothing inside the archive; a
/// trace down from one walks a whole chain (a central plan down to the grassroots reports).
std::vector<std::string> chain_roots(const vanban::graph::CitationGraph& graph) {
  std::vector<std::string> roots;
  for (const auto& n : graph.nodes()) {
    if (n.external || graph.incoming(n.id).empty()) continue;
    bool cites_inside = false;
    for (std::size_t e : graph.outgoing(n.id)) {
      const auto* target = graph.node(graph.edges()[e].to);
      cites_inside |= target && !target->external;
    }
    if (!cites_inside) roots.push_back(n.id);
  }
  return roots;
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"vanban_bench_graph — trace latency and resolution precision/recall"};
  std::string db, truth_path, prefix = "corpus/";
  int rounds = 3;
  app.add_option("--db", db, "the archive (vanban index --db)")->required();
  app.add_option("--truth", truth_path, "truth.json written by vanban-gen")->required();
  app.add_option("--prefix", prefix, "archive path of the corpus directory, with a final /");
  app.add_option("--rounds", rounds, "traces from every root, this many times");
  CLI11_PARSE(app, argc, argv);
  try {
    using namespace vanban::bench;
    auto t0 = Clock::now();
    const auto graph = vanban::graph::load_graph(db);
    const double load_ms = ms_since(t0);
    const auto roots = chain_roots(graph);
    const auto traced = time_traces(graph, roots, 3, rounds);
    const auto truth = nlohmann::json::parse(slurp(truth_path));
    const auto score = score_resolution(graph, truth, prefix);
    std::printf("graph: %zu nodes, %zu edges, loaded in %.0f ms\n", graph.nodes().size(),
                graph.edges().size(), load_ms);
    std::printf("depth-3 traces from %zu chain roots: p50 %.4f ms, p99 %.4f ms (%.1f nodes)\n",
                roots.size(), percentile(traced.ms, 0.50), percentile(traced.ms, 0.99),
                traced.nodes_per_trace);
    std::printf("resolution: %zu of %zu resolved correct, %zu of %zu truth targets found, %zu "
                "ambiguous, %zu truth documents not in the archive\n",
                score.correct, score.resolved, score.correct, score.truth_targets, score.ambiguous,
                score.missing);
    print_json_line({{"graph_load_ms", rounded(load_ms, 1)},
                     {"trace_roots", roots.size()},
                     {"trace_p50_ms", rounded(percentile(traced.ms, 0.50), 4)},
                     {"trace_p99_ms", rounded(percentile(traced.ms, 0.99), 4)},
                     {"trace_nodes_mean", rounded(traced.nodes_per_trace, 1)},
                     {"resolve_references", score.references},
                     {"resolve_truth_targets", score.truth_targets},
                     {"resolve_resolved", score.resolved},
                     {"resolve_correct", score.correct},
                     {"resolve_ambiguous", score.ambiguous},
                     {"resolve_missing_docs", score.missing},
                     {"resolve_precision", rounded(score.precision, 4)},
                     {"resolve_recall", rounded(score.recall, 4)}});
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanban_bench_graph: %s\n", e.what());
    return 2;
  }
  return 0;
}
