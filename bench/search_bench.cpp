// Warm search latency on an indexed archive, and the same text queries on omindex's database.
//   vanban_bench_search --db DB --queries bench/queries.json [--truth truth.json]
//                       [--omindex DB] [--rounds 5] [--per-query] [--dump FILE]
// The queries are the fixed lists of queries.json plus numbers taken from truth.json (every k-th
// document's own number, and cites: for every k-th resolved reference), so number queries hit
// whatever corpus the generator made. omindex gets the queries that are plain text (words,
// phrases, numbers), parsed by Xapian's QueryParser; its index knows no vanban fields.
// --dump writes every query's answers (a JSON line per query and way of asking), so a change meant
// to be faster can be shown to answer exactly as before: diff two dumps.
// The last output line is JSON.
#include "bench_common.hpp"
#include "search_timing.hpp"
#include "vanban/query.hpp"
#include "vanban/search_json.hpp"
#include "vanban/stats.hpp"

#include <CLI/CLI.hpp>
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

/// About `want` elements of `all`, evenly spaced, in order: the same picks for the same corpus.
std::vector<std::string> spread(const std::vector<std::string>& all, std::size_t want) {
  std::vector<std::string> out;
  const std::size_t step = all.size() > want ? all.size() / want : 1;
  for (std::size_t i = 0; i < all.size() && out.size() < want; i += step) out.push_back(all[i]);
  return out;
}

struct QuerySet {
  std::vector<std::string> text;   ///< plain-text queries: for vanban and omindex alike
  std::vector<std::string> fields; ///< vanban's filters (type:, year:, issuer:, cites: …)
};

QuerySet load_queries(const std::string& path, const std::string& truth_path) {
  QuerySet set;
  const json lists = json::parse(vanban::bench::slurp(path));
  for (const char* kind : {"words", "no_diacritics", "phrases", "numbers"})
    for (const auto& q : lists.at(kind)) set.text.push_back(q);
  for (const auto& q : lists.at("fields")) set.fields.push_back(q);
  if (truth_path.empty()) return set;
  const json truth = json::parse(vanban::bench::slurp(truth_path));
  std::vector<std::string> own, cited;
  for (const auto& d : truth.at("documents")) {
    if (d.at("number").is_string()) own.push_back(d.at("number"));
    for (const auto& r : d.at("references"))
      if (!r.at("target").is_null()) cited.push_back(r.at("number"));
  }
  for (const auto& n : spread(own, 10)) set.text.push_back(n);
  for (const auto& n : spread(cited, 5)) set.fields.push_back("cites:" + n);
  return set;
}

/// omindex's database searched as Omega would: every word required, phrases, no stemming (the
/// database was built with --stemmer=none), the top 10 with their stored data.
vanban::bench::Latency time_omindex(const std::string& db_dir,
                                    const std::vector<std::string>& queries, int rounds,
                                    Xapian::doccount& documents) {
  Xapian::Database db(db_dir);
  documents = db.get_doccount();
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_default_op(Xapian::Query::OP_AND);
  Xapian::Enquire enquire(db);
  std::size_t data_bytes = 0; // the hits' data is read, as a results page would
  auto t = vanban::bench::time_queries(queries, rounds, [&](const std::string& q) {
    enquire.set_query(parser.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT));
    Xapian::MSet hits = enquire.get_mset(0, 10);
    for (auto it = hits.begin(); it != hits.end(); ++it)
      data_bytes += it.get_document().get_data().size();
    return static_cast<std::size_t>(hits.size());
  });
  std::fprintf(stderr, "omindex: %zu bytes of hit data read\n", data_bytes);
  return t;
}

/// Which queries are slow: the median CPU time of each, slowest first.
void print_per_query(const std::vector<std::string>& queries, const std::vector<double>& cpu_ms) {
  std::vector<std::size_t> order(queries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return cpu_ms[a] > cpu_ms[b]; });
  for (std::size_t i : order) std::fprintf(stderr, "%8.3f ms  %s\n", cpu_ms[i], queries[i].c_str());
}

