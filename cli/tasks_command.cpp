// `vanban tasks`: every task of the archive with its deadline and state, filtered; as a table,
// JSON or an iCalendar file.
#include "archive_warnings.hpp"
#include "commands.hpp"
#include "json_output.hpp"
#include "lang_option.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/archive_graph.hpp"
#include "vanban/follow_up.hpp"
#include "vanban/follow_up_archive.hpp"
#include "vanban/follow_up_print.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>

namespace vanban::cli {

std::string check_iso_date(const std::string& value); // follow_up_command.cpp

namespace {

struct TasksOptions {
  std::string db, assignee, due_before, as_of, format = "table", lang = "vi";
  bool late = false;
};

/// A document as the task list needs it: no more than its number, date and tasks.
struct TaskSource {
  std::string id;
  Document doc;
};

std::string utc_stamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

bool wanted(const graph::FollowTask& t, const TasksOptions& o) {
  if (!o.assignee.empty() && !graph::assignee_matches(t, o.assignee)) return false;
  if (!o.due_before.empty() && !(t.deadline && *t.deadline < o.due_before)) return false;
  return !o.late || t.state == "late";
}

int run_tasks(const TasksOptions& o) {
  try {
    const graph::CitationGraph g = graph::load_graph(o.db);
    warn_damaged_records(g, lang_from(o.lang));
    // One pass over the stored models: the issuers for the units, the tasks kept (trimmed).
    graph::UnitDirectory units;
    std::vector<TaskSource> sources;
    graph::for_each_stored_document(o.db, [&](const std::string& id, const Document& doc) {
      units.add(id, doc);
      if (doc.tasks.empty()) return;
      Document kept;
      kept.number = doc.number;
      kept.date = doc.date;
      kept.tasks = doc.tasks;
      sources.push_back({id, std::move(kept)});
    });
    units.finish(&g);
    const std::string as_of = o.as_of.empty() ? graph::today_iso() : o.as_of;
    graph::AddresseeCache cache(units);
    std::vector<graph::FollowTask> tasks;
    for (const auto& s : sources)
      for (auto& t : graph::task_states(g, units, cache, s.id, s.doc, as_of))
        if (wanted(t, o)) tasks.push_back(std::move(t));
    std::stable_sort(tasks.begin(), tasks.end(), [](const auto& a, const auto& b) {
      return std::make_tuple(!a.deadline, a.deadline, a.document_date, a.document_id, a.line) <
             std::make_tuple(!b.deadline, b.deadline, b.document_date, b.document_id, b.line);
    });
    if (o.format == "json") {
      nlohmann::ordered_json rows = nlohmann::ordered_json::array();
      for (const auto& t : tasks) rows.push_back(graph::task_json(t));
      std::cout << json_text(nlohmann::ordered_json{{"as_of", as_of}, {"tasks", rows}}, 2) << "\n";
    } else if (o.format == "ics") {
      graph::write_ics(std::cout, tasks, utc_stamp());
    } else {
      graph::print_tasks_table(std::cout, tasks, o.lang == "en");
    }
    return kOk;
  } catch (const ArchiveError& e) {
    std::cerr << "vanban: " << e.what() << "\n";
    return kInputError;
  }
}

} // namespace

Runner add_tasks(CLI::App& app) {
  auto o = std::make_shared<TasksOptions>();
  auto* cmd = app.add_subcommand("tasks", "Every task of the archive, with deadline and state");
  cmd->add_option("--db", o->db, "Archive directory")->required();
  cmd->add_option("--assignee", o->assignee, "Only tasks whose assignee contains TEXT");
  cmd->add_option("--due-before", o->due_before, "Only tasks whose deadline is before DATE")
      ->check(check_iso_date);
  cmd->add_flag("--late", o->late, "Only late tasks (deadline passed, no report)");
  cmd->add_option("--as-of", o->as_of, "Date the deadlines are judged on (default: today)")
      ->check(check_iso_date);
  cmd->add_option("--format", o->format, "Output: table (default), json or ics (iCalendar)")
      ->check(CLI::IsMember({"table", "json", "ics"}));
  add_lang_option(cmd, o->lang, "Table language");
  return [o] { return run_tasks(*o); };
}

} // namespace vanban::cli
