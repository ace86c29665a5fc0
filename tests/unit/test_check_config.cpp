// Suppression comments and --config: rules off, severities, the office's codes, abbreviations.
#include "test_check_helpers.hpp"

using namespace vanban;

namespace {

std::string fixture_text(const std::string& name) {
  return test::read_file(test::fixture(name));
}

check::FileReport check_text(const std::string& text, const check::Options& o = {}) {
  return check::check_bytes(text, "t.md", o);
}

} // namespace

TEST_CASE("check suppress: disable-next-line silences one rule on the next line only") {
  std::string text = fixture_text("reference.malformed.md");
  auto pos = text.find("Thực hiện Kế hoạch");
  const std::string comment = "<!-- vanban-disable-next-line reference.malformed -->\n";
  text.insert(pos, comment);
  CHECK(test::count_rule(check_text(text), "reference.malformed") == 0);
  text.insert(pos + comment.size(), "\n");
  CHECK(test::count_rule(check_text(text), "reference.malformed") ==
        1); // not the next line any more
}

TEST_CASE("check suppress: disable … enable covers the lines between") {
  std::string text = fixture_text("reference.malformed.md");
  auto pos = text.find("Thực hiện Kế hoạch");
  std::string inside = text;
  inside.insert(text.find("\n", pos), "\n<!-- vanban-enable reference.malformed -->");
  inside.insert(pos, "<!-- vanban-disable reference.malformed -->\n");
  CHECK(test::count_rule(check_text(inside), "reference.malformed") == 0);
  std::string other = text;
  other.insert(pos, "<!-- vanban-disable date.format -->\n");
  CHECK(test::count_rule(check_text(other), "reference.malformed") == 1);
}

TEST_CASE("check suppress: a disable never enabled covers findings about missing parts") {
  std::string text =
      fixture_text("header.motto-missing.md") + "\n<!-- vanban-disable header.motto-missing -->\n";
  CHECK(test::count_rule(check_text(text), "header.motto-missing") == 0);
  std::string all = fixture_text("header.motto-missing.md") + "\n<!-- vanban-disable -->\n";
  CHECK(check_text(all).findings.empty());
}

TEST_CASE("check config: rules off, severity changes") {
  check::Options o;
  o.config =
      check::parse_config(R"({"rules": {"header.motto-missing": "off", "date.format": "error"}})");
  CHECK(test::count_rule(check_text(fixture_text("header.motto-missing.md"), o),
                         "header.motto-missing") == 0);
  auto report = check_text(fixture_text("date.format.md"), o);
  REQUIRE(test::count_rule(report, "date.format") == 1);
  CHECK(report.findings[0].severity == check::Severity::Error);
}

TEST_CASE("check config: the office's issuer codes and abbreviations") {
  check::Options o;
  o.config = check::parse_config(
      R"({"issuer_codes": ["LĐLDD"], "abbreviations": {"BCĐ": "Ban Chỉ đạo"}})");
  CHECK(test::count_rule(check_text(fixture_text("number.issuer-unknown.md"), o),
                         "number.issuer-unknown") == 0);
  std::string text = fixture_text("clean.md");
  text.insert(text.find("**II. TỔ CHỨC"),
              "Mời BCĐ huyện dự Lễ phát động; Ban Chỉ đạo (BCĐ) tỉnh chủ trì.\n\n");
  auto report = check_text(text, o);
  REQUIRE(test::count_rule(report, "structure.abbreviation-undefined") == 1);
  CHECK(report.findings[0].message.find("Ban Chỉ đạo (BCĐ)") != std::string::npos);
  CHECK(test::count_rule(check_text(text), "structure.abbreviation-undefined") ==
        0); // unknown without config
}

TEST_CASE("check config: invalid files are refused with a reason") {
  CHECK_THROWS_AS(check::parse_config("{"), check::ConfigError);
  CHECK_THROWS_AS(check::parse_config(R"({"rules": {"no.such-rule": "off"}})"), check::ConfigError);
  CHECK_THROWS_AS(check::parse_config(R"({"rules": {"date.format": "loud"}})"), check::ConfigError);
  CHECK_THROWS_AS(check::parse_config(R"({"rule": {}})"), check::ConfigError);
  CHECK_THROWS_AS(check::load_config("/nonexistent/vanban.json"), check::ConfigError);
}

TEST_CASE("check config: TOML files read like JSON ones") {
  const char* toml = R"(issuer_codes = ["LĐLDD"]

[rules]
"header.motto-missing" = "off"
"date.format" = "error"

[abbreviations]
"BCĐ" = "Ban Chỉ đạo"
)";
  check::Config c;
  try {
    c = check::parse_config_toml(toml);
  } catch (const check::ConfigError& e) {
    // Only a build without libtoml11-dev may refuse TOML, and it must say so.
    CHECK(std::string(e.what()).find("without TOML support") != std::string::npos);
    return;
  }
  CHECK(c.severity.at("header.motto-missing") == check::Severity::Off);
  CHECK(c.severity.at("date.format") == check::Severity::Error);
  CHECK(c.issuer_codes == std::vector<std::string>{"LĐLDD"});
  REQUIRE(c.abbreviations.size() == 1);
  CHECK(c.abbreviations[0].second == "Ban Chỉ đạo");
  CHECK_THROWS_AS(check::parse_config_toml("[rules]\n\"no.such-rule\" = \"off\"\n"),
                  check::ConfigError);
  CHECK_THROWS_AS(check::parse_config_toml("rules = [\n"), check::ConfigError);
}
