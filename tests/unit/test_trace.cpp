// Trace over the corpus: from the top of each chain, down, the reached documents are exactly the
// transitive citers given by the hand-labelled targets; never a same-numbered document of
// another year or office. Cycles, depth and relation filters, and the three output formats.
#include "helpers.hpp"

#include "vanban/trace.hpp"

#include <map>
#include <set>
#include <sstream>

using namespace vanban;

namespace {

struct Fixture {
  graph::CitationGraph graph;
  std::map<std::string, std::set<std::string>> citers; ///< labelled: target path → citing paths
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture out;
    const auto truth = nlohmann::json::parse(
        test::read_file(test::source_dir() + "/tests/data/corpus_truth.json"));
    std::vector<graph::Member> members;
    for (const auto& t : truth) {
      const std::string path = t.at("path");
      members.push_back({path, std::get<Document>(compile_file(test::source_dir() + "/" + path))});
      for (const auto& r : t.at("references"))
        if (!r.at("target").is_null()) out.citers[r.at("target")].insert(path);
    }
    out.graph = graph::CitationGraph::build(members);
    return out;
  }();
  return f;
}

std::set<std::string> expected_down(const std::string& root) {
  std::set<std::string> seen{root};
  std::vector<std::string> todo{root};
  while (!todo.empty()) {
    std::string id = todo.back();
    todo.pop_back();
    auto it = fixture().citers.find(id);
    if (it == fixture().citers.end()) continue;
    for (const auto& c : it->second)
      if (seen.insert(c).second) todo.push_back(c);
  }
  return seen;
}

std::string only(const std::string& ref) {
  auto found = graph::lookup(fixture().graph, ref);
  REQUIRE_MESSAGE(found.size() == 1, ref << " matches " << found.size() << " nodes");
  return found.front()->id;
}

} // namespace

TEST_CASE("trace down from the top of every chain reaches exactly the labelled citers") {
  for (const char* ref :
       {"274/KH-TLĐ", "37/KH-LĐLĐ@2024-02-23", "08-NQ/TU", "05-CT/TU", "1021/QĐ-UBND", "52/QĐ-LĐLĐ",
        "37/KH-LĐLĐ@2023-12-05", "37/KH-LĐLĐ@2024-02-27"}) {
    CAPTURE(ref);
    const std::string root = only(ref);
    auto result = graph::trace(fixture().graph, root, {});
    std::set<std::string> reached(result.node_ids.begin(), result.node_ids.end());
    CHECK(reached == expected_down(root));
  }
}

TEST_CASE("trace never follows a same-numbered document of another year or office") {
  const std::string lai_chau_2024 = only("37/KH-LĐLĐ@2024-02-23");
  auto result = graph::trace(fixture().graph, lai_chau_2024, {});
  for (const auto& id : result.node_ids) {
    const auto* n = fixture().graph.node(id);
    if (n->number == "37/KH-LĐLĐ" && id != lai_chau_2024) {
      // Only Tam Đường's own 37/KH-LĐLĐ, which implements Lai Châu's, may appear.
      CHECK(id == "corpus/ldld-tam-duong/2024-03-04_thang-cong-nhan-2024.md");
    }
  }
  CHECK(graph::lookup(fixture().graph, "37/KH-LĐLĐ").size() == 4); // an ambiguous REF
}

TEST_CASE("trace up, depth and relation filters") {
  const std::string plan = only("112/KH-LĐLĐ");
  graph::TraceOptions up;
  up.direction = graph::Direction::Up;
  auto all = graph::trace(fixture().graph, plan, up);
  std::set<std::string> numbers;
  for (const auto& id : all.node_ids) numbers.insert(fixture().graph.node(id)->number);
  CHECK(numbers.count("409/KH-LĐLĐ"));
  CHECK(numbers.count("274/KH-TLĐ"));

  up.depth = 1;
  auto one = graph::trace(fixture().graph, plan, up);
  CHECK(one.node_ids.size() < all.node_ids.size());
  for (const auto* e : one.edges) CHECK(e->from == plan);

  graph::TraceOptions only_cites;
  only_cites.relations = {Relation::Cites};
  auto cites = graph::trace(fixture().graph, only("274/KH-TLĐ"), only_cites);
  for (const auto* e : cites.edges) CHECK(e->relation == Relation::Cites);
}

TEST_CASE("an external directive still gathers its implementing plans") {
  auto found = graph::lookup(fixture().graph, "02-NQ/TW");
  REQUIRE(found.size() == 1);
  CHECK(found.front()->external);
  auto result = graph::trace(fixture().graph, found.front()->id, {});
  CHECK(result.node_ids.size() > 3);
}

TEST_CASE("cycles are safe: a node is shown once and then marked repeated") {
  graph::Member a{"a", {}}, b{"b", {}};
  a.doc.number = DocNumber{"01/KH-X", "01/KH-X", 1, {}, "KH", "X", {}};
  b.doc.number = DocNumber{"02/KH-X", "02/KH-X", 2, {}, "KH", "X", {}};
  a.doc.references.push_back({Relation::Cites, {}, "02/KH-X", {}, {}, 3, "02/KH-X", {}});
  b.doc.references.push_back({Relation::Cites, {}, "01/KH-X", {}, {}, 4, "01/KH-X", {}});
  auto g = graph::CitationGraph::build({a, b});
  auto result = graph::trace(g, "a", {});
  CHECK(result.node_ids.size() == 2);
  CHECK(result.steps.size() == 3);
  CHECK(result.steps.back().repeated);
}

TEST_CASE("trace output: JSON contract, DOT, tree") {
  auto result = graph::trace(fixture().graph, only("274/KH-TLĐ"), {});
  auto j = graph::trace_json(fixture().graph, result);
  CHECK(j.at("root") == only("274/KH-TLĐ"));
  for (const auto& n : j.at("nodes"))
    for (const char* key :
         {"id", "number", "date", "type", "subject", "issuer", "path", "external"})
      CHECK(n.contains(key));
  for (const auto& e : j.at("edges"))
    for (const char* key : {"from", "to", "relation", "line", "ambiguous"}) CHECK(e.contains(key));
  std::ostringstream dot, tree;
  graph::print_dot(dot, fixture().graph, result);
  CHECK(dot.str().rfind("digraph trace {", 0) == 0);
  CHECK(dot.str().find("-> \"" + only("274/KH-TLĐ") + "\" [label=\"implements\"]") !=
        std::string::npos);
  graph::print_tree(tree, fixture().graph, result);
  CHECK(tree.str().find("├── implements: 409/KH-LĐLĐ  2023-02-02  Kế hoạch") != std::string::npos);
}
