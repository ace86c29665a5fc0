// The model ⇄ JSON (vanban.document/1), keys in the order of the contract.
#include "vanban/model_json.hpp"

#include "json_writer.hpp"

namespace vanban {
namespace {

void write_sections(json::Writer& w, const std::vector<Section>& sections) {
  w.begin_array();
  for (const auto& s : sections) {
    w.begin_object()
        .field("heading", s.heading)
        .field("level", s.level)
        .field("line", s.line)
        .key("children");
    write_sections(w, s.children);
    w.end_object();
  }
  w.end_array();
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

/// A stored enum field: absent means `fallback` (as read before the field was required); a string
/// outside the contract is a damaged model, reported as UnknownValue naming `what`.
template <typename E>
E enum_from(const nlohmann::json& j, const char* key, E fallback,
            std::optional<E> (*parse)(std::string_view), const char* what) {
  const auto name = get_opt<std::string>(j, key);
  if (!name) return fallback;
  if (auto value = parse(*name)) return *value;
  throw UnknownValue(std::string("unknown ") + what + " \"" + *name + "\"");
}

Relation relation_from(const nlohmann::json& r) {
  return enum_from(r, "relation", Relation::Cites, parse_relation, "relation");
}

RecipientRole role_from(const nlohmann::json& r) {
  return enum_from(r, "role", RecipientRole::Cc, parse_recipient_role, "recipient role");
}

DiagnosticSeverity severity_from(const nlohmann::json& g) {
  return enum_from(g, "severity", DiagnosticSeverity::Warning, parse_diagnostic_severity,
                   "diagnostic severity");
}

Section section_from(const nlohmann::json& j) {
  Section s{get_or<std::string>(j, "heading", ""), get_or(j, "level", 1), get_or(j, "line", 0), {}};
  for (const auto& c : j.value("children", nlohmann::json::array()))
    s.children.push_back(section_from(c));
  return s;
}

} // namespace

std::string dump_json(const Document& d) {
  std::string out;
  out.reserve(4096 + d.source.bytes);
  json::Writer w(out);
  w.begin_object();
  w.field("schema", kDocumentSchema);
  w.key("source").begin_object().field("path", d.source.path).field("sha256", d.source.sha256);
  w.field("bytes", d.source.bytes).end_object();
  w.key("number");
  if (d.number) {
    const auto& n = *d.number;
    w.begin_object()
        .field("text", n.text)
        .field("raw", n.raw)
        .field("seq", n.seq)
        .field("year", n.year);
    w.field("type_code", n.type_code)
        .field("issuer_code", n.issuer_code)
        .field("unit_code", n.unit_code)
        .end_object();
  } else {
    w.null();
  }
  w.field("type", d.type).field("subject", d.subject).field("place", d.place).field("date", d.date);
  w.key("issuer");
  if (d.issuer)
    w.begin_object()
        .field("name", d.issuer->name)
        .field("lines", d.issuer->lines)
        .field("parent", d.issuer->parent)
        .end_object();
  else
    w.null();
  w.key("recipients").begin_array();
  for (const auto& r : d.recipients)
    w.begin_object()
        .field("name", r.name)
        .field("role", to_string(r.role))
        .field("purpose", r.purpose)
        .field("line", r.line)
        .end_object();
  w.end_array();
  w.field("archive", d.archive);
  w.key("signer");
  if (d.signer) {
    const auto& s = *d.signer;
    w.begin_object()
        .field("name", s.name)
        .field("position", s.position)
        .field("authority", s.authority);
    w.field("on_behalf_of", s.on_behalf_of)
        .field("stamp", s.stamp)
        .field("line", s.line)
        .end_object();
  } else {
    w.null();
  }
  w.key("references").begin_array();
  for (const auto& r : d.references) {
    w.begin_object().field("relation", to_string(r.relation)).field("type", r.type);
    w.field("number", r.number.empty() ? std::optional<std::string>() : r.number);
    w.field("title", r.title)
        .field("date", r.date)
        .field("issuer", r.issuer)
        .field("line", r.line)
        .field("text", r.text)
        .end_object();
  }
  w.end_array();
  w.key("sections");
  write_sections(w, d.sections);
  w.key("tasks").begin_array();
  for (const auto& t : d.tasks) {
    w.begin_object().field("assignee", t.assignee).field("text", t.text).key("deadline");
    if (t.deadline)
      w.begin_object().field("date", t.deadline->date).field("text", t.deadline->text).end_object();
    else
      w.null();
    w.field("line", t.line).end_object();
  }
  w.end_array();
  w.key("diagnostics").begin_array();
  for (const auto& g : d.diagnostics)
    w.begin_object()
        .field("severity", to_string(g.severity))
        .field("line", g.line)
        .field("message", g.message)
        .field("code", g.code)
        .end_object();
  w.end_array();
  const auto& l = d.lines;
  w.key("lines").begin_object();
  for (auto [key, value] : {std::pair{"issuer", l.issuer},
                            {"motto", l.motto},
                            {"number", l.number},
                            {"date", l.date},
                            {"type", l.type},
                            {"subject", l.subject},
                            {"kinh_gui", l.kinh_gui},
                            {"noi_nhan", l.noi_nhan},
                            {"archive", l.archive},
                            {"authority", l.authority},
                            {"position", l.position},
                            {"signer", l.signer}})
    w.field(key, value);
  w.end_object();
  const auto& f = d.facts;
  w.key("facts")
      .begin_object()
      .field("layout", f.layout)
      .field("motto", f.motto)
      .field("number_text", f.number_text);
  w.field("date_text", f.date_text)
      .field("bom", f.had_bom)
      .field("crlf", f.had_crlf)
      .field("nfc", f.was_nfc)
      .end_object();
  w.end_object();
  return out;
}

nlohmann::ordered_json to_json(const Document& d) {
  return nlohmann::ordered_json::parse(dump_json(d));
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
    d.issuer =
        Issuer{get_or<std::string>(*i, "name", ""), i->value("lines", std::vector<std::string>{}),
               get_opt<std::string>(*i, "parent")};
  for (const auto& r : j.value("recipients", nlohmann::json::array()))
    d.recipients.push_back({get_or<std::string>(r, "name", ""), role_from(r),
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
    d.references.push_back({relation_from(r), get_opt<std::string>(r, "type"),
                            get_or<std::string>(r, "number", ""), get_opt<std::string>(r, "date"),
                            get_opt<std::string>(r, "issuer"), get_or(r, "line", 0),
                            get_or<std::string>(r, "text", ""), get_opt<std::string>(r, "title")});
  for (const auto& s : j.value("sections", nlohmann::json::array()))
    d.sections.push_back(section_from(s));
  for (const auto& t : j.value("tasks", nlohmann::json::array())) {
    Task task{get_opt<std::string>(t, "assignee"), get_or<std::string>(t, "text", ""), std::nullopt,
              get_or(t, "line", 0)};
    if (auto dl = t.find("deadline"); dl != t.end() && dl->is_object())
      task.deadline =
          Deadline{get_opt<std::string>(*dl, "date"), get_or<std::string>(*dl, "text", "")};
    d.tasks.push_back(std::move(task));
  }
  for (const auto& g : j.value("diagnostics", nlohmann::json::array()))
    d.diagnostics.push_back({severity_from(g), get_or(g, "line", 0),
                             get_or<std::string>(g, "message", ""),
                             get_or<std::string>(g, "code", "")});
  if (auto l = j.find("lines"); l != j.end() && l->is_object()) {
    auto& p = d.lines;
    for (auto [key, field] : {std::pair{"issuer", &p.issuer},
                              {"motto", &p.motto},
                              {"number", &p.number},
                              {"date", &p.date},
                              {"type", &p.type},
                              {"subject", &p.subject},
                              {"kinh_gui", &p.kinh_gui},
                              {"noi_nhan", &p.noi_nhan},
                              {"archive", &p.archive},
                              {"authority", &p.authority},
                              {"position", &p.position},
                              {"signer", &p.signer}})
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
