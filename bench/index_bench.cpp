// Index and search speed on the corpus scaled to ≥ 10,000 documents: documents/s and peak RSS of
// indexing, then p50 / p99 latency of the relevance queries and more (snippets included).
//   vanban_bench_index [corpus-dir] [copies] [jobs]
//   vanban_bench_index --search DB      (the search half only, on an existing archive)
#include "vanban/archive.hpp"
#include "vanban/inputs.hpp"
#include "vanban/query.hpp"

#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// CPU time of this thread: on a shared machine, wall time also counts other processes' turns.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

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

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
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
  for (const auto& q : queries) searcher.search(q, options); // warm the page cache
  std::vector<double> ms, cpu;
  std::pair<double, std::string> slowest{0, ""};
  constexpr int kRounds = 5;
  for (int r = 0; r < kRounds; ++r)
    for (const auto& q : queries) {
      auto s = Clock::now();
      double c = thread_cpu_ms();
      searcher.search(q, options);
      cpu.push_back(thread_cpu_ms() - c);
      ms.push_back(seconds_since(s) * 1000);
      slowest = std::max(slowest, {ms.back(), q});
    }
  std::printf("search: %zu queries x %d rounds, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
              queries.size(), kRounds, percentile(ms, 0.50), percentile(ms, 0.99),
              *std::max_element(ms.begin(), ms.end()));
  std::printf("search CPU time: p50 %.2f ms, p99 %.2f ms\n", percentile(cpu, 0.50),
              percentile(cpu, 0.99));
  std::printf("slowest: %.2f ms for \"%s\"\n", slowest.first, slowest.second.c_str());
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

  auto t0 = Clock::now();
  auto report = vanban::index_documents((tmp / "db").string(), {(tmp / "docs").string()}, {jobs});
  double index_secs = seconds_since(t0);
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "index: %zu documents (%zu added, %zu failed) in %.2f s = %.0f docs/s, peak RSS %.0f MB\n", n,
      report.added, report.failed, index_secs, report.added / index_secs, usage.ru_maxrss / 1024.0);

  t0 = Clock::now();
  auto again = vanban::index_documents((tmp / "db").string(), {(tmp / "docs").string()}, {jobs});
  std::printf("re-index, nothing changed: %zu unchanged in %.2f s\n", again.unchanged,
              seconds_since(t0));

  bench_search((tmp / "db").string());
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS overall %.0f MB\n", usage.ru_maxrss / 1024.0);
  std::error_code ec;
  fs::remove_all(tmp, ec);
}