/// Each query's answers as the CLI and the web app ask: by relevance (the first page and the
/// second), by date, and with facets. Score, order, ids, totals, facets and snippets are all in
/// search_json.
void dump_answers(vanban::Searcher& searcher, const std::vector<std::string>& queries,
                  const std::string& path) {
  struct Way {
    const char* name;
    vanban::SearchOptions options;
  };
  std::vector<Way> ways(4);
  ways[0].name = "relevance";
  ways[1].name = "relevance, offset 10";
  ways[1].options.offset = 10;
  ways[2].name = "date";
  ways[2].options.sort = vanban::SortOrder::Date;
  ways[3].name = "facets";
  ways[3].options.facets = true;
  std::ofstream out(path);
  for (const auto& q : queries)
    for (const auto& way : ways) {
      nlohmann::ordered_json line = {{"way", way.name}};
      const vanban::SearchResults r = searcher.search(q, way.options);
      line["results"] = vanban::search_json(r);
      line["relaxed"] = r.relaxed;
      if (way.options.facets) line["facets"] = vanban::facets_json(r.facets);
      out << line.dump() << "\n";
    }
  if (!out) throw std::runtime_error("cannot write " + path);
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"vanban_bench_search — warm search latency, vanban and omindex"};
  std::string db, queries_path, truth_path, omindex_db;
  int rounds = 5;
  bool per_query = false;
  std::string dump;
  app.add_option("--db", db, "the archive (vanban index --db)")->required();
  app.add_option("--queries", queries_path, "the query lists (bench/queries.json)")->required();
  app.add_option("--truth", truth_path, "truth.json of the corpus: number queries taken from it");
  app.add_option("--omindex", omindex_db, "omindex's database of the same files");
  app.add_option("--rounds", rounds, "timed passes over the queries (after one untimed)");
  app.add_flag("--per-query", per_query,
               "also print each query's median CPU time (ms), slowest first, to stderr");
  app.add_option("--dump", dump,
                 "write every query's answers (relevance, second page, date, facets) to this "
                 "file, a JSON line each: diff two dumps to show a change answers the same");
  CLI11_PARSE(app, argc, argv);
  try {
    using namespace vanban::bench;
    const QuerySet set = load_queries(queries_path, truth_path);
    std::vector<std::string> all = set.text;
    all.insert(all.end(), set.fields.begin(), set.fields.end());

    vanban::Searcher searcher(db);
    if (!dump.empty()) dump_answers(searcher, all, dump);
    vanban::SearchOptions options; // 10 hits with snippets, as the CLI shows them
    const Latency v = time_queries(
        all, rounds, [&](const std::string& q) { return searcher.search(q, options).total; });
    nlohmann::ordered_json out = {{"indexed_docs", vanban::archive_stats(db).documents},
                                  {"search_queries", v.queries},
                                  {"search_rounds", v.rounds},
                                  {"search_no_hits", v.without_hits.size()},
                                  {"search_p50_ms", rounded(v.p50_ms)},
                                  {"search_p99_ms", rounded(v.p99_ms)},
                                  {"search_max_ms", rounded(v.max_ms)},
                                  {"search_slowest", v.slowest},
                                  {"search_cpu_p50_ms", rounded(v.cpu_p50_ms)},
                                  {"search_cpu_p99_ms", rounded(v.cpu_p99_ms)}};
    std::printf("vanban: %zu queries x %zu rounds, p50 %.2f ms, p99 %.2f ms, max %.2f ms (\"%s\"), "
                "%zu without hits\n",
                v.queries, v.rounds, v.p50_ms, v.p99_ms, v.max_ms, v.slowest.c_str(),
                v.without_hits.size());
    for (const auto& q : v.without_hits) std::printf("  no hits: %s\n", q.c_str());
    if (per_query) print_per_query(all, v.cpu_median_ms);
    // omindex is asked only the plain-text queries, the first of `all`: vanban's latency on
    // exactly those, from the same loop, is the one its figures compare with.
    std::vector<double> text_ms;
    for (std::size_t i = 0; i < set.text.size(); ++i)
      text_ms.insert(text_ms.end(), v.wall_ms_by_query[i].begin(), v.wall_ms_by_query[i].end());
    const double text_p50 = percentile(text_ms, 0.50), text_p99 = percentile(text_ms, 0.99);
    out["search_text_queries"] = set.text.size();
    out["search_text_p50_ms"] = rounded(text_p50);
    out["search_text_p99_ms"] = rounded(text_p99);
    std::printf("vanban, the %zu plain-text queries alone: p50 %.2f ms, p99 %.2f ms\n",
                set.text.size(), text_p50, text_p99);
    if (!omindex_db.empty()) {
      Xapian::doccount docs = 0;
      const Latency o = time_omindex(omindex_db, set.text, rounds, docs);
      out["omindex_docs"] = docs;
      out["omindex_queries"] = o.queries;
      out["omindex_no_hits"] = o.without_hits.size();
      out["omindex_search_p50_ms"] = rounded(o.p50_ms);
      out["omindex_search_p99_ms"] = rounded(o.p99_ms);
      std::printf(
          "omindex: %u documents, %zu queries, p50 %.2f ms, p99 %.2f ms, %zu without hits\n", docs,
          o.queries, o.p50_ms, o.p99_ms, o.without_hits.size());
      for (const auto& q : o.without_hits) std::printf("  no hits: %s\n", q.c_str());
      if (per_query) {
        std::fprintf(stderr, "omindex:\n");
        print_per_query(set.text, o.cpu_median_ms);
      }
    }
    print_json_line(out);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "vanban_bench_search: %s\n", e.get_description().c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vanban_bench_search: %s\n", e.what());
    return 2;
  }
  return 0;
}
