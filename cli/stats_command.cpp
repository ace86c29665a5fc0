// `vanban stats`: what an archive holds, as text or JSON.
#include "commands.hpp"
#include "json_output.hpp"
#include "lang_option.hpp"
#include "stats_verify.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/search_json.hpp"
#include "vanban/stats.hpp"
#include "vanban/text/messages.hpp"
#include "vanban/text/utf8.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

namespace vanban::cli {
namespace {

struct StatsCommandOptions {
  std::string db, lang = "vi";
  bool json = false;
  bool verify = false;
};

/// `name` padded to `width` characters: printf pads bytes, and Vietnamese letters take two or
/// three.
std::string pad(const std::string& name, std::size_t width) {
  const std::size_t chars = utf8::code_points(name);
  return name + std::string(width > chars ? width - chars : 0, ' ');
}

void print_counts(const std::string& title,
                  const std::vector<std::pair<std::string, std::size_t>>& counts) {
  std::printf("%s\n", title.c_str());
  for (const auto& [name, n] : counts) std::printf("  %s %6zu\n", pad(name, 16).c_str(), n);
}

int run_stats(const StatsCommandOptions& o) {
  if (o.verify) return run_stats_verify(o.db, o.json, lang_from(o.lang));
  ArchiveStats s;
  try {
    s = archive_stats(o.db);
  } catch (const ArchiveError& e) {
    std::cerr << "vanban stats: " << e.what() << "\n";
    return kInputError;
  }
  if (o.json) {
    std::cout << json_text(stats_json(s)) << "\n";
    return kOk;
  }
  const text::Lang lang = lang_from(o.lang);
  // Labels padded to one column: printf pads bytes, and Vietnamese letters take two or three.
  std::printf("%s%zu\n", pad(text::message("cli.stats.documents", lang), 11).c_str(), s.documents);
  std::printf("%s%zu\n", pad(text::message("cli.stats.terms", lang), 11).c_str(), s.terms);
  std::printf("%s%.1f MB\n", pad(text::message("cli.stats.size", lang), 11).c_str(), s.bytes / 1e6);
  print_counts(text::message("cli.stats.by_type", lang), s.by_type);
  print_counts(text::message("cli.stats.by_year", lang), s.by_year);
  if (s.undated)
    std::printf("  %s %6zu\n", pad(text::message("cli.stats.undated", lang), 16).c_str(),
                s.undated);
  return kOk;
}

} // namespace

Runner add_stats(CLI::App& app) {
  auto opts = std::make_shared<StatsCommandOptions>();
  auto* cmd = app.add_subcommand("stats", "Show what an archive holds");
  cmd->add_option("--db", opts->db, "Archive directory")->required();
  cmd->add_flag("--json", opts->json, "Print one JSON object");
  add_lang_option(cmd, opts->lang, "Label language");
  cmd->add_flag("--verify", opts->verify,
                "Check every database (Xapian's check) and the stored graph's checksum instead; "
                "exit 2 naming a damaged part");
  return [opts] { return run_stats(*opts); };
}

} // namespace vanban::cli
