// Who was sent a directive, who implemented it, who reported, from the edges into it.
#include "vanban/follow_up.hpp"

#include "vanban/text/name_fold.hpp"
#include "vanban/text/tables.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>

namespace vanban::graph {
namespace {

/// The type name of a report ("Báo cáo"), by its code in data/types.json: what a unit's report
/// on a directive is, whatever else it cites.
const std::string& report_type() {
  const std::string* name = tables::get().type_name("BC");
  if (!name) throw std::logic_error("data/types.json has no type of code BC");
  return *name;
}

/// Purposes that ask for no action: for information (b/c) and for coordination (p/h).
bool asks_for_action(const Recipient& r) {
  return !r.purpose || *r.purpose == "t/h";
}

FollowDocument document_of(const Node& n, const Edge& e, const std::string& role,
                           const std::optional<std::string>& root_date) {
  FollowDocument d;
  d.id = n.id;
  d.number = n.number;
  d.date = n.date;
  d.type = n.type;
  d.relation = e.relation;
  d.role = role;
  if (root_date && n.date) d.days = days_between(*root_date, *n.date);
  return d;
}

bool by_date(const FollowDocument& a, const FollowDocument& b) {
  return std::tie(a.date, a.number, a.id) < std::tie(b.date, b.number, b.id);
}

std::string status_of(const std::vector<FollowDocument>& docs) {
  bool plan = false;
  for (const auto& d : docs) {
    if (d.role == "report") return "reported";
    plan = true;
  }
  return plan ? "implemented" : "none";
}

/// What each unit issued in answer to the root: plans that implement it and reports that cite it
/// or cite the unit's own plan.
struct Answers {
  std::map<std::size_t, std::vector<FollowDocument>> by_unit;
  std::vector<std::string> implementing; ///< ids of every document that implements the root
};

Answers answers_to(const CitationGraph& g, const UnitDirectory& units, const Node& root,
                   std::optional<std::size_t> root_unit) {
  Answers a;
  const std::string& report_name = report_type();
  std::map<std::size_t, std::set<std::string>> seen;
  std::vector<std::pair<std::size_t, const Node*>> plans;
  for (std::size_t ei : g.incoming(root.id)) {
    const Edge& e = g.edges()[ei];
    const Node* from = g.node(e.from);
    // An ambiguous citation may mean another document: it proves nothing about this one.
    if (e.ambiguous || !from || from->external || e.from == root.id) continue;
    if (e.relation == Relation::Implements) a.implementing.emplace_back(e.from);
    const auto unit = units.unit_of(e.from);
    if (!unit || unit == root_unit) continue; // the issuer's own reports go up, not back
    const bool report = from->type == report_name;
    if (!report && e.relation != Relation::Implements) continue;
    if (!seen[*unit].emplace(e.from).second) continue;
    a.by_unit[*unit].push_back(document_of(*from, e, report ? "report" : "plan", root.date));
    if (!report) plans.emplace_back(*unit, from);
  }
  // A report often cites only the unit's own plan ("Thực hiện Kế hoạch số 37/KH-LĐLĐ của LĐLĐ
  // huyện"): one step further down, from the unit's plans, counting the unit's reports only.
  for (const auto& [unit, plan] : plans)
    for (std::size_t ei : g.incoming(plan->id)) {
      const Edge& e = g.edges()[ei];
      const Node* from = g.node(e.from);
      if (e.ambiguous || !from || from->external || from->type != report_name) continue;
      if (units.unit_of(e.from) != unit || !seen[unit].emplace(e.from).second) continue;
      FollowDocument d = document_of(*from, e, "report", root.date);
      d.via = plan->number;
      a.by_unit[unit].push_back(std::move(d));
    }
  for (auto& [unit, docs] : a.by_unit) std::sort(docs.begin(), docs.end(), by_date);
  return a;
}

std::optional<std::string> root_unit_name(const UnitDirectory& units,
                                          std::optional<std::size_t> unit) {
  if (!unit) return std::nullopt;
  return units.name(*unit);
}

} // namespace

std::optional<long> days_between(const std::string& from, const std::string& to) {
  auto parse = [](const std::string& s) -> std::optional<std::chrono::sys_days> {
    int y = 0;
    unsigned m = 0, d = 0;
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3)
      return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m),
                                          std::chrono::day(d)};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days(ymd);
  };
  auto a = parse(from), b = parse(to);
  if (!a || !b) return std::nullopt;
  return static_cast<long>((*b - *a).count());
}

bool assignee_matches(const FollowTask& task, const std::string& query) {
  auto joined = [](const std::string& s) {
    std::string out = " ";
    for (const auto& w : text::name_words(s)) out += w + " ";
    return out;
  };
  // As typed and with abbreviations spelt out on both sides: "ldld cac huyen" (no capitals, so
  // not an abbreviation) and "Liên đoàn Lao động các huyện" both find "LĐLĐ các huyện".
  return joined(task.assignee).find(joined(query)) != std::string::npos ||
         joined(text::expand_abbreviations(task.assignee))
                 .find(joined(text::expand_abbreviations(query))) != std::string::npos;
}

