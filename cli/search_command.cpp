// `vanban search`: ranked hits as readable text (matches in bold on a terminal) or JSON.
#include "commands.hpp"

#include "vanban/query.hpp"
#include "vanban/search_json.hpp"

#include <iostream>
#include <memory>
#include <unistd.h>

namespace vanban::cli {
namespace {

struct SearchCommandOptions {
  std::string db;
  bool json = false;
  std::size_t limit = 10, offset = 0;
  std::string sort = "relevance";
  std::vector<std::string> words;
};

std::string join(const std::vector<std::string>& words) {
  std::string q;
  for (const auto& w : words) q += (q.empty() ? "" : " ") + w;
  return q;
}

void print_json(const SearchResults& r) {
  std::cout << search_json(r).dump() << "\n";
}

void print_text(const SearchResults& r, bool tty) {
  const char* bold = tty ? "\033[1m" : "";
  const char* plain = tty ? "\033[0m" : "";
  for (const auto& h : r.hits) {
    std::cout << bold << h.rank << ". " << (h.number.empty() ? "(no number)" : h.number) << plain;
    if (!h.date.empty()) std::cout << "  " << h.date;
    if (!h.type.empty()) std::cout << "  " << h.type;
    std::cout << "\n";
    if (!h.subject.empty()) std::cout << "   " << h.subject << "\n";
    std::cout << "   " << h.path << "\n";
    if (!h.snippet.empty()) std::cout << "   " << h.snippet << "\n";
    std::cout << "\n";
  }
  std::cout << r.hits.size() << " of " << r.total << " documents";
  if (r.relaxed) std::cout << " (none has every word: ranked by the words they have)";
  std::cout << "\n";
}

int run_search(const SearchCommandOptions& o) {
  bool tty = isatty(STDOUT_FILENO);
  SearchOptions options;
  options.limit = o.limit;
  options.offset = o.offset;
  options.sort = o.sort == "date" ? SortOrder::Date : SortOrder::Relevance;
  if (tty && !o.json) options.mark_begin = "\033[1m", options.mark_end = "\033[0m";
  SearchResults r;
  try {
    Searcher searcher(o.db);
    r = searcher.search(join(o.words), options);
  } catch (const std::exception& e) { // ArchiveError, or a malformed query
    std::cerr << "vanban search: " << e.what() << "\n";
    return kInputError;
  }
  if (o.json)
    print_json(r);
  else
    print_text(r, tty);
  return r.hits.empty() ? kFindings : kOk;
}

} // namespace

Runner add_search(CLI::App& app) {
  auto opts = std::make_shared<SearchCommandOptions>();
  auto* cmd = app.add_subcommand("search", "Search an archive");
  cmd->add_option("--db", opts->db, "Archive directory")->required();
  cmd->add_flag("--json", opts->json, "Print the results as one JSON object");
  cmd->add_option("--limit,-n", opts->limit, "Hits to show (default 10)");
  cmd->add_option("--offset", opts->offset, "Hits to skip (default 0)");
  cmd->add_option("--sort", opts->sort, "relevance (default) or date (newest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  cmd->add_option(
         "QUERY", opts->words,
         "Words, numbers (59/KH-LĐLĐ), \"phrases\" and filters: type: number: issuer: signer: "
         "recipient: year: cites: date:FROM..TO")
      ->required();
  return [opts] { return run_search(*opts); };
}

} // namespace vanban::cli
