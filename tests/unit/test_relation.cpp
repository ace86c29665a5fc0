// Relation: the one mapping to and from the contract's strings, and what an unknown string does
// where relations are read back (stored models, the stored graph).
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <variant>

#include "vanban/citation_graph.hpp"
#include "vanban/model_json.hpp"
#include "vanban/stored_model.hpp"
#include "vanban/text/relation.hpp"

using namespace vanban;

TEST_CASE("relation strings are the contract's, both ways") {
  CHECK(to_string(Relation::Implements) == "implements");
  CHECK(to_string(Relation::BasedOn) == "based_on");
  CHECK(to_string(Relation::Amends) == "amends");
  CHECK(to_string(Relation::Replaces) == "replaces");
  CHECK(to_string(Relation::Repeals) == "repeals");
  CHECK(to_string(Relation::Cites) == "cites");
  for (Relation r : kRelations) CHECK(parse_relation(to_string(r)) == r);
  CHECK_FALSE(parse_relation("Implements"));
  CHECK_FALSE(parse_relation("based on"));
  CHECK_FALSE(parse_relation(""));
}

TEST_CASE("relation: a stored model keeps its relation; an unknown one is damage") {
  Document d;
  d.references.push_back({Relation::Repeals, {}, "05/HD-X", {}, {}, 3, "05/HD-X", {}});
  const std::string text = dump_json(d);
  CHECK(text.find("\"relation\":\"repeals\"") != std::string::npos);
  auto back = read_stored_model(text);
  REQUIRE(std::holds_alternative<Document>(back));
  CHECK(std::get<Document>(back).references.at(0).relation == Relation::Repeals);

  std::string damaged = text;
  damaged.replace(damaged.find("\"repeals\""), 9, "\"quotes\"");
  auto read = read_stored_model(damaged);
  REQUIRE(std::holds_alternative<ModelDamage>(read));
  CHECK(std::get<ModelDamage>(read) == ModelDamage::NotModel);
}

TEST_CASE("relation: the stored graph keeps its relation; an unknown one is not a graph") {
  graph::Member a{"a", {}}, b{"b", {}};
  a.doc.number = DocNumber{"01/KH-X", "01/KH-X", 1, {}, "KH", "X", {}};
  b.doc.number = DocNumber{"02/KH-X", "02/KH-X", 2, {}, "KH", "X", {}};
  a.doc.references.push_back({Relation::BasedOn, {}, "02/KH-X", {}, {}, 4, "02/KH-X", {}});
  auto g = graph::CitationGraph::build({a, b});
  std::ostringstream out;
  g.write(out);
  auto back = graph::CitationGraph::read(out.str());
  REQUIRE(back);
  REQUIRE(back->edges().size() == 1);
  CHECK(back->edges()[0].relation == Relation::BasedOn);

  std::string damaged = out.str();
  damaged.replace(damaged.find("\tbased_on\t"), 10, "\tbasis\t");
  CHECK_FALSE(graph::CitationGraph::read(damaged));
}
