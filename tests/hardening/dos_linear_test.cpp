// Issue 13, item 4 (compile and check): every pass linear. For each hostile shape — short lines,
// "Số:" lines and citations in one paragraph, citations on one line, many paragraphs, a task of
// thousands of lines — 4× the input must cost < 8× the CPU time, in compile and in check (the
// harness, shared with unit/test_scaling.cpp, is unit/linear_cost.hpp).
#include "linear_cost.hpp"
#include "vanban/check.hpp"
#include "vanban/compile.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

/// Below 40 ms the noise of a busy machine dominates; n grows no further once a run takes 150 ms.
constexpr vanban::test::LinearBudget kBudget{40.0, 150.0};

void compile_pass(const std::string& input) {
  auto result = vanban::compile_bytes(input, "dos.md");
  REQUIRE(std::holds_alternative<vanban::Document>(result));
}

void check_pass(const std::string& input) {
  const vanban::check::Options options;
  auto report = vanban::check::check_bytes(input, "dos.md", options);
  REQUIRE_FALSE(report.unreadable);
}

/// make(n) against make(4n), n growing up to max_n (and the compiler's line limit).
void check_linear(const vanban::test::Pass& pass, const vanban::test::Make& make, std::size_t n,
                  std::size_t max_n) {
  vanban::test::check_linear(pass, make, n, n, max_n, kBudget);
}

const std::string kHeader =
    "ỦY BAN NHÂN DÂN TỈNH LONG AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-UBND\n\n"
    "Long An, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\n\nThực hiện nhiệm vụ năm 2024\n\n";

std::string short_lines(std::size_t n) {
  std::string s;
  s.reserve(2 * n);
  for (std::size_t k = 0; k < n; ++k) s += "a\n";
  return s;
}

/// "Số: 1/KH-UBND" on every line of one paragraph.
std::string number_lines(std::size_t n) {
  std::string s = kHeader;
  for (std::size_t k = 0; k < n; ++k) s += "Số: 1/KH-UBND\n";
  return s;
}

/// One paragraph of citations, one a line, each of another document.
std::string citation_lines(std::size_t n) {
  std::string s = kHeader;
  for (std::size_t k = 0; k < n; ++k)
    s += "Căn cứ Quyết định số " + std::to_string(k + 1) +
         "/QĐ-UBND ngày 1/2/2030 của UBND tỉnh X,\n";
  return s;
}

/// The same citations on one line: one clause that never ends, one source line for every column.
std::string citations_on_one_line(std::size_t n) {
  std::string s = kHeader;
  for (std::size_t k = 0; k < n; ++k)
    s += "Căn cứ Quyết định số " + std::to_string(k + 1) +
         "/QĐ-UBND ngày 1/2/2030 của UBND tỉnh X, ";
  return s + "\n";
}

/// One number cited on many dates: the merge compares a citation with those of its number.
std::string one_number_many_dates(std::size_t n) {
  std::string s = kHeader + "Căn cứ ";
  for (std::size_t k = 0; k < n; ++k)
    s += "Quyết định số 7/QĐ-UBND ngày " + std::to_string(k % 28 + 1) + "/" +
         std::to_string(k / 28 % 12 + 1) + "/" + std::to_string(1950 + k / 336 % 200) + ", ";
  return s + "\n";
}

std::string paragraphs(std::size_t n) {
  std::string s = kHeader;
  for (std::size_t k = 0; k < n; ++k)
    s += "Đoạn " + std::to_string(k) + ": căn cứ Kế hoạch số " + std::to_string(k + 1) +
         "/KH-UBND ngày 1/2/2024 (UBND, TP.HCM).\n\n";
  return s;
}

/// A task section whose one task runs on over n lines of one paragraph.
std::string long_task(std::size_t n) {
  std::string s = kHeader + "I. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng: chuẩn bị kinh phí\n";
  for (std::size_t k = 0; k < n; ++k) s += "và các điều kiện khác của đơn vị trước\n";
  return s + "\n";
}

