// Trace latency at archive scale: the corpus replicated to ≥ 10,000 documents (each copy with its
// own numbers, so chains stay separate), the graph built (resolution throughput), then depth-3
// traces down from every chain root, p50/p99.
//   vanban_bench_trace [corpus-dir] [min-documents]
#include "bench_common.hpp"
#include "trace_timing.hpp"
#include "vanban/citation_graph.hpp"
#include "vanban/compile.hpp"
#include "vanban/inputs.hpp"

#include <cstdio>
#include <cstdlib>
#include <sstream>

using vanban::bench::Clock;
using vanban::bench::ms_since;

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "corpus";
  const std::size_t min_docs = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 10000;
  std::vector<vanban::InputError> errors;
  std::vector<vanban::Document> base;
  for (const auto& f : vanban::expand_inputs({dir}, errors))
    if (auto r = vanban::compile_file(f); std::holds_alternative<vanban::Document>(r))
      base.push_back(std::get<vanban::Document>(r));
  if (base.empty()) return 2;

  std::vector<vanban::graph::Member> members;
  for (std::size_t copy = 0; members.size() < min_docs; ++copy) {
    const std::string tag = std::to_string(copy) + ":";
    for (const auto& d : base) {
      vanban::graph::Member m{tag + d.source.path, d};
      if (m.doc.number) m.doc.number->text = tag + m.doc.number->text;
      for (auto& r : m.doc.references) r.number = tag + r.number;
      members.push_back(std::move(m));
    }
  }
  std::size_t refs = 0;
  for (const auto& m : members) refs += m.doc.references.size();

  auto t0 = Clock::now();
  auto graph = vanban::graph::CitationGraph::build(members);
  const double build_ms = ms_since(t0);

  // What a CLI invocation pays first: reading the stored graph back.
  std::ostringstream buffer;
  graph.write(buffer);
  const std::string stored = buffer.str();
  t0 = Clock::now();
  auto reloaded = vanban::graph::CitationGraph::read(stored);
  const double load_ms = ms_since(t0);

  // Chain roots: archived documents that others implement but that implement nothing themselves.
  std::vector<std::string> roots;
  for (const auto& n : graph.nodes()) {
    if (n.external) continue;
    bool implemented = false, implements = false;
    for (auto e : graph.incoming(n.id))
      implemented |= graph.edges()[e].relation == vanban::Relation::Implements;
    for (auto e : graph.outgoing(n.id))
      implements |= graph.edges()[e].relation == vanban::Relation::Implements;
    if (implemented && !implements) roots.push_back(n.id);
  }
  const auto traced = vanban::bench::time_traces(graph, roots, 3, 3);
  const double p50 = vanban::bench::percentile(traced.ms, 0.50);
  const double p99 = vanban::bench::percentile(traced.ms, 0.99);
  std::printf("documents %zu, references %zu, graph built in %.0f ms (%.0f references/s)\n",
              members.size(), refs, build_ms, static_cast<double>(refs) / (build_ms / 1000));
  std::printf("stored graph %.1f MB, loaded in %.0f ms\n",
              static_cast<double>(stored.size()) / (1024 * 1024), load_ms);
  std::printf(
      "depth-3 traces from %zu chain roots: p50 %.3f ms, p99 %.3f ms (%.1f nodes per trace)\n",
      roots.size(), p50, p99, traced.nodes_per_trace);
  std::printf("{\"docs\":%zu,\"graph_build_ms\":%.1f,\"graph_load_ms\":%.1f,\"trace_p50_ms\":%.4f,"
              "\"trace_p99_ms\":%.4f}\n",
              members.size(), build_ms, load_ms, p50, p99);
  return reloaded && reloaded->nodes().size() == graph.nodes().size() ? 0 : 1;
}
