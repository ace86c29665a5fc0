// `vanban trace`, `refs`, `cited-by` and `graph`: the citation graph of an indexed archive.
#include "archive_warnings.hpp"
#include "commands.hpp"
#include "graph_ref.hpp"
#include "json_output.hpp"
#include "lang_option.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/archive_graph.hpp"
#include "vanban/graph_report.hpp"
#include "vanban/trace.hpp"

#include <iostream>
#include <memory>
#include <sstream>

namespace vanban::cli {
namespace {

struct TraceOptions {
  std::string db, format = "tree", ref, relations, lang = "vi";
  bool down = false, up = false, json = false;
  int depth = -1;
};

/// Loads the graph, mapping archive errors to exit 2 with a plain message.
template <typename Fn> int with_graph(const std::string& db, text::Lang lang, Fn fn) {
  try {
    const graph::CitationGraph g = graph::load_graph(db);
    warn_damaged_records(g, lang);
    return fn(g);
  } catch (const ArchiveError& e) {
    std::cerr << "vanban: " << e.what() << "\n";
    return kInputError;
  }
}

std::set<std::string> split_relations(const std::string& list) {
  std::set<std::string> out;
  std::stringstream ss(list);
  for (std::string item; std::getline(ss, item, ',');)
    if (!item.empty()) out.insert(item);
  return out;
}

/// The relations of a --relation list (its names were checked when the option was read).
std::set<Relation> relations_of(const std::string& list) {
  std::set<Relation> out;
  for (const auto& name : split_relations(list))
    if (auto r = parse_relation(name)) out.insert(*r);
  return out;
}

int run_trace(const TraceOptions& o) {
  const text::Lang lang = lang_from(o.lang);
  return with_graph(o.db, lang, [&](const graph::CitationGraph& g) -> int {
    std::string root;
    if (int rc = find_root(g, o.ref, root, lang)) return rc;
    graph::TraceOptions t;
    t.direction = o.up ? graph::Direction::Up : graph::Direction::Down;
    t.depth = o.depth;
    t.relations = relations_of(o.relations);
    auto result = graph::trace(g, root, t);
    if (o.format == "json")
      std::cout << json_text(graph::trace_json(g, result), 2) << "\n";
    else if (o.format == "dot")
      graph::print_dot(std::cout, g, result, lang);
    else
      graph::print_tree(std::cout, g, result, lang);
    return kOk;
  });
}

/// refs (up) and cited-by (down): one level, as a tree or JSON.
int run_one_level(const TraceOptions& o, graph::Direction direction) {
  const text::Lang lang = lang_from(o.lang);
  return with_graph(o.db, lang, [&](const graph::CitationGraph& g) -> int {
    std::string root;
    if (int rc = find_root(g, o.ref, root, lang)) return rc;
    graph::TraceOptions t;
    t.direction = direction;
    t.depth = 1;
    auto result = graph::trace(g, root, t);
    if (o.json)
      std::cout << json_text(graph::trace_json(g, result), 2) << "\n";
    else
      graph::print_tree(std::cout, g, result, lang);
    return kOk;
  });
}

} // namespace

Runner add_trace(CLI::App& app) {
  auto o = std::make_shared<TraceOptions>();
  auto* cmd = app.add_subcommand(
      "trace", "Follow the citation graph from a document, down (who implements it) or up");
  cmd->add_option("--db", o->db, "Archive directory")->required();
  auto* down = cmd->add_flag("--down", o->down, "Documents that cite REF, transitively (default)");
  cmd->add_flag("--up", o->up, "Documents REF cites, transitively")->excludes(down);
  cmd->add_option("--depth", o->depth, "Levels to follow (default: unlimited)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--relation", o->relations, "Relations to follow, comma-separated (default: all)")
      ->check([](const std::string& v) {
        for (const auto& r : split_relations(v))
          if (!parse_relation(r)) return "unknown relation " + r;
        return std::string();
      });
  cmd->add_option("--format", o->format, "Output: tree, json or dot")
      ->check(CLI::IsMember({"tree", "json", "dot"}));
  add_lang_option(cmd, o->lang, "Label language");
  cmd->add_option("REF", o->ref,
                  "A number (274/KH-TLĐ), NUMBER@DATE (37/KH-LĐLĐ@2024-02-23), a path or an id")
      ->required();
  return [o] { return run_trace(*o); };
}

/// refs and cited-by: the same options, one level in opposite directions.
Runner add_one_level(CLI::App& app, const char* name, const char* description,
                     graph::Direction direction) {
  auto o = std::make_shared<TraceOptions>();
  auto* cmd = app.add_subcommand(name, description);
  cmd->add_option("--db", o->db, "Archive directory")->required();
  cmd->add_flag("--json", o->json, "JSON output (the shape of trace --format json)");
  add_lang_option(cmd, o->lang, "Label language");
  cmd->add_option("REF", o->ref, "A number, NUMBER@DATE, a path or an id")->required();
  return [o, direction] { return run_one_level(*o, direction); };
}

Runner add_refs(CLI::App& app) {
  return add_one_level(app, "refs", "What REF cites (one level)", graph::Direction::Up);
}

Runner add_cited_by(CLI::App& app) {
  return add_one_level(app, "cited-by", "Who cites REF (one level)", graph::Direction::Down);
}

Runner add_graph(CLI::App& app) {
  auto o = std::make_shared<TraceOptions>();
  auto* cmd = app.add_subcommand("graph", "Archive reports on the citation graph");
  cmd->add_option("--db", o->db, "Archive directory")->required();
  cmd->add_option("--report", o->format, "dangling, ambiguous, orphans or superseded")
      ->required()
      ->check(CLI::IsMember({"dangling", "ambiguous", "orphans", "superseded"}));
  cmd->add_flag("--json", o->json, "JSON output");
  add_lang_option(cmd, o->lang, "Report language");
  return [o] {
    const text::Lang lang = lang_from(o->lang);
    return with_graph(o->db, lang, [&](const graph::CitationGraph& g) -> int {
      auto rows = graph::report(g, o->format);
      if (o->json)
        std::cout << json_text(nlohmann::ordered_json{{"report", o->format}, {"rows", rows}}, 2)
                  << "\n";
      else
        graph::print_report(std::cout, g, o->format, rows, lang);
      return kOk;
    });
  };
}

} // namespace vanban::cli
