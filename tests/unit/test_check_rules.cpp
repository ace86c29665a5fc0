// One fixture per rule: each raises its rule, at its default severity, and no other error.
// Fixtures: tests/fixtures/check/<rule>[--<cause>].md.
#include "test_check_helpers.hpp"

#include <filesystem>
#include <set>

using namespace vanban;

namespace {

std::string rule_of_fixture(const std::string& stem) {
  return stem.substr(0, stem.find("--"));
}

check::Options strict_with_archive() {
  check::Options o;
  o.archive = &test::fixture_archive();
  return o;
}

check::Severity default_severity(const std::string& rule) {
  for (const auto& r : check::list_rules(check::Lang::En))
    if (r.id == rule) return r.strict;
  FAIL("no rule " << rule);
  return check::Severity::Off;
}

} // namespace

TEST_CASE("check: every fixture raises exactly its rule") {
  std::set<std::string> covered;
  for (const auto& entry : std::filesystem::directory_iterator(test::fixture(""))) {
    if (entry.path().extension() != ".md") continue;
    const std::string stem = entry.path().stem().string();
    if (stem.rfind("clean", 0) == 0) continue;
    const std::string rule = rule_of_fixture(stem);
    CAPTURE(stem);
    auto report = check::check_file(entry.path().string(), strict_with_archive());
    REQUIRE(test::count_rule(report, rule) == 1);
    for (const auto& f : report.findings) {
      if (f.rule == rule) {
        CHECK(f.severity == default_severity(rule));
        CHECK(f.line >= 1);
        CHECK(!f.message.empty());
        CHECK(!f.hint.empty());
      } else {
        CHECK_MESSAGE(f.severity != check::Severity::Error,
                      "unexpected error " << f.rule << ": " << f.message);
      }
    }
    covered.insert(rule);
  }
  for (const auto& r : check::list_rules(check::Lang::En))
    CHECK_MESSAGE(covered.count(r.id), "no fixture for " << r.id);
}

TEST_CASE("check: the clean fixtures raise nothing at all") {
  for (const char* name : {"clean.md", "clean-cong-van.md"}) {
    CAPTURE(name);
    auto report = check::check_file(test::fixture(name), strict_with_archive());
    for (const auto& f : report.findings) FAIL_CHECK(f.rule << ": " << f.message);
  }
}

TEST_CASE("check: findings point at the line and column of the defect") {
  auto report = check::check_file(test::fixture("date.format.md"), {});
  REQUIRE(report.findings.size() == 1);
  const auto& f = report.findings[0];
  CHECK(f.line == 1);
  // The column counts characters, not bytes: the table row holds many two-byte letters.
  const std::string line = test::read_file(test::fixture("date.format.md")).substr(0, 300);
  CHECK(f.column < static_cast<int>(line.find("ngày 8")));
  CHECK(f.message.find("ngày 08 tháng 3 năm 2024") != std::string::npos);
}

TEST_CASE("check: the lenient profile relaxes header and OCR-prone rules") {
  check::Options lenient;
  lenient.profile = check::Profile::Lenient;
  auto motto = check::check_file(test::fixture("header.motto-missing.md"), lenient);
  CHECK(test::count_rule(motto, "header.motto-missing") == 0);
  auto number = check::check_file(test::fixture("number.malformed.md"), lenient);
  REQUIRE(test::count_rule(number, "number.malformed") == 1);
  CHECK(number.findings[0].severity == check::Severity::Warning);
  auto issuer = check::check_file(test::fixture("header.issuer-missing.md"), lenient);
  CHECK(test::errors_of(issuer).empty());
}

TEST_CASE("check: the archive rules need an archive and match numbers by year") {
  auto without = check::check_file(test::fixture("reference.unresolved.md"), {});
  CHECK(test::count_rule(without, "reference.unresolved") == 0);
  // 37/KH-LĐLĐ exists twice (two years): a date in 2024 that matches neither is a date error.
  auto mismatch =
      check::check_file(test::fixture("reference.date-mismatch.md"), strict_with_archive());
  REQUIRE(test::count_rule(mismatch, "reference.date-mismatch") == 1);
  CHECK(mismatch.findings[0].message.find("23/02/2024") != std::string::npos);
}

TEST_CASE("check: reference.malformed ignores ordinary uses of \"số\"") {
  const std::string base = test::read_file(test::fixture("clean.md"));
  for (const char* sentence :
       {"Số lượng đoàn viên tăng.", "Kết nạp số 10 đoàn viên.", "Điện thoại số 3.792898.",
        "Ban hành ngày số 23/02/2024.", "Chỉ thị số 05-CT/TU, Nghị định số 135/2020/NĐ-CP."}) {
    CAPTURE(sentence);
    auto report = check::check_bytes(base + "\n" + sentence + "\n", "t.md", {});
    CHECK(test::count_rule(report, "reference.malformed") == 0);
  }
}