/// The authority marks of a run-on signature, thousands of times on one line.
std::string run_on_authorities(std::size_t n) {
  std::string s = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1/UBND ";
  for (std::size_t k = 0; k < n; ++k) s += "KT. CHỦ TỊCH ";
  return s + "Lê Văn An\n";
}

} // namespace

TEST_CASE("compile-short-lines") {
  check_linear(compile_pass, short_lines, 20000, 1 << 18);
}
TEST_CASE("check-short-lines") {
  check_linear(check_pass, short_lines, 20000, 1 << 18);
}

TEST_CASE("compile-number-lines") {
  check_linear(compile_pass, number_lines, 2000, 1 << 18);
}
TEST_CASE("check-number-lines") {
  check_linear(check_pass, number_lines, 2000, 1 << 18);
}

TEST_CASE("compile-citations-one-paragraph") {
  check_linear(compile_pass, citation_lines, 1000, 1 << 18);
}
TEST_CASE("check-citations-one-paragraph") {
  check_linear(check_pass, citation_lines, 1000, 1 << 18);
}

TEST_CASE("compile-citations-one-line") {
  check_linear(compile_pass, citations_on_one_line, 1000, 1 << 17);
}
TEST_CASE("check-citations-one-line") {
  check_linear(check_pass, citations_on_one_line, 1000, 1 << 17);
}

TEST_CASE("compile-one-number-many-dates") {
  check_linear(compile_pass, one_number_many_dates, 1000, 1 << 17);
}

TEST_CASE("compile-paragraphs") {
  check_linear(compile_pass, paragraphs, 1000, 1 << 17);
}
TEST_CASE("check-paragraphs") {
  check_linear(check_pass, paragraphs, 1000, 1 << 17);
}

TEST_CASE("compile-long-task") {
  check_linear(compile_pass, long_task, 1000, 1 << 18);
}

TEST_CASE("compile-run-on-authorities") {
  check_linear(compile_pass, run_on_authorities, 1000, 1 << 17);
}

TEST_CASE("citations-past-the-cap-are-reported") {
  // 100 documents numbered 7/QĐ-UBND on 100 dates: the first kMaxPerKey are kept, the rest are
  // named by a warning, never dropped in silence.
  auto result = vanban::compile_bytes(one_number_many_dates(100), "cap.md");
  REQUIRE(std::holds_alternative<vanban::Document>(result));
  const auto& doc = std::get<vanban::Document>(result);
  const auto kept = std::count_if(doc.references.begin(), doc.references.end(),
                                  [](const auto& r) { return r.number == "7/QĐ-UBND"; });
  CHECK(kept == 64);
  const auto warning = std::find_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                                    [](const auto& d) { return d.code == "references.truncated"; });
  REQUIRE(warning != doc.diagnostics.end());
  CHECK(warning->message.find("36 citation(s) not kept") != std::string::npos);
}

TEST_CASE("citation-columns-on-a-long-line") {
  // Future-dated citations far along one line: each is reported at its own column, counted in
  // characters (the line is full of multi-byte letters).
  const std::size_t n = 300;
  const auto input = citations_on_one_line(n);
  const auto report = vanban::check::check_bytes(input, "cols.md", {});
  std::vector<int> columns;
  for (const auto& f : report.findings)
    if (f.rule == "reference.future-date") columns.push_back(f.column);
  REQUIRE(columns.size() == n);
  const std::string line = input.substr(kHeader.size());
  auto column_of_number = [&](std::size_t k) {
    const std::size_t at = line.find("số " + std::to_string(k) + "/QĐ") + std::string("số ").size();
    return 1 + static_cast<int>(std::count_if(line.begin(), line.begin() + static_cast<long>(at),
                                              [](char c) { return (c & 0xC0) != 0x80; }));
  };
  CHECK(columns[0] == column_of_number(1));
  CHECK(columns[n / 2] == column_of_number(n / 2 + 1));
  CHECK(columns[n - 1] == column_of_number(n));
}
