// The relevance set (tests/data/relevance.json) over corpus/: recall@3 must be 1.0; MRR is printed.
#include "helpers.hpp"
#include "index_helpers.hpp"
#include "index_options.hpp"

#include "vanban/archive.hpp"
#include "vanban/query.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

TEST_CASE("search: relevance set over corpus/ (recall@3 = 1.0)") {
  vanban::test::TempDir t;
  const std::string corpus = vanban::test::source_dir() + "/corpus";
  auto report =
      vanban::index_documents(t.path("db"), {corpus}, vanban::test::index_options(0, 1000));
  REQUIRE(report.documents > 30);

  auto set = nlohmann::json::parse(
      vanban::test::read_file(vanban::test::source_dir() + "/tests/data/relevance.json"));
  vanban::Searcher searcher(t.path("db"));
  vanban::SearchOptions options;
  options.limit = 10;
  std::size_t found = 0, expected = 0;
  double reciprocal = 0;
  for (const auto& q : set.at("queries")) {
    std::string query = q.at("query");
    auto hits = searcher.search(query, options).hits;
    auto rank_of = [&](const std::string& rel) -> std::size_t {
      for (const auto& h : hits)
        if (h.path.size() >= rel.size() &&
            h.path.compare(h.path.size() - rel.size(), rel.size(), rel) == 0)
          return h.rank;
      return 0;
    };
    std::size_t best = 0;
    for (const auto& want : q.at("top3")) {
      std::string rel = "corpus/" + want.get<std::string>();
      std::size_t rank = rank_of(rel);
      ++expected;
      CHECK_MESSAGE((rank >= 1 && rank <= 3), query << ": " << rel << " ranked " << rank);
      if (rank >= 1 && rank <= 3) ++found;
      if (rank && (!best || rank < best)) best = rank;
    }
    reciprocal += best ? 1.0 / best : 0.0;
  }
  std::size_t n = set.at("queries").size();
  CHECK(n >= 30);
  std::printf("relevance: %zu queries, recall@3 %.3f, MRR %.3f\n", n, double(found) / expected,
              reciprocal / n);
  CHECK(found == expected);
}
