// A follow-up as JSON, as the clerk's table and as CSV; task lists as a table.
#include "vanban/follow_up_print.hpp"
#include "vanban/text/messages.hpp"
#include "vanban/text/utf8.hpp"
#include "vanban/trace.hpp"

#include <algorithm>

namespace vanban::graph {
namespace {

using Json = nlohmann::ordered_json;

Json opt(const std::optional<std::string>& v) {
  return v ? Json(*v) : Json();
}

Json documents_json(const std::vector<FollowDocument>& docs) {
  Json out = Json::array();
  for (const auto& d : docs) {
    Json j = {{"id", d.id},
              {"number", d.number},
              {"date", opt(d.date)},
              {"relation", to_string(d.relation)},
              {"days", d.days ? Json(*d.days) : Json()},
              {"role", d.role},
              {"type", opt(d.type)}};
    if (d.via) j["via"] = *d.via;
    out.push_back(std::move(j));
  }
  return out;
}

Json units_json(const std::vector<FollowUnit>& units) {
  Json out = Json::array();
  for (const auto& u : units)
    out.push_back({{"name", u.name},
                   {"recipient", opt(u.recipient)},
                   {"status", u.status},
                   {"documents", documents_json(u.documents)}});
  return out;
}

using text::Lang;

/// A unit's status or a task's state (the JSON contract's words) as the table prints it; a word
/// the catalogue does not know is printed as it is.
std::string status_word(const std::string& status, Lang lang) {
  if (status == "implemented") return text::message("follow_up.status.implemented", lang);
  if (status == "reported") return text::message("follow_up.status.reported", lang);
  if (status == "none") return text::message("follow_up.status.none", lang);
  if (status == "due") return text::message("follow_up.state.due", lang);
  if (status == "late") return text::message("follow_up.state.late", lang);
  if (status == "no deadline") return text::message("follow_up.state.no_deadline", lang);
  return status;
}

/// 2024-03-04 → 04/03/2024, as Vietnamese documents write dates.
std::string vn_date(const std::optional<std::string>& iso, Lang lang) {
  if (!iso) return "—";
  if (lang == Lang::En || iso->size() != 10) return *iso;
  return iso->substr(8, 2) + "/" + iso->substr(5, 2) + "/" + iso->substr(0, 4);
}

/// The first `n` characters of `s`, "…" in place of the rest: a column is as wide as the
/// characters it shows (precomposed NFC Vietnamese: one code point, one column).
std::string cut_chars(const std::string& s, std::size_t n) {
  if (utf8::code_points(s) <= n) return s;
  return std::string(utf8::first_chars(s, n - 1)) + "…";
}

std::string pad(const std::string& s, std::size_t width) {
  const std::size_t n = utf8::code_points(s);
  return n >= width ? s : s + std::string(width - n, ' ');
}

/// Rows printed in columns as wide as their widest cell (capped per column, `cap` for the
/// columns `caps` does not name), two spaces apart; the last column is never cut.
void print_columns(std::ostream& out, const std::vector<std::vector<std::string>>& rows,
                   std::size_t cap = 48, const std::vector<std::size_t>& caps = {}) {
  std::vector<std::size_t> width;
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : rows) {
    std::vector<std::string> cut;
    for (std::size_t c = 0; c < row.size(); ++c) {
      cut.push_back(c + 1 < row.size() ? cut_chars(row[c], c < caps.size() ? caps[c] : cap)
                                       : row[c]);
      if (width.size() <= c) width.push_back(0);
      width[c] = std::max(width[c], utf8::code_points(cut.back()));
    }
    cells.push_back(std::move(cut));
  }
  for (const auto& row : cells) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c)
      line += c + 1 < row.size() ? pad(row[c], width[c]) + "  " : row[c];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

std::string documents_cell(const std::vector<FollowDocument>& docs, Lang lang) {
  if (docs.empty()) return "—";
  std::string out;
  for (const auto& d : docs) {
    if (!out.empty()) out += "; ";
    out += d.number + " " + vn_date(d.date, lang);
    if (d.days) out += " " + text::message("follow_up.days_after", lang, {std::to_string(*d.days)});
    if (d.via) out += " " + text::message("follow_up.via", lang, {*d.via});
  }
  return out;
}

void unit_rows(std::ostream& out, const std::vector<FollowUnit>& units, bool with_recipient,
               Lang lang) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header = {text::message("follow_up.column.unit", lang)};
  if (with_recipient) header.push_back(text::message("follow_up.column.recipient", lang));
  header.push_back(text::message("follow_up.column.status", lang));
  header.push_back(text::message("follow_up.column.documents", lang));
  rows.push_back(std::move(header));
  for (const auto& u : units) {
    std::vector<std::string> row = {u.name};
    if (with_recipient) row.push_back(u.recipient.value_or(""));
    row.push_back(status_word(u.status, lang));
    row.push_back(documents_cell(u.documents, lang));
    rows.push_back(std::move(row));
  }
  print_columns(out, rows);
}

std::string deadline_cell(const FollowTask& t, Lang lang) {
  if (t.deadline) return vn_date(t.deadline, lang);
  return t.deadline_text.value_or("—");
}

