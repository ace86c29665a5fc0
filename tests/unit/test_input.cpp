// Bad and unusual input: invalid UTF-8, empty, binary, BOM/CRLF/NFD twins of the seeds.
#include "helpers.hpp"

#include "vanban/model_json.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <filesystem>

using namespace vanban;
using vanban::test::read_file;

namespace {

InputError expect_error(const std::string& bytes) {
  auto result = compile_bytes(bytes, "bad.md");
  REQUIRE(std::holds_alternative<InputError>(result));
  return std::get<InputError>(result);
}

std::string to_nfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(s), status);
  REQUIRE(U_SUCCESS(status));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string to_crlf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

/// The model without the fields that describe the bytes themselves.
nlohmann::ordered_json content_of(const std::string& bytes) {
  auto j = to_json(test::compile_text(bytes, "twin.md"));
  j.erase("source");
  j.erase("facts");
  return j;
}

std::vector<std::string> seed_paths() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(test::source_dir() + "/corpus/seeds"))
    out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("invalid UTF-8 is reported with its line") {
  auto e = expect_error("Số: 59/KH-LĐLĐ\nLai Ch\xE2u\n");
  CHECK(e.line == 2);
  CHECK(e.message.find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("empty, blank and binary files are errors, not documents") {
  CHECK(expect_error("").message == "empty file");
  CHECK(expect_error("\xEF\xBB\xBF \n\n").message == "file contains only white space");
  auto bin = expect_error(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CHECK(bin.message.find("binary file") != std::string::npos);
}

TEST_CASE("BOM, CRLF and NFD compile exactly like their clean twins") {
  for (const auto& path : seed_paths()) {
    CAPTURE(path);
    const std::string clean = read_file(path);
    const auto expected = content_of(clean);
    CHECK(content_of("\xEF\xBB\xBF" + clean) == expected);
    CHECK(content_of(to_crlf(clean)) == expected);
    CHECK(content_of(to_nfd(clean)) == expected);
    CHECK(content_of("\xEF\xBB\xBF" + to_crlf(to_nfd(clean))) == expected);
  }
}

TEST_CASE("facts record what decoding changed") {
  auto d = test::compile_text("\xEF\xBB\xBFSố: 01/KH-LĐLĐ\r\n" +
                              to_nfd("Lai Châu, ngày 05 tháng 3 năm 2024") + "\r\n");
  CHECK(d.facts.had_bom);
  CHECK(d.facts.had_crlf);
  CHECK_FALSE(d.facts.was_nfc);
  CHECK(d.place == "Lai Châu");
}

TEST_CASE("pathological input: deep nesting and a long line stay linear and do not crash") {
  std::string deep(20000, '>');
  deep += " Số: 01/KH-LĐLĐ\n";
  CHECK(std::holds_alternative<Document>(compile_bytes(deep, "deep.md")));
  std::string list;
  for (int i = 0; i < 5000; ++i)
    list += std::string(static_cast<std::size_t>(i % 40) * 2, ' ') + "- mục\n";
  CHECK(std::holds_alternative<Document>(compile_bytes(list, "list.md")));
  // Inline nesting thousands deep: brackets and emphasis.
  std::string inline_deep =
      std::string(30000, '[') + "Số: 01/KH-LĐLĐ" + std::string(30000, ']') + "\n\n";
  for (int i = 0; i < 20000; ++i) inline_deep += "*a **b ";
  CHECK(std::holds_alternative<Document>(compile_bytes(inline_deep, "inline.md")));
  std::string numbers;
  for (int i = 0; i < 20000; ++i)
    numbers += "số " + std::to_string(i) + "/KH-LĐLĐ ngày 01/01/2024; ";
  auto d = compile_bytes(numbers, "numbers.md");
  REQUIRE(std::holds_alternative<Document>(d));
  CHECK(std::get<Document>(d).references.size() == 20000);
}
