// Printers (text, json, SARIF 2.1.0 required properties), languages, the rule table, open_archive.
#include "test_check_helpers.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

using namespace vanban;

namespace {

std::string print(const std::string& format, const std::vector<check::FileReport>& reports,
                  check::Lang lang = check::Lang::Vi) {
  std::ostringstream out;
  auto printer = check::make_printer(format, out, lang);
  for (const auto& r : reports) printer->file(r);
  printer->finish();
  return out.str();
}

std::vector<check::FileReport> sample(check::Lang lang = check::Lang::Vi) {
  check::Options o;
  o.lang = lang;
  return {check::check_file(test::fixture("date.format.md"), o),
          check::check_file(test::fixture("number.missing.md"), o)};
}

bool non_empty_string(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() && !j[key].get<std::string>().empty();
}

} // namespace

TEST_CASE("check output: text lines and summary") {
  auto text = print("text", sample());
  CHECK(text.find("date.format.md:1:") != std::string::npos);
  CHECK(text.find(": warning: ngày ban hành \"ngày 8 tháng 3 năm 2024\" phải viết là") !=
        std::string::npos);
  CHECK(text.find("[date.format]\n") != std::string::npos);
  CHECK(text.find("number.missing.md:1:1: error: ") != std::string::npos);
  CHECK(text.substr(text.rfind('\n', text.size() - 2) + 1) == "2 tệp, 1 lỗi, 1 cảnh báo\n");
}

TEST_CASE("check output: --lang en") {
  auto text = print("text", sample(check::Lang::En), check::Lang::En);
  CHECK(text.find("the issue date \"ngày 8 tháng 3 năm 2024\" should read") != std::string::npos);
  CHECK(text.find("2 file(s), 1 error(s), 1 warning(s)") != std::string::npos);
}

TEST_CASE("check output: json contract") {
  auto j = nlohmann::json::parse(print("json", sample()));
  REQUIRE(j["files"].size() == 2);
  const auto& d = j["files"][0]["diagnostics"][0];
  CHECK(d["rule"] == "date.format");
  CHECK(d["severity"] == "warning");
  CHECK(d["line"] == 1);
  CHECK(d["column"].get<int>() > 1);
  CHECK(non_empty_string(d, "message"));
  CHECK(non_empty_string(d, "hint"));
  CHECK(j["summary"] == nlohmann::json{{"files", 2}, {"errors", 1}, {"warnings", 1}});
}

