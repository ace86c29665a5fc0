// Index and search speed on the corpus scaled to ≥ 10,000 documents: documents/s and peak RSS of
// indexing, then p50 / p99 latency of the relevance queries and more (snippets included).
//   vanban_bench_index [corpus-dir] [copies] [jobs]
//   vanban_bench_index --search DB      (the search half only, on an existing archive)
#include "bench_common.hpp"
#include "search_timing.hpp"
#include "vanban/archive.hpp"
#include "vanban/inputs.hpp"
#include "vanban/query.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using vanban::bench::Clock;
using vanban::bench::seconds_since;

/// Queries beyond the relevance set, so that at least 50 distinct queries are timed.
const char* kExtraQueries[] = {
    "kế hoạch",          "báo cáo kết quả",
    "công đoàn cơ sở",   "thang cong nhan",
    "người lao động",    "doanh nghiệp",
    "chăm lo Tết",       "tháng hành động",
    "type:KH year:2024", "date:2024-01-01..2024-06-30 công nhân",
    "cites:37/KH-LĐLĐ",  "02-NQ/TW",
    "ban chấp hành",     "đoàn viên khó khăn",
    "xyzzy không có",    "quyết định ban hành quy chế",
};

/// Copies every *.md of `corpus` `copies` times below `out` (c1/…, c2/…): distinct paths, same
/// text.
std::size_t scale_corpus(const std::string& corpus, const fs::path& out, int copies) {
  std::vector<vanban::InputError> errors;
  auto files = vanban::expand_inputs({corpus}, errors);
  for (int c = 1; c <= copies; ++c) {
    fs::path dir = out / ("c" + std::to_string(c));
    fs::create_directories(dir);
    for (std::size_t i = 0; i < files.size(); ++i)
      fs::copy_file(files[i],
                    dir / (std::to_string(i) + "_" + fs::path(files[i]).filename().string()));
  }
  return files.size() * copies;
}

} // namespace

/// p50 / p99 of the relevance queries and kExtraQueries on the archive at `db`.
void bench_search(const std::string& db) {
  std::vector<std::string> queries;
  std::ifstream rel(std::string(VANBAN_SOURCE_DIR) + "/tests/data/relevance.json");
  if (rel) {
    auto set = nlohmann::json::parse(rel); // named: a range-for over a temporary's member dangles
    for (const auto& q : set.at("queries")) queries.push_back(q.at("query"));
  }
  for (const char* q : kExtraQueries) queries.push_back(q);

  vanban::Searcher searcher(db);
  vanban::SearchOptions options; // 10 hits with snippets, as the CLI shows them
  const auto t = vanban::bench::time_queries(
      queries, 5, [&](const std::string& q) { return searcher.search(q, options).total; });
  std::printf("search: %zu queries x %zu rounds, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
              t.queries, t.rounds, t.p50_ms, t.p99_ms, t.max_ms);
  std::printf("search CPU time: p50 %.2f ms, p99 %.2f ms\n", t.cpu_p50_ms, t.cpu_p99_ms);
  std::printf("slowest: %.2f ms for \"%s\"\n", t.max_ms, t.slowest.c_str());
}

int main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[1]) == "--search") {
    bench_search(argv[2]);
    return 0;
  }
  std::string corpus = argc > 1 ? argv[1] : "corpus";
  int copies = argc > 2 ? std::atoi(argv[2]) : 250;
  unsigned jobs = argc > 3 ? static_cast<unsigned>(std::atoi(argv[3])) : 0;
  fs::path tmp = fs::temp_directory_path() / ("vanban-bench-" + std::to_string(::getpid()));
  std::size_t n = scale_corpus(corpus, tmp / "docs", copies);

  vanban::IndexOptions options;
  options.jobs = jobs;
  auto t0 = Clock::now();
  auto report = vanban::index_documents((tmp / "db").string(), {(tmp / "docs").string()}, options);
  double index_secs = seconds_since(t0);
  std::printf(
      "index: %zu documents (%zu added, %zu failed) in %.2f s = %.0f docs/s, peak RSS %.0f MB\n", n,
      report.added, report.failed, index_secs, report.added / index_secs,
      vanban::bench::peak_rss_mb());

  t0 = Clock::now();
  auto again = vanban::index_documents((tmp / "db").string(), {(tmp / "docs").string()}, options);
  std::printf("re-index, nothing changed: %zu unchanged in %.2f s\n", again.unchanged,
              seconds_since(t0));

  bench_search((tmp / "db").string());
  std::printf("peak RSS overall %.0f MB\n", vanban::bench::peak_rss_mb());
  std::error_code ec;
  fs::remove_all(tmp, ec);
}
