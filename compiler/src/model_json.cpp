// The model ⇄ JSON (vanban.document/1), keys in the order of the contract.
#include "vanban/model_json.hpp"

namespace vanban {
namespace {

using ojson = nlohmann::ordered_json;

template <typename T> ojson opt(const std::optional<T>& v) { return v ? ojson(*v) : ojson(nullptr); }

ojson section_json(const Section& s) {
  ojson children = ojson::array();
  for (const auto& c : s.children) children.push_back(section_json(c));
  return {{"heading", s.heading}, {"level", s.level}, {"line", s.line}, {"children", children}};
}

template <typename T> std::optional<T> get_opt(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

template <typename T> T get_or(const nlohmann::json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

Section section_from(const nlohmann::json& j) {
  Section s{get_or<std::string>(j, "heading", ""), get_or(j, "level", 1), get_or(j, "line", 0), {}};
  for (const auto& c : j.value("children", nlohmann::json::array())) s.children.push_back(section_from(c));
  return s;
}

} // namespace

nlohmann::ordered_json to_json(const Document& d) {
  ojson j;
  j["schema"] = kDocumentSchema;
  j["source"] = {{"path", d.source.path}, {"sha256", d.source.sha256}, {"bytes", d.source.bytes}};
  if (d.number) {
    const auto& n = *d.number;
    j["number"] = {{"text", n.text},         {"raw", n.raw},
                   {"seq", n.seq},           {"year", opt(n.year)},
                   {"type_code", opt(n.type_code)}, {"issuer_code", opt(n.issuer_code)},
                   {"unit_code", opt(n.unit_code)}};
  } else {
    j["number"] = nullptr;
  }
  j["type"] = opt(d.type);
  j["subject"] = opt(d.subject);
  j["place"] = opt(d.place);
  j["date"] = opt(d.date);
  if (d.issuer)
    j["issuer"] = {{"name", d.issuer->name}, {"lines", d.issuer->lines}, {"parent", opt(d.issuer->parent)}};
  else
    j["issuer"] = nullptr;
  ojson recipients = ojson::array();
  for (const auto& r : d.recipients)
    recipients.push_back({{"name", r.name}, {"role", r.role}, {"purpose", opt(r.purpose)}, {"line", r.line}});
  j["recipients"] = recipients;
  j["archive"] = d.archive;
  if (d.signer) {
    const auto& s = *d.signer;
    j["signer"] = {{"name", s.name},       {"position", opt(s.position)}, {"authority", opt(s.authority)},
                   {"on_behalf_of", opt(s.on_behalf_of)}, {"stamp", s.stamp}, {"line", s.line}};
  } else {
    j["signer"] = nullptr;
  }
  ojson refs = ojson::array();
  for (const auto& r : d.references)
    refs.push_back({{"relation", r.relation}, {"type", opt(r.type)}, {"number", r.number}, {"date", opt(r.date)},
                    {"issuer", opt(r.issuer)}, {"line", r.line}, {"text", r.text}});
  j["references"] = refs;
  ojson sections = ojson::array();
  for (const auto& s : d.sections) sections.push_back(section_json(s));
  j["sections"] = sections;
  ojson tasks = ojson::array();
  for (const auto& t : d.tasks) {
    ojson deadline = nullptr;
    if (t.deadline) deadline = {{"date", opt(t.deadline->date)}, {"text", t.deadline->text}};
    tasks.push_back({{"assignee", opt(t.assignee)}, {"text", t.text}, {"deadline", deadline}, {"line", t.line}});
  }
  j["tasks"] = tasks;
  ojson diags = ojson::array();
  for (const auto& g : d.diagnostics)
    diags.push_back({{"severity", g.severity}, {"line", g.line}, {"message", g.message}, {"code", g.code}});
  j["diagnostics"] = diags;
  const auto& l = d.lines;
  j["lines"] = {{"issuer", l.issuer},   {"motto", l.motto},       {"number", l.number},     {"date", l.date},
                {"type", l.type},       {"subject", l.subject},   {"kinh_gui", l.kinh_gui}, {"noi_nhan", l.noi_nhan},
                {"archive", l.archive}, {"authority", l.authority}, {"position", l.position}, {"signer", l.signer}};
  const auto& f = d.facts;
  j["facts"] = {{"layout", f.layout},           {"motto", f.motto},         {"number_text", opt(f.number_text)},
                {"date_text", opt(f.date_text)}, {"bom", f.had_bom},         {"crlf", f.had_crlf},
                {"nfc", f.was_nfc}};
  return j;
}

Document document_from_json(const nlohmann::json& j) {
  Document d;
  if (auto s = j.find("source"); s != j.end()) {
    d.source.path = get_or<std::string>(*s, "path", "");
    d.source.sha256 = get_or<std::string>(*s, "sha256", "");
    d.source.bytes = get_or<std::size_t>(*s, "bytes", 0);
  }
  if (auto n = j.find("number"); n != j.end() && n->is_object()) {
    DocNumber num;
    num.text = get_or<std::string>(*n, "text", "");
    num.raw = get_or<std::string>(*n, "raw", "");
    num.seq = get_or<long>(*n, "seq", 0);
    num.year = get_opt<int>(*n, "year");
    num.type_code = get_opt<std::string>(*n, "type_code");
    num.issuer_code = get_opt<std::string>(*n, "issuer_code");
    num.unit_code = get_opt<std::string>(*n, "unit_code");
    d.number = num;
  }
  d.type = get_opt<std::string>(j, "type");
  d.subject = get_opt<std::string>(j, "subject");
  d.place = get_opt<std::string>(j, "place");
  d.date = get_opt<std::string>(j, "date");
  if (auto i = j.find("issuer"); i != j.end() && i->is_object())
    d.issuer = Issuer{get_or<std::string>(*i, "name", ""), i->value("lines", std::vector<std::string>{}),
                      get_opt<std::string>(*i, "parent")};
  for (const auto& r : j.value("recipients", nlohmann::json::array()))
    d.recipients.push_back({get_or<std::string>(r, "name", ""), get_or<std::string>(r, "role", "cc"),
                            get_opt<std::string>(r, "purpose"), get_or(r, "line", 0)});
  d.archive = j.value("archive", std::vector<std::string>{});
  if (auto s = j.find("signer"); s != j.end() && s->is_object()) {
    Signer signer;
    signer.name = get_or<std::string>(*s, "name", "");
    signer.position = get_opt<std::string>(*s, "position");
    signer.authority = get_opt<std::string>(*s, "authority");
    signer.on_behalf_of = get_opt<std::string>(*s, "on_behalf_of");
    signer.stamp = s->value("stamp", std::vector<std::string>{});
    signer.line = get_or(*s, "line", 0);
    d.signer = signer;
  }
  for (const auto& r : j.value("references", nlohmann::json::array()))
    d.references.push_back({get_or<std::string>(r, "relation", "cites"), get_opt<std::string>(r, "type"),
                            get_or<std::string>(r, "number", ""), get_opt<std::string>(r, "date"),
                            get_opt<std::string>(r, "issuer"), get_or(r, "line", 0), get_or<std::string>(r, "text", "")});
  for (const auto& s : j.value("sections", nlohmann::json::array())) d.sections.push_back(section_from(s));
  for (const auto& t : j.value("tasks", nlohmann::json::array())) {
    Task task{get_opt<std::string>(t, "assignee"), get_or<std::string>(t, "text", ""), std::nullopt, get_or(t, "line", 0)};
    if (auto dl = t.find("deadline"); dl != t.end() && dl->is_object())
      task.deadline = Deadline{get_opt<std::string>(*dl, "date"), get_or<std::string>(*dl, "text", "")};
    d.tasks.push_back(std::move(task));
  }
  for (const auto& g : j.value("diagnostics", nlohmann::json::array()))
    d.diagnostics.push_back({get_or<std::string>(g, "severity", "warning"), get_or(g, "line", 0),
                             get_or<std::string>(g, "message", ""), get_or<std::string>(g, "code", "")});
  if (auto l = j.find("lines"); l != j.end() && l->is_object()) {
    auto& p = d.lines;
    for (auto [key, field] : {std::pair{"issuer", &p.issuer}, {"motto", &p.motto}, {"number", &p.number},
                              {"date", &p.date}, {"type", &p.type}, {"subject", &p.subject},
                              {"kinh_gui", &p.kinh_gui}, {"noi_nhan", &p.noi_nhan}, {"archive", &p.archive},
                              {"authority", &p.authority}, {"position", &p.position}, {"signer", &p.signer}})
      *field = get_or(*l, key, 0);
  }
  if (auto f = j.find("facts"); f != j.end() && f->is_object()) {
    d.facts.layout = get_or<std::string>(*f, "layout", "");
    d.facts.motto = f->value("motto", std::vector<std::string>{});
    d.facts.number_text = get_opt<std::string>(*f, "number_text");
    d.facts.date_text = get_opt<std::string>(*f, "date_text");
    d.facts.had_bom = get_or(*f, "bom", false);
    d.facts.had_crlf = get_or(*f, "crlf", false);
    d.facts.was_nfc = get_or(*f, "nfc", true);
  }
  return d;
}

} // namespace vanban