std::string state_cell(const FollowTask& t, Lang lang) {
  std::string s = status_word(t.state, lang);
  if (t.state == "late" && !t.reported_by.empty() && !t.missing.empty()) {
    std::string missing;
    for (std::size_t i = 0; i < t.missing.size(); ++i) missing += (i ? ", " : "") + t.missing[i];
    s += " " + text::message("follow_up.state.not_reported_by", lang, {missing});
  }
  return s;
}

std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void csv_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv(cells[i]);
  out << "\r\n";
}

} // namespace

Json task_json(const FollowTask& t) {
  return {{"assignee", t.assignee},
          {"text", t.text},
          {"deadline", opt(t.deadline)},
          {"deadline_text", opt(t.deadline_text)},
          {"state", t.state},
          {"document",
           {{"id", t.document_id}, {"number", t.document_number}, {"date", opt(t.document_date)}}},
          {"line", t.line},
          {"reported_by", t.reported_by},
          {"missing", t.missing}};
}

Json follow_up_json(const CitationGraph& g, const FollowUp& f) {
  Json root = {{"id", f.root}};
  if (const Node* n = g.node(f.root)) root = node_json(*n);
  root["unit"] = opt(f.root_unit);
  Json recipients = Json::array();
  for (const auto& r : f.recipients)
    recipients.push_back(
        {{"name", r.name}, {"purpose", opt(r.purpose)}, {"units", r.units}, {"issuer", r.issuer}});
  Json tasks = Json::array();
  for (const auto& t : f.tasks) tasks.push_back(task_json(t));
  return {{"root", root},
          {"as_of", f.as_of},
          {"units", units_json(f.units)},
          {"tasks", tasks},
          {"others", units_json(f.others)},
          {"recipients", recipients}};
}

void print_follow_up_table(std::ostream& out, const CitationGraph& g, const FollowUp& f,
                           bool english) {
  const Lang lang = text::lang_of(english);
  if (const Node* n = g.node(f.root)) {
    out << n->type.value_or("") << (n->type ? " " : "") << n->number << "  "
        << vn_date(n->date, lang);
    if (f.root_unit) out << "  " << *f.root_unit;
    out << "\n";
    if (n->subject) out << *n->subject << "\n";
  }
  out << text::message("follow_up.heading.as_of", lang) << ": " << vn_date(f.as_of, lang) << "\n\n";
  if (f.units.empty())
    out << text::message("follow_up.column.unit", lang) << ": "
        << text::message("follow_up.none_listed", lang) << "\n";
  else
    unit_rows(out, f.units, true, lang);
  std::vector<std::string> unmatched;
  for (const auto& r : f.recipients)
    if (r.units.empty() && !r.issuer) unmatched.push_back(r.name);
  if (!unmatched.empty()) {
    out << "\n" << text::message("follow_up.heading.unmatched", lang) << ": ";
    for (std::size_t i = 0; i < unmatched.size(); ++i) out << (i ? "; " : "") << unmatched[i];
    out << "\n";
  }
  if (!f.others.empty()) {
    out << "\n" << text::message("follow_up.heading.others", lang) << "\n";
    unit_rows(out, f.others, false, lang);
  }
  out << "\n" << text::message("follow_up.heading.tasks", lang) << "\n";
  print_tasks_table(out, f.tasks, english);
}

void print_tasks_table(std::ostream& out, const std::vector<FollowTask>& tasks, bool english) {
  const Lang lang = text::lang_of(english);
  if (tasks.empty()) {
    out << text::message("follow_up.none_listed", lang) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> rows = {{text::message("follow_up.column.document", lang),
                                                 text::message("follow_up.column.assignee", lang),
                                                 text::message("follow_up.column.deadline", lang),
                                                 text::message("follow_up.column.state", lang),
                                                 text::message("follow_up.column.task", lang)}};
  for (const auto& t : tasks)
    rows.push_back({t.document_number, t.assignee.empty() ? "—" : t.assignee,
                    deadline_cell(t, lang), state_cell(t, lang), utf8::shorten(t.text, 120)});
  // The state column holds who has not reported: wide enough for two or three unit names.
  print_columns(out, rows, 36, {24, 36, 14, 72});
}

void print_follow_up_csv(std::ostream& out, const FollowUp& f) {
  csv_row(out, {"section", "unit", "recipient", "status", "id", "number", "date", "relation",
                "role", "days", "assignee", "task", "deadline", "state"});
  auto units = [&](const char* section, const std::vector<FollowUnit>& list) {
    for (const auto& u : list) {
      if (u.documents.empty())
        csv_row(out, {section, u.name, u.recipient.value_or(""), u.status, "", "", "", "", "", "",
                      "", "", "", ""});
      for (const auto& d : u.documents)
        csv_row(out, {section, u.name, u.recipient.value_or(""), u.status, d.id, d.number,
                      d.date.value_or(""), std::string(to_string(d.relation)), d.role,
                      d.days ? std::to_string(*d.days) : "", "", "", "", ""});
    }
  };
  units("unit", f.units);
  units("other", f.others);
  for (const auto& t : f.tasks)
    csv_row(out, {"task", "", "", "", t.document_id, t.document_number,
                  t.document_date.value_or(""), "", "", "", t.assignee, t.text,
                  t.deadline.value_or(t.deadline_text.value_or("")), t.state});
}

} // namespace vanban::graph
