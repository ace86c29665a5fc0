// The three views of a trace: an indented tree for the terminal, JSON, Graphviz DOT.
#include "vanban/text/messages.hpp"
#include "vanban/text/utf8.hpp"
#include "vanban/trace.hpp"

#include <algorithm>

namespace vanban::graph {
namespace {

std::string dot_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

using text::Lang;

std::string number_or_none(const Node& n, Lang lang) {
  return n.number.empty() ? text::message("trace.no_number", lang) : n.number;
}

std::string label(const Node& n, Lang lang) {
  std::string s = number_or_none(n, lang);
  s += "  " + n.date.value_or("—");
  if (n.type) s += "  " + *n.type;
  if (n.subject) s += "  " + utf8::shorten(*n.subject, 90);
  if (n.external)
    s += "  " + (n.issuer
                     ? text::message("trace.external_issuer", lang, {utf8::shorten(*n.issuer, 60)})
                     : text::message("trace.external", lang));
  return s;
}

} // namespace

void print_tree(std::ostream& out, const CitationGraph& g, const TraceResult& r, Lang lang) {
  // Which steps are the last child of their parent: one backward pass.
  std::vector<bool> last(r.steps.size());
  std::vector<bool> sibling_after;
  for (std::size_t i = r.steps.size(); i-- > 0;) {
    const auto d = static_cast<std::size_t>(r.steps[i].depth);
    if (sibling_after.size() <= d) sibling_after.resize(d + 1, false);
    last[i] = !sibling_after[d];
    sibling_after[d] = true;
    std::fill(sibling_after.begin() + static_cast<long>(d) + 1, sibling_after.end(), false);
  }
  std::vector<bool> open; // per depth: does the ancestor at that depth have siblings below?
  for (std::size_t i = 0; i < r.steps.size(); ++i) {
    const auto& step = r.steps[i];
    const auto d = static_cast<std::size_t>(step.depth);
    open.resize(d + 1);
    open[d] = !last[i];
    for (std::size_t k = 1; k < d; ++k) out << (open[k] ? "│   " : "    ");
    if (step.via)
      out << (last[i] ? "└── " : "├── ") << to_string(step.via->relation)
          << (step.via->ambiguous ? " (?)" : "") << ": ";
    out << label(g.nodes()[step.node], lang);
    if (step.repeated) out << "  " << text::message("trace.repeated", lang);
    out << "\n";
  }
}

nlohmann::ordered_json node_json(const Node& n) {
  auto opt = [](const std::optional<std::string>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
  };
  return {{"id", n.id},          {"number", n.number},        {"date", opt(n.date)},
          {"type", opt(n.type)}, {"subject", opt(n.subject)}, {"issuer", opt(n.issuer)},
          {"path", opt(n.path)}, {"external", n.external}};
}

nlohmann::ordered_json trace_json(const CitationGraph& g, const TraceResult& r) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array(),
                         edges = nlohmann::ordered_json::array();
  for (const auto& id : r.node_ids) nodes.push_back(node_json(*g.node(id)));
  for (const Edge* e : r.edges) {
    nlohmann::ordered_json j = {{"from", e->from},
                                {"to", e->to},
                                {"relation", to_string(e->relation)},
                                {"line", e->line},
                                {"ambiguous", e->ambiguous}};
    if (e->ambiguous) j["candidates"] = e->candidates;
    edges.push_back(j);
  }
  return {{"root", r.root}, {"nodes", nodes}, {"edges", edges}};
}

void print_dot(std::ostream& out, const CitationGraph& g, const TraceResult& r, Lang lang) {
  out << "digraph trace {\n  rankdir=BT;\n  node [shape=box, style=rounded, fontname=\"DejaVu "
         "Sans\", fontsize=10];\n"
      << "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
  for (const auto& id : r.node_ids) {
    const Node& n = *g.node(id);
    std::string caption =
        dot_escape(number_or_none(n, lang)) + "\\n" + dot_escape(n.date.value_or("—"));
    if (n.type) caption += "\\n" + dot_escape(*n.type);
    out << "  \"" << dot_escape(id) << "\" [label=\"" << caption << "\"";
    if (n.external) out << ", style=\"rounded,dashed\"";
    if (id == r.root) out << ", penwidth=2";
    out << "];\n";
  }
  for (const Edge* e : r.edges) {
    out << "  \"" << dot_escape(e->from) << "\" -> \"" << dot_escape(e->to) << "\" [label=\""
        << to_string(e->relation) << "\"";
    if (e->ambiguous) out << ", style=dashed";
    out << "];\n";
  }
  out << "}\n";
}

} // namespace vanban::graph
