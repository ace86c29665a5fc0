// Compile throughput: the documents of a directory compiled (with JSON output) on one thread and
// on all cores, against cmark-gfm alone parsing and rendering the same bytes.
//   vanban_bench_compile [dir] [min-megabytes]
// The files are repeated until they make at least min-megabytes (default 50, so the small sample
// corpus is timed long enough); 0 compiles every file exactly once (bench/run on a generated
// corpus). The last output line is JSON.
#include "bench_common.hpp"
#include "vanban/compile.hpp"
#include "vanban/inputs.hpp"
#include "vanban/model_json.hpp"
#include "vanban/parallel.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using vanban::bench::Clock;
using vanban::bench::seconds_since;

/// Seconds for cmark-gfm to parse (with the table extension vanban uses) and render every text.
double cmark_seconds(const std::vector<const std::string*>& work) {
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
  return seconds_since(t0);
}

/// Seconds to compile every text to the model and its JSON on `jobs` threads; `out_bytes` gets the
/// JSON size (written, so the output cannot be optimised away).
double compile_seconds(const std::vector<const std::string*>& work, unsigned jobs,
                       std::size_t& out_bytes) {
  out_bytes = 0;
  auto t0 = Clock::now();
  vanban::for_each_ordered(
      work.size(), jobs,
      [&](std::size_t i) {
        auto r = vanban::compile_bytes(*work[i], "bench.md");
        const auto* doc = std::get_if<vanban::Document>(&r);
        return doc ? vanban::dump_json(*doc) : std::string();
      },
      [&](std::size_t, std::string json) { out_bytes += json.size(); });
  return seconds_since(t0);
}

} // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "corpus";
  const double min_mb = argc > 2 ? std::atof(argv[2]) : 50.0;
  std::vector<vanban::InputError> errors;
  std::vector<std::string> docs;
  for (const auto& f : vanban::expand_inputs({dir}, errors))
    docs.push_back(vanban::bench::slurp(f));
  if (docs.empty()) {
    std::fprintf(stderr, "no documents under %s\n", dir.c_str());
    return 2;
  }
  std::vector<const std::string*> work;
  std::size_t bytes = 0;
  do {
    for (const auto& d : docs) {
      work.push_back(&d);
      bytes += d.size();
    }
  } while (static_cast<double>(bytes) < min_mb * 1024 * 1024);
  const double mb = static_cast<double>(bytes) / (1024 * 1024);

  const double cmark_s = cmark_seconds(work);
  std::size_t one_out = 0, all_out = 0;
  const double one_s = compile_seconds(work, 1, one_out);
  const unsigned all = vanban::resolve_jobs(0);
  const double all_s = compile_seconds(work, all, all_out);

  std::printf("documents          %zu (%zu distinct)\n", work.size(), docs.size());
  std::printf("input              %.1f MB\n", mb);
  std::printf("cmark-gfm alone    %.1f MB/s (parse + render HTML, 1 thread)\n", mb / cmark_s);
  std::printf("compile, 1 thread  %.1f MB/s (model + JSON, %.1f MB of JSON)\n", mb / one_s,
              static_cast<double>(one_out) / (1024 * 1024));
  std::printf("compile, %u threads %.1f MB/s\n", all, mb / all_s);
  using vanban::bench::rounded;
  vanban::bench::print_json_line({{"compile_docs", work.size()},
                                  {"bytes", bytes},
                                  {"threads", all},
                                  {"cmark_mb_s", rounded(mb / cmark_s, 2)},
                                  {"compile_mb_s_1t", rounded(mb / one_s, 2)},
                                  {"compile_mb_s", rounded(mb / all_s, 2)}});
  return 0;
}