std::string today_iso() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{today};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::vector<FollowTask> task_states(const CitationGraph& g, const UnitDirectory& units,
                                    AddresseeCache& cache, const std::string& doc_id,
                                    const Document& doc, const std::string& as_of) {
  std::vector<FollowTask> out;
  if (doc.tasks.empty()) return out;
  const auto own = units.unit_of(doc_id);
  const std::string& report_name = report_type();
  // The units that reported on this document: a Báo cáo dated on or after it that cites it, or
  // that cites the unit's own plan implementing it (as in the follow-up's statuses).
  std::set<std::size_t> reporters;
  auto note_reports = [&](std::string_view cited, std::optional<std::size_t> only) {
    for (std::size_t ei : g.incoming(cited)) {
      const Edge& e = g.edges()[ei];
      const Node* from = g.node(e.from);
      if (e.ambiguous || !from || from->external || from->type != report_name) continue;
      if (doc.date && from->date && *from->date < *doc.date) continue;
      const auto u = units.unit_of(e.from);
      if (u && (!only || u == only)) reporters.insert(*u);
    }
  };
  note_reports(doc_id, std::nullopt);
  for (std::size_t ei : g.incoming(doc_id)) {
    const Edge& e = g.edges()[ei];
    const Node* from = g.node(e.from);
    if (e.ambiguous || e.relation != Relation::Implements || !from || from->type == report_name)
      continue;
    if (auto u = units.unit_of(e.from)) note_reports(e.from, *u);
  }
  for (const auto& t : doc.tasks) {
    FollowTask f;
    f.document_id = doc_id;
    f.document_number = doc.number ? doc.number->text : "";
    f.document_date = doc.date;
    f.assignee = t.assignee.value_or("");
    f.text = t.text;
    f.line = t.line;
    if (t.deadline) {
      f.deadline = t.deadline->date;
      f.deadline_text = t.deadline->text;
    }
    std::vector<std::size_t> assigned = cache.named_by(f.assignee, own);
    if (assigned.empty() && own) assigned.push_back(*own);
    for (std::size_t u : assigned)
      (reporters.count(u) ? f.reported_by : f.missing).push_back(units.name(u));
    if (!assigned.empty() && f.missing.empty())
      f.state = "reported";
    else if (!f.deadline)
      f.state = "no deadline";
    else
      f.state = *f.deadline < as_of ? "late" : "due";
    out.push_back(std::move(f));
  }
  return out;
}

FollowUp follow_up(const CitationGraph& g, const UnitDirectory& units, const std::string& root,
                   const DocumentFetch& fetch, const std::string& as_of) {
  FollowUp f;
  f.root = root;
  f.as_of = as_of;
  const Node* node = g.node(root);
  if (!node) return f;
  const auto root_unit = units.unit_of(root);
  f.root_unit = root_unit_name(units, root_unit);
  const Answers answers = answers_to(g, units, *node, root_unit);
  const auto doc = fetch(root);
  std::set<std::size_t> listed;
  if (doc)
    for (const auto& r : doc->recipients) {
      if (!asks_for_action(r)) continue;
      FollowRecipient rec{r.name, r.purpose, {}};
      for (std::size_t u : units.named_by(r.name, root_unit)) {
        if (u == root_unit) { // "Thường trực LĐLĐ tỉnh": the issuer's own organs
          rec.issuer = true;
          continue;
        }
        rec.units.push_back(units.name(u));
        if (!listed.insert(u).second) continue;
        FollowUnit fu{u, units.name(u), r.name, "none", {}};
        if (auto it = answers.by_unit.find(u); it != answers.by_unit.end())
          fu.documents = it->second;
        fu.status = status_of(fu.documents);
        f.units.push_back(std::move(fu));
      }
      f.recipients.push_back(std::move(rec));
    }
  for (const auto& [u, docs] : answers.by_unit) {
    // Units not sent the document count when they implemented it; a report alone from elsewhere
    // (a district's report that also cites the province's directive) is not an answer to it.
    const bool planned =
        std::any_of(docs.begin(), docs.end(), [](const auto& d) { return d.role == "plan"; });
    if (listed.count(u) || !planned) continue;
    f.others.push_back({u, units.name(u), std::nullopt, status_of(docs), docs});
  }
  std::sort(f.others.begin(), f.others.end(), [](const auto& a, const auto& b) {
    return std::tie(a.documents.front().date, a.name) < std::tie(b.documents.front().date, b.name);
  });
  AddresseeCache cache(units);
  if (doc)
    for (auto& t : task_states(g, units, cache, root, *doc, as_of)) f.tasks.push_back(std::move(t));
  std::set<std::string> done = {root};
  for (const auto& id : answers.implementing) {
    if (!done.insert(id).second) continue;
    if (auto d = fetch(id))
      for (auto& t : task_states(g, units, cache, id, *d, as_of)) f.tasks.push_back(std::move(t));
  }
  return f;
}

} // namespace vanban::graph
