// `vanban search`: ranked hits as readable text (matches in bold on a terminal) or JSON.
#include "commands.hpp"
#include "json_output.hpp"
#include "lang_option.hpp"
#include "search_text.hpp"

#include "vanban/query.hpp"
#include "vanban/search_json.hpp"

#include <charconv>
#include <iostream>
#include <memory>
#include <optional>
#include <unistd.h>

namespace vanban::cli {
namespace {

/// Hits on one page: more than anyone reads, few enough that one search stays cheap.
constexpr long long kMaxLimit = 10000;
/// Deep paging ranks every earlier hit again: beyond this nobody is reading.
constexpr long long kMaxOffset = 100000;

struct SearchCommandOptions {
  std::string db;
  bool json = false;
  std::string limit = "10", offset = "0"; ///< checked here: CLI11 would wrap "-1" to 2^64 − 1
  std::string sort = "relevance";
  std::string lang = "vi";
  std::vector<std::string> words;
};

std::string join(const std::vector<std::string>& words) {
  std::string q;
  for (const auto& w : words) q += (q.empty() ? "" : " ") + w;
  return q;
}

/// `text` as a whole decimal number in [min, max], or nothing (a sign, "10x", "1e3" and overflow
/// included).
std::optional<std::size_t> count_in(const std::string& text, long long min, long long max) {
  long long n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < min || n > max)
    return std::nullopt;
  return static_cast<std::size_t>(n);
}

/// Prints why `option`'s value is refused, in the user's language.
void bad_count(const std::string& option, const std::string& value, long long min, long long max,
               bool en) {
  std::string range = std::to_string(min) + (en ? " to " : " đến ") + std::to_string(max);
  std::cerr << "vanban search: "
            << (en ? option + " must be a whole number from " + range + ", not '" + value + "'"
                   : option + " phải là số nguyên từ " + range + ", không phải '" + value + "'")
            << "\n";
}

int run_search(const SearchCommandOptions& o) {
  const bool en = o.lang == "en";
  auto limit = count_in(o.limit, 1, kMaxLimit);
  if (!limit) return bad_count("--limit", o.limit, 1, kMaxLimit, en), kUsage;
  auto offset = count_in(o.offset, 0, kMaxOffset);
  if (!offset) return bad_count("--offset", o.offset, 0, kMaxOffset, en), kUsage;

  bool tty = isatty(STDOUT_FILENO);
  SearchOptions options;
  options.limit = *limit;
  options.offset = *offset;
  options.sort = o.sort == "date" ? SortOrder::Date : SortOrder::Relevance;
  if (tty && !o.json) options.mark_begin = "\033[1m", options.mark_end = "\033[0m";
  SearchResults r;
  try {
    Searcher searcher(o.db);
    r = searcher.search(join(o.words), options);
  } catch (const QueryError& e) { // the user's to fix: say which part
    std::cerr << "vanban search: " << e.message(en)
              << (e.part().empty() ? "" : (en ? " (in " : " (ở ") + e.part() + ")") << "\n";
    return kInputError;
  } catch (const std::exception& e) { // ArchiveError
    std::cerr << "vanban search: " << e.what() << "\n";
    return kInputError;
  }
  if (o.json)
    std::cout << json_text(search_json(r)) << "\n";
  else
    print_search_text(std::cout, r, {en, tty, options.offset});
  return r.hits.empty() ? kFindings : kOk;
}

} // namespace

Runner add_search(CLI::App& app) {
  auto opts = std::make_shared<SearchCommandOptions>();
  auto* cmd = app.add_subcommand("search", "Search an archive");
  cmd->add_option("--db", opts->db, "Archive directory")->required();
  cmd->add_flag("--json", opts->json, "Print the results as one JSON object");
  cmd->add_option("--limit,-n", opts->limit,
                  "Hits to show, 1 to " + std::to_string(kMaxLimit) + " (default 10)");
  cmd->add_option("--offset", opts->offset,
                  "Hits to skip, 0 to " + std::to_string(kMaxOffset) + " (default 0)");
  cmd->add_option("--sort", opts->sort, "relevance (default) or date (newest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  add_lang_option(cmd, opts->lang, "Message language");
  cmd->add_option(
         "QUERY", opts->words,
         "Words, numbers (59/KH-LĐLĐ), \"phrases\" and filters: type: number: issuer: signer: "
         "recipient: year: cites: date:FROM..TO")
      ->required();
  return [opts] { return run_search(*opts); };
}

} // namespace vanban::cli
