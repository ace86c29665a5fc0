// DiagnosticSeverity: the one mapping to and from the contract's strings, and what a stored model's
// unknown or missing severity does.
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "helpers.hpp"
#include "vanban/diagnostic_severity.hpp"
#include "vanban/model_json.hpp"
#include "vanban/stored_model.hpp"

using namespace vanban;

TEST_CASE("diagnostic severity strings are the contract's, both ways") {
  CHECK(to_string(DiagnosticSeverity::Warning) == "warning");
  CHECK(to_string(DiagnosticSeverity::Error) == "error");
  for (DiagnosticSeverity s : kDiagnosticSeverities)
    CHECK(parse_diagnostic_severity(to_string(s)) == s);
  CHECK_FALSE(parse_diagnostic_severity("Warning"));
  CHECK_FALSE(parse_diagnostic_severity("info"));
  CHECK_FALSE(parse_diagnostic_severity(""));
}

TEST_CASE("diagnostic severity: a compiled document's diagnostics are written as warnings") {
  const Document d = test::compile_text("Kế hoạch không có số và không có ngày.\n");
  REQUIRE_FALSE(d.diagnostics.empty());
  for (const auto& g : d.diagnostics) CHECK(g.severity == DiagnosticSeverity::Warning);
  CHECK(dump_json(d).find(R"("severity":"warning")") != std::string::npos);
}

TEST_CASE(
    "diagnostic severity: a stored model keeps it; an unknown one is damage; none is warning") {
  Document d;
  d.diagnostics.push_back({DiagnosticSeverity::Error, 3, "cannot be modelled", "x.y"});
  const std::string text = dump_json(d);
  auto back = read_stored_model(text);
  REQUIRE(std::holds_alternative<Document>(back));
  CHECK(std::get<Document>(back).diagnostics.at(0).severity == DiagnosticSeverity::Error);
  CHECK(dump_json(std::get<Document>(back)) == text);

  std::string damaged = text;
  damaged.replace(damaged.find(R"("severity":"error")"), 18, R"("severity":"fatal")");
  auto read = read_stored_model(damaged);
  REQUIRE(std::holds_alternative<ModelDamage>(read));
  CHECK(std::get<ModelDamage>(read) == ModelDamage::NotModel);

  std::string bare = text;
  bare.replace(bare.find(R"("severity":"error",)"), 19, "");
  auto missing = read_stored_model(bare);
  REQUIRE(std::holds_alternative<Document>(missing));
  CHECK(std::get<Document>(missing).diagnostics.at(0).severity == DiagnosticSeverity::Warning);
}
