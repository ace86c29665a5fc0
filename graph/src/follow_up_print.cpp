// A follow-up as JSON, as the clerk's table and as CSV; task lists as a table.
#include "vanban/follow_up_print.hpp"
#include "vanban/text/utf8.hpp"
#include "vanban/trace.hpp"

#include <algorithm>
#include <map>

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

/// The words of each view, Vietnamese first.
struct Label {
  const char* vi;
  const char* en;
  const char* operator()(bool english) const { return english ? en : vi; }
};

const std::map<std::string, Label>& words() {
  static const std::map<std::string, Label> w = {
      {"implemented", {"đã triển khai", "implemented"}},
      {"reported", {"đã báo cáo", "reported"}},
      {"none", {"chưa có văn bản", "none"}},
      {"due", {"trong hạn", "due"}},
      {"late", {"quá hạn", "late"}},
      {"no deadline", {"không có hạn", "no deadline"}},
      {"unit", {"Đơn vị", "Unit"}},
      {"recipient", {"Nơi nhận", "Recipient entry"}},
      {"status", {"Tình trạng", "Status"}},
      {"documents", {"Văn bản", "Documents"}},
      {"others", {"Đơn vị ngoài Nơi nhận đã triển khai", "Units not among the recipients"}},
      {"tasks", {"Nhiệm vụ", "Tasks"}},
      {"document", {"Văn bản", "Document"}},
      {"assignee", {"Người/đơn vị thực hiện", "Assignee"}},
      {"deadline", {"Thời hạn", "Deadline"}},
      {"state", {"Tình trạng", "State"}},
      {"task", {"Nội dung", "Task"}},
      {"as_of", {"Tính đến ngày", "As of"}},
      {"days", {"ngày", "days"}},
      {"none_listed", {"(không có)", "(none)"}},
      {"unmatched",
       {"Nơi nhận không khớp đơn vị nào trong kho",
        "Recipient entries naming no unit of the archive"}},
      {"missing", {"chưa báo cáo", "not reported"}},
  };
  return w;
}

std::string word(const std::string& key, bool english) {
  auto it = words().find(key);
  return it == words().end() ? key : it->second(english);
}

/// 2024-03-04 → 04/03/2024, as Vietnamese documents write dates.
std::string vn_date(const std::optional<std::string>& iso, bool english) {
  if (!iso) return "—";
  if (english || iso->size() != 10) return *iso;
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

std::string documents_cell(const std::vector<FollowDocument>& docs, bool english) {
  if (docs.empty()) return "—";
  std::string out;
  for (const auto& d : docs) {
    if (!out.empty()) out += "; ";
    out += d.number + " " + vn_date(d.date, english);
    if (d.days) out += " (+" + std::to_string(*d.days) + " " + word("days", english) + ")";
    if (d.via) out += english ? " via " + *d.via : " qua " + *d.via;
  }
  return out;
}

void unit_rows(std::ostream& out, const std::vector<FollowUnit>& units, bool with_recipient,
               bool english) {
  std::vector<std::vector<std::string>> rows;
  if (with_recipient)
    rows.push_back({word("unit", english), word("recipient", english), word("status", english),
                    word("documents", english)});
  else
    rows.push_back({word("unit", english), word("status", english), word("documents", english)});
  for (const auto& u : units) {
    std::vector<std::string> row = {u.name};
    if (with_recipient) row.push_back(u.recipient.value_or(""));
    row.push_back(word(u.status, english));
    row.push_back(documents_cell(u.documents, english));
    rows.push_back(std::move(row));
  }
  print_columns(out, rows);
}

std::string deadline_cell(const FollowTask& t, bool english) {
  if (t.deadline) return vn_date(t.deadline, english);
  return t.deadline_text.value_or("—");
}

std::string state_cell(const FollowTask& t, bool english) {
  std::string s = word(t.state, english);
  if (t.state == "late" && !t.reported_by.empty() && !t.missing.empty()) {
    s += " (" + word("missing", english) + ": ";
    for (std::size_t i = 0; i < t.missing.size(); ++i) s += (i ? ", " : "") + t.missing[i];
    s += ")";
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
  if (const Node* n = g.node(f.root)) {
    out << n->type.value_or("") << (n->type ? " " : "") << n->number << "  "
        << vn_date(n->date, english);
    if (f.root_unit) out << "  " << *f.root_unit;
    out << "\n";
    if (n->subject) out << *n->subject << "\n";
  }
  out << word("as_of", english) << ": " << vn_date(f.as_of, english) << "\n\n";
  if (f.units.empty())
    out << word("unit", english) << ": " << word("none_listed", english) << "\n";
  else
    unit_rows(out, f.units, true, english);
  std::vector<std::string> unmatched;
  for (const auto& r : f.recipients)
    if (r.units.empty() && !r.issuer) unmatched.push_back(r.name);
  if (!unmatched.empty()) {
    out << "\n" << word("unmatched", english) << ": ";
    for (std::size_t i = 0; i < unmatched.size(); ++i) out << (i ? "; " : "") << unmatched[i];
    out << "\n";
  }
  if (!f.others.empty()) {
    out << "\n" << word("others", english) << "\n";
    unit_rows(out, f.others, false, english);
  }
  out << "\n" << word("tasks", english) << "\n";
  print_tasks_table(out, f.tasks, english);
}

void print_tasks_table(std::ostream& out, const std::vector<FollowTask>& tasks, bool english) {
  if (tasks.empty()) {
    out << word("none_listed", english) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> rows = {
      {word("document", english), word("assignee", english), word("deadline", english),
       word("state", english), word("task", english)}};
  for (const auto& t : tasks)
    rows.push_back({t.document_number, t.assignee.empty() ? "—" : t.assignee,
                    deadline_cell(t, english), state_cell(t, english), utf8::shorten(t.text, 120)});
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
