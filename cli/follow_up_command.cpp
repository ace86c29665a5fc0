// `vanban follow-up`: who was sent a document, who implemented it, who reported, which tasks are
// late.
#include "archive_warnings.hpp"
#include "commands.hpp"
#include "graph_ref.hpp"
#include "json_output.hpp"
#include "lang_option.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/archive_graph.hpp"
#include "vanban/follow_up.hpp"
#include "vanban/follow_up_archive.hpp"
#include "vanban/follow_up_print.hpp"

#include <iostream>
#include <memory>

namespace vanban::cli {
namespace {

struct FollowUpOptions {
  std::string db, ref, as_of, format = "table", lang = "vi";
};

int run_follow_up(const FollowUpOptions& o) {
  try {
    const graph::CitationGraph g = graph::load_graph(o.db);
    warn_damaged_records(g, lang_from(o.lang));
    std::string root;
    if (int rc = find_root(g, o.ref, root, lang_from(o.lang))) return rc;
    const graph::UnitDirectory units = graph::load_units(o.db, g);
    graph::StoredDocuments stored(o.db);
    graph::DocumentFetch fetch = [&](const std::string& id) { return stored(id); };
    const auto f =
        graph::follow_up(g, units, root, fetch, o.as_of.empty() ? graph::today_iso() : o.as_of);
    if (o.format == "json")
      std::cout << json_text(graph::follow_up_json(g, f), 2) << "\n";
    else if (o.format == "csv")
      graph::print_follow_up_csv(std::cout, f);
    else
      graph::print_follow_up_table(std::cout, g, f, o.lang == "en");
    return kOk;
  } catch (const ArchiveError& e) {
    std::cerr << "vanban: " << e.what() << "\n";
    return kInputError;
  }
}

} // namespace

std::string check_iso_date(const std::string& value) {
  if (graph::days_between(value, value)) return {};
  return "not a date YYYY-MM-DD: " + value;
}

Runner add_follow_up(CLI::App& app) {
  auto o = std::make_shared<FollowUpOptions>();
  auto* cmd = app.add_subcommand(
      "follow-up", "Who was sent REF, who implemented it, who reported, which tasks are late");
  cmd->add_option("--db", o->db, "Archive directory")->required();
  cmd->add_option("--as-of", o->as_of, "Date the deadlines are judged on (default: today)")
      ->check(check_iso_date);
  cmd->add_option("--format", o->format, "Output: table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  add_lang_option(cmd, o->lang, "Table language");
  cmd->add_option("REF", o->ref,
                  "A number (37/KH-LĐLĐ), NUMBER@DATE (37/KH-LĐLĐ@2024-02-23), a path or an id")
      ->required();
  return [o] { return run_follow_up(*o); };
}

} // namespace vanban::cli