TEST_CASE("check output: SARIF 2.1.0 required properties") {
  auto log = nlohmann::json::parse(print("sarif", sample()));
  CHECK(log["version"] == "2.1.0"); // sarifLog
  CHECK(non_empty_string(log, "$schema"));
  REQUIRE(log["runs"].is_array());
  REQUIRE(log["runs"].size() == 1);
  const auto& run = log["runs"][0];
  REQUIRE(run.contains("tool"));              // run
  const auto& driver = run["tool"]["driver"]; // tool
  CHECK(non_empty_string(driver, "name"));    // toolComponent
  CHECK(non_empty_string(driver, "version"));
  REQUIRE(driver["rules"].size() == check::list_rules(check::Lang::Vi).size());
  for (const auto& rule : driver["rules"]) { // reportingDescriptor
    CHECK(non_empty_string(rule, "id"));
    CHECK(non_empty_string(rule["shortDescription"], "text"));
    CHECK(rule["helpUri"].get<std::string>().rfind("README.md#check-", 0) == 0);
  }
  REQUIRE(run["results"].size() == 2);
  for (const auto& result : run["results"]) {
    CHECK(non_empty_string(result["message"], "text")); // result
    CHECK(non_empty_string(result, "ruleId"));
    const std::string level = result["level"];
    CHECK((level == "none" || level == "note" || level == "warning" || level == "error"));
    CHECK(driver["rules"][result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    const auto& physical = result["locations"][0]["physicalLocation"]; // location
    const std::string uri = physical["artifactLocation"]["uri"];
    CHECK(uri.find("tests/fixtures/check/") != std::string::npos);
    CHECK(uri[0] != '/'); // relative to the working directory
    CHECK(uri.find("%") == std::string::npos);
    CHECK(physical["region"]["startLine"].get<int>() >= 1);
    CHECK(physical["region"]["startColumn"].get<int>() >= 1);
  }
}

TEST_CASE("check output: SARIF URIs percent-encode non-ASCII names") {
  check::FileReport r{
      "thư mục/kế hoạch.md", {{"date.format", check::Severity::Warning, 1, 1, "m", "h"}}, false};
  auto log = nlohmann::json::parse(print("sarif", {r}));
  CHECK(
      log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
      "th%C6%B0%20m%E1%BB%A5c/k%E1%BA%BF%20ho%E1%BA%A1ch.md");
}

TEST_CASE("check rules: the table is complete in both languages") {
  for (auto lang : {check::Lang::Vi, check::Lang::En}) {
    auto rules = check::list_rules(lang);
    REQUIRE(rules.size() >= 25);
    for (const auto& r : rules) {
      CAPTURE(r.id);
      CHECK(r.id.find('.') != std::string::npos);
      CHECK(!r.description.empty());
      CHECK(!r.example.empty());
      CHECK(r.anchor.rfind("check-", 0) == 0);
    }
  }
  for (const char* rule : {"number.missing",
                           "number.malformed",
                           "number.leading-zero",
                           "number.type-mismatch",
                           "date.missing",
                           "date.invalid",
                           "date.format",
                           "header.issuer-missing",
                           "header.motto-missing",
                           "type.missing",
                           "subject.missing",
                           "recipients.missing",
                           "recipients.archive-missing",
                           "signer.missing",
                           "signer.position-missing",
                           "signer.authority-missing",
                           "reference.future-date",
                           "reference.malformed",
                           "reference.unresolved",
                           "structure.abbreviation-undefined",
                           "encoding.invalid-utf8",
                           "encoding.not-nfc"}) {
    auto rules = check::list_rules(check::Lang::Vi);
    CHECK_MESSAGE(
        std::any_of(rules.begin(), rules.end(), [&](const auto& r) { return r.id == rule; }), rule);
  }
}

TEST_CASE("check archive: --db without an index is refused clearly") {
  CHECK_THROWS_AS(check::open_archive("/tmp"), check::ArchiveUnavailable);
  CHECK(check::ui_text("no-index", check::Lang::Vi, {{"dir", "kho"}}) ==
        "chưa có chỉ mục ở kho: hãy chạy `vanban index --db kho` trước");
  CHECK(check::ui_text("no-index", check::Lang::En, {{"dir", "kho"}}) ==
        "no index at kho: run vanban index first");
}

TEST_CASE("check rules: every SARIF helpUri has its anchor in README.md") {
  const std::string readme = test::read_file(test::source_dir() + "/README.md");
  for (const auto& r : check::list_rules(check::Lang::En))
    CHECK_MESSAGE(readme.find("<a id=\"" + r.anchor + "\"></a>`" + r.id + "`") != std::string::npos,
                  r.id);
}

TEST_CASE("check: an input over the compiler's limits is refused in the report's language") {
  const std::string lines(kMaxDocumentLines + 1, '\n');
  check::Options vi;
  const auto report = check::check_bytes(lines, "dai.md", vi);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.unreadable);
  const std::string& message = report.findings[0].message;
  CHECK_MESSAGE(message.find("quá nhiều dòng (") != std::string::npos, message);
  CHECK_MESSAGE(message.find("giới hạn là 100000 dòng") != std::string::npos, message);
  CHECK_MESSAGE(message.find("too many") == std::string::npos, message); // no English inside
  check::Options en;
  en.lang = check::Lang::En;
  const std::string english = check::check_bytes(lines, "dai.md", en).findings[0].message;
  CHECK_MESSAGE(english.find("too many lines (") != std::string::npos, english);
  CHECK_MESSAGE(english.find("the limit is 100000)") != std::string::npos, english);
}
