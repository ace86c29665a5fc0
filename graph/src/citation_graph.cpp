// Building the citation graph from compiled documents, and its JSON form for storage.
#include "vanban/citation_graph.hpp"

#include "vanban/resolve.hpp"
#include "vanban/text/number_key.hpp"

#include <cstdlib>

namespace vanban::graph {
namespace {

const std::vector<std::size_t> kNone;

std::string external_id(const Reference& r) {
  if (r.number.empty() && r.type && r.title) // cited by title
    return "ext:" + Resolver::title_key(*r.type, *r.title) + "@" + r.date.value_or("");
  return "ext:" + number_key(r.number) + "@" + r.date.value_or("");
}

/// Moves the list of `id` out of `loose`, if it has one.
std::vector<std::size_t>
take_loose(std::unordered_map<std::string_view, std::vector<std::size_t>>& loose,
           std::string_view id) {
  auto it = loose.find(id);
  if (it == loose.end()) return {};
  std::vector<std::size_t> list = std::move(it->second);
  loose.erase(it);
  return list;
}

} // namespace

void CitationGraph::add_node(Node n) {
  if (by_id_.count(n.id)) return;
  by_number_[number_key(n.number)].push_back(nodes_.size());
  out_.push_back(take_loose(loose_out_, n.id));
  in_.push_back(take_loose(loose_in_, n.id));
  nodes_.push_back(std::move(n));
  by_id_.emplace(nodes_.back().id, nodes_.size() - 1); // the view of the id where it stays
}

void CitationGraph::add_edge(std::string_view from, std::string_view to, Relation relation,
                             int line, bool ambiguous, std::vector<std::string> candidates) {
  // Lists the edge under `id` and gives the graph's own copy of the id, in one lookup: its node's
  // id, else a copy kept in loose_ids_ (an id without a node, only in a file written by hand).
  using Loose = std::unordered_map<std::string_view, std::vector<std::size_t>>;
  auto attach = [&](std::string_view id, std::deque<std::vector<std::size_t>>& by_node,
                    Loose& loose) -> std::string_view {
    if (auto it = by_id_.find(id); it != by_id_.end()) {
      by_node[it->second].push_back(edges_.size());
      return it->first;
    }
    auto it = loose.find(id);
    if (it == loose.end())
      it = loose.emplace(loose_ids_.emplace_back(id), Loose::mapped_type{}).first;
    it->second.push_back(edges_.size());
    return it->first;
  };
  const std::string_view f = attach(from, out_, loose_out_);
  const std::string_view t = attach(to, in_, loose_in_);
  edges_.push_back({f, t, relation, line, ambiguous, std::move(candidates)});
}

std::optional<std::size_t> CitationGraph::node_index(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

CitationGraph CitationGraph::build(const std::vector<Member>& members) {
  return build([&](const auto& visit) {
    for (const auto& m : members) visit(m.id, m.doc);
  });
}

CitationGraph CitationGraph::build(const MemberSource& each) {
  CitationGraph g;
  Resolver resolver;
  each([&](const std::string& id, const Document& doc) {
    resolver.add(id, doc);
    Node n;
    n.id = id;
    n.number = doc.number ? doc.number->text : "";
    n.date = doc.date;
    n.type = doc.type;
    n.subject = doc.subject;
    if (doc.issuer) n.issuer = doc.issuer->name;
    n.path = doc.source.path;
    g.add_node(std::move(n));
  });
  each([&](const std::string& id, const Document& doc) {
    for (const auto& r : doc.references) {
      auto res = resolver.resolve(id, doc, r);
      if (res.kind == Resolution::Kind::External) {
        Node ext;
        ext.id = external_id(r);
        ext.number = r.number;
        ext.date = r.date;
        ext.type = r.type;
        ext.issuer = r.issuer;
        if (r.title) ext.subject = *r.type + " " + *r.title;
        ext.external = true;
        std::string ext_id = ext.id;
        g.add_node(std::move(ext));
        g.add_edge(id, ext_id, r.relation, r.line, false, {});
        continue;
      }
      const bool ambiguous = res.kind == Resolution::Kind::Ambiguous;
      for (const auto& target : res.ids)
        g.add_edge(id, target, r.relation, r.line, ambiguous,
                   ambiguous ? res.ids : std::vector<std::string>{});
    }
  });
  return g;
}

const Node* CitationGraph::node(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &nodes_[it->second];
}

const std::vector<std::size_t>& CitationGraph::outgoing(std::string_view id) const {
  if (auto i = node_index(id)) return out_[*i];
  auto it = loose_out_.find(id);
  return it == loose_out_.end() ? kNone : it->second;
}

const std::vector<std::size_t>& CitationGraph::incoming(std::string_view id) const {
  if (auto i = node_index(id)) return in_[*i];
  auto it = loose_in_.find(id);
  return it == loose_in_.end() ? kNone : it->second;
}

std::vector<const Node*> CitationGraph::find_number(const std::string& number,
                                                    const std::optional<std::string>& date) const {
  std::vector<const Node*> out;
  auto it = by_number_.find(number_key(number));
  if (it == by_number_.end()) return out;
  for (std::size_t i : it->second)
    if (!date || nodes_[i].date == date) out.push_back(&nodes_[i]);
  return out;
}

void CitationGraph::write(std::ostream& out) const {
  auto field = [&](std::string_view v) {
    out << '\t';
    for (char c : v) {
      if (c == '\t')
        out << "\\t";
      else if (c == '\n')
        out << "\\n";
      else if (c == '\\')
        out << "\\\\";
      else
        out << c;
    }
  };
  auto opt = [&](const std::optional<std::string>& v) { field(v ? "+" + *v : std::string()); };
  for (const auto& n : nodes_) {
    out << 'N';
    field(n.id), field(n.number), opt(n.date), opt(n.type), opt(n.subject), opt(n.issuer),
        opt(n.path);
    field(n.external ? "1" : "0");
    out << '\n';
  }
  for (const auto& e : edges_) {
    out << 'E';
    field(e.from), field(e.to), field(std::string(to_string(e.relation))),
        field(std::to_string(e.line)), field(e.ambiguous ? "1" : "0");
    for (const auto& c : e.candidates) field(c);
    out << '\n';
  }
  for (const auto& d : damaged_) {
    out << 'D';
    field(d.id), field(d.path), field(damage_code(d.damage));
    out << '\n';
  }
}

std::optional<CitationGraph> CitationGraph::read(std::string_view text) {
  CitationGraph g;
  std::vector<std::string> f;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.empty()) continue;
    f.clear();
    f.emplace_back();
    for (std::size_t i = 1; i < line.size(); ++i) {
      char c = line[i];
      if (c == '\t') {
        f.emplace_back();
      } else if (c == '\\' && i + 1 < line.size()) {
        char e = line[++i];
        f.back() += e == 't' ? '\t' : e == 'n' ? '\n' : e;
      } else {
        f.back() += c;
      }
    }
    auto opt = [](const std::string& v) {
      return v.empty() ? std::nullopt : std::optional(v.substr(1));
    };
    if (line[0] == 'N' && f.size() == 9) {
      g.add_node({f[1], f[2], opt(f[3]), opt(f[4]), opt(f[5]), opt(f[6]), opt(f[7]), f[8] == "1"});
    } else if (auto relation = f.size() >= 6 ? parse_relation(f[3]) : std::nullopt;
               line[0] == 'E' && relation) { // an unknown relation: a damaged file, rebuilt
      g.add_edge(f[1], f[2], *relation, std::atoi(f[4].c_str()), f[5] == "1",
                 std::vector<std::string>(f.begin() + 6, f.end()));
    } else if (auto damage = f.size() == 4 ? damage_from_code(f[3]) : std::nullopt;
               line[0] == 'D' && damage) {
      g.add_damaged({f[1], f[2], *damage});
    } else {
      return std::nullopt;
    }
  }
  return g;
}

} // namespace vanban::graph
