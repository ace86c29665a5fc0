// Compile throughput: the corpus repeated to at least 50 MB, compiled (with JSON output) on one
// thread and on all cores, against cmark-gfm parsing and rendering the same bytes.
//   vanban_bench_compile [corpus-dir] [min-megabytes]
#include "vanban/compile.hpp"
#include "vanban/inputs.hpp"
#include "vanban/model_json.hpp"
#include "vanban/parallel.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "corpus";
  const double min_mb = argc > 2 ? std::atof(argv[2]) : 50.0;
  std::vector<vanban::InputError> errors;
  auto files = vanban::expand_inputs({dir}, errors);
  std::vector<std::string> docs;
  for (const auto& f : files) docs.push_back(slurp(f));
  if (docs.empty()) {
    std::fprintf(stderr, "no documents under %s\n", dir.c_str());
    return 2;
  }
  std::vector<const std::string*> work;
  std::size_t bytes = 0;
  while (bytes < static_cast<std::size_t>(min_mb * 1024 * 1024))
    for (const auto& d : docs) {
      work.push_back(&d);
      bytes += d.size();
    }
  const double mb = static_cast<double>(bytes) / (1024 * 1024);

  auto run = [&](unsigned jobs) {
    std::size_t out_bytes = 0;
    auto t0 = Clock::now();
    vanban::for_each_ordered(
        work.size(), jobs,
        [&](std::size_t i) {
          auto r = vanban::compile_bytes(*work[i], "bench.md");
          return vanban::dump_json(std::get<vanban::Document>(r));
        },
        [&](std::size_t, std::string json) { out_bytes += json.size(); });
    double s = seconds_since(t0);
    return std::make_pair(s, out_bytes);
  };

  cmark_gfm_core_extensions_ensure_registered();
  auto t0 = Clock::now();
  for (const auto* d : work) {
    cmark_parser* p = cmark_parser_new(CMARK_OPT_DEFAULT);
    cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("table"));
    cmark_parser_feed(p, d->data(), d->size());
    cmark_node* doc = cmark_parser_finish(p);
    char* html = cmark_render_html(doc, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(p));
    free(html);
    cmark_node_free(doc);
    cmark_parser_free(p);
  }
  const double cmark_s = seconds_since(t0);

  auto [one_s, one_out] = run(1);
  const unsigned all = vanban::resolve_jobs(0);
  auto [all_s, all_out] = run(all);
  std::printf("documents          %zu (%zu distinct)\n", work.size(), docs.size());
  std::printf("input              %.1f MB\n", mb);
  std::printf("cmark-gfm alone    %.1f MB/s (parse + render HTML, 1 thread)\n", mb / cmark_s);
  std::printf("compile, 1 thread  %.1f MB/s (model + JSON, %.1f MB of JSON)\n", mb / one_s,
              static_cast<double>(one_out) / (1024 * 1024));
  std::printf("compile, %u threads %.1f MB/s\n", all, mb / all_s);
  std::printf("{\"docs\":%zu,\"bytes\":%zu,\"cmark_mb_s\":%.2f,\"compile_mb_s_1t\":%.2f,\"compile_"
              "mb_s\":%.2f}\n",
              work.size(), bytes, mb / cmark_s, mb / one_s, mb / all_s);
  (void)all_out;
  return 0;
}
