// The views of a follow-up and of a task list: JSON, a table for the clerk, CSV, iCalendar.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "vanban/follow_up.hpp"

namespace vanban::graph {

/// The contract of `vanban follow-up --format json` and GET /api/follow-up/{id}.
nlohmann::ordered_json follow_up_json(const CitationGraph& graph, const FollowUp& f);
nlohmann::ordered_json task_json(const FollowTask& t);

/// Columns with Vietnamese headers (English with `english`), one row per unit.
void print_follow_up_table(std::ostream& out, const CitationGraph& graph, const FollowUp& f,
                           bool english);
/// RFC 4180: a row per unit and document, then a row per task (column `section`).
void print_follow_up_csv(std::ostream& out, const FollowUp& f);

void print_tasks_table(std::ostream& out, const std::vector<FollowTask>& tasks, bool english);

/// An iCalendar file (RFC 5545): one VTODO per task with a dated deadline, DUE on that day, the
/// document number in the SUMMARY, a UID stable across runs, CRLF line ends, lines folded at 75
/// octets on UTF-8 boundaries. `stamp` is the DTSTAMP (UTC, "20250101T000000Z").
void write_ics(std::ostream& out, const std::vector<FollowTask>& tasks, const std::string& stamp);

/// One iCalendar content line, escaped text already in it, folded and ended with CRLF.
std::string ics_line(const std::string& line);
/// TEXT value escaping: backslash, ';', ',' and newlines.
std::string ics_escape(const std::string& text);

} // namespace vanban::graph
