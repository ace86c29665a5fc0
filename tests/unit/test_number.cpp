// Number-and-symbol grammar: a table of inputs and the fields they must give.
#include "helpers.hpp"
#include "vanban/text/number.hpp"

using vanban::number::Mode;

namespace {

struct Case {
  const char* input;
  Mode mode;
  const char* text; ///< nullptr: must not parse
  long seq;
  int year; ///< 0: none
  const char* type;
  const char* issuer;
  const char* unit;
};

const Case kCases[] = {
    {"59/KH-LĐLĐ", Mode::Strict, "59/KH-LĐLĐ", 59, 0, "KH", "LĐLĐ", nullptr},
    {"409/KH -LĐLĐ", Mode::Relaxed, "409/KH-LĐLĐ", 409, 0, "KH", "LĐLĐ", nullptr},
    {"309/KH - LĐLĐ", Mode::Relaxed, "309/KH-LĐLĐ", 309, 0, "KH", "LĐLĐ", nullptr},
    {"1734/CTr –TLĐ", Mode::Relaxed, "1734/CTr-TLĐ", 1734, 0, "CTr", "TLĐ", nullptr},
    {"149/LĐLĐ", Mode::Strict, "149/LĐLĐ", 149, 0, nullptr, "LĐLĐ", nullptr},
    {"88/LĐLĐ-ToC", Mode::Strict, "88/LĐLĐ-ToC", 88, 0, nullptr, "LĐLĐ", "ToC"},
    {"2417/UBND-KGVX", Mode::Strict, "2417/UBND-KGVX", 2417, 0, nullptr, "UBND", "KGVX"},
    {"1021/QĐ-UBND", Mode::Strict, "1021/QĐ-UBND", 1021, 0, "QĐ", "UBND", nullptr},
    {"135/2020/NĐ-CP", Mode::Strict, "135/2020/NĐ-CP", 135, 2020, "NĐ", "CP", nullptr},
    {"45/2019/QH14", Mode::Strict, "45/2019/QH14", 45, 2019, nullptr, "QH14", nullptr},
    {"03/2016/TTLT-BLĐTBXH-BYT", Mode::Strict, "03/2016/TTLT-BLĐTBXH-BYT", 3, 2016, "TTLT",
     "BLĐTBXH", "BYT"},
    {"02-NQ/TW", Mode::Strict, "02-NQ/TW", 2, 0, "NQ", "TW", nullptr},
    {"02 – NQ/TW", Mode::Relaxed, "02-NQ/TW", 2, 0, "NQ", "TW", nullptr},
    {"36-HD/VPTW", Mode::Strict, "36-HD/VPTW", 36, 0, "HD", "VPTW", nullptr},
    {"07/KH-CĐCS", Mode::Strict, "07/KH-CĐCS", 7, 0, "KH", "CĐCS", nullptr},
    {"17/HD-TLĐ,", Mode::Strict, "17/HD-TLĐ", 17, 0, "HD", "TLĐ", nullptr},
    // Not numbers: dates, fractions, spaced numbers in strict mode, lower-case words.
    {"23/02/2024", Mode::Strict, nullptr, 0, 0, nullptr, nullptr, nullptr},
    {"30/4", Mode::Strict, nullptr, 0, 0, nullptr, nullptr, nullptr},
    {"409/KH -LĐLĐ", Mode::Strict, nullptr, 0, 0, nullptr, nullptr, nullptr}, // a type code alone
    {"71/KH LĐLĐ", Mode::Relaxed, nullptr, 0, 0, nullptr, nullptr, nullptr},
    {"01 - 02 thỏa thuận", Mode::Relaxed, nullptr, 0, 0, nullptr, nullptr, nullptr},
    {"5/năm", Mode::Strict, nullptr, 0, 0, nullptr, nullptr, nullptr},
    {"37/KH-LĐLĐ - một", Mode::Relaxed, "37/KH-LĐLĐ", 37, 0, "KH", "LĐLĐ", nullptr},
    // Before 2000: seq-ISSUER, an issuer of two letters or more that is not a type code.
    {"217-HĐBT", Mode::Strict, "217-HĐBT", 217, 0, nullptr, "HĐBT", nullptr},
    {"24-CP", Mode::Strict, "24-CP", 24, 0, nullptr, "CP", nullptr},
    {"217-HĐBT ngày 14-11-1987", Mode::Relaxed, "217-HĐBT", 217, 0, nullptr, "HĐBT", nullptr},
    {"12-A", Mode::Strict, nullptr, 0, 0, nullptr, nullptr, nullptr},
    {"12-A", Mode::Relaxed, nullptr, 0, 0, nullptr, nullptr, nullptr},
    {"05-KH", Mode::Strict, nullptr, 0, 0, nullptr, nullptr, nullptr}, // a type code, not an issuer
    // A word glued to the number by a PDF that lost the space: cut off after "Số:" only.
    {"76/TB-VPUBNDVị Thanh, ngày 5 tháng 3 năm 2024", Mode::Relaxed, "76/TB-VPUBND", 76, 0, "TB",
     "VPUBND", nullptr},
};

} // namespace

TEST_CASE("number grammar: table of forms") {
  for (const auto& c : kCases) {
    CAPTURE(c.input);
    auto parsed = vanban::number::parse_leading(c.input, c.mode);
    if (!c.text) {
      CHECK_FALSE(parsed.has_value());
      continue;
    }
    REQUIRE(parsed.has_value());
    const auto& n = parsed->number;
    CHECK(n.text == c.text);
    CHECK(n.seq == c.seq);
    CHECK(n.year.value_or(0) == c.year);
    CHECK(n.type_code.value_or("") == std::string(c.type ? c.type : ""));
    CHECK(n.issuer_code.value_or("") == std::string(c.issuer ? c.issuer : ""));
    CHECK(n.unit_code.value_or("") == std::string(c.unit ? c.unit : ""));
  }
}

TEST_CASE("number grammar: raw keeps the spelling, text is normalised") {
  auto parsed = vanban::number::parse_leading("409/KH -LĐLĐ", Mode::Relaxed);
  REQUIRE(parsed);
  CHECK(parsed->number.raw == "409/KH -LĐLĐ");
  CHECK(parsed->number.text == "409/KH-LĐLĐ");
}

TEST_CASE("number grammar: a number inside a word is not a number") {
  CHECK_FALSE(vanban::number::parse_at("ABC59/KH-LĐLĐ", 3, Mode::Strict));
  CHECK(vanban::number::parse_text(" 59 / KH - LĐLĐ ")->text == "59/KH-LĐLĐ");
  CHECK_FALSE(vanban::number::parse_text("59/KH-LĐLĐ và"));
}

TEST_CASE("number grammar: a glued word is cut off only in relaxed mode") {
  auto relaxed = vanban::number::parse_leading("76/TB-VPUBNDVị Thanh", Mode::Relaxed);
  REQUIRE(relaxed);
  CHECK(relaxed->number.text == "76/TB-VPUBND");
  CHECK(relaxed->end == std::string_view("76/TB-VPUBND").size());
  auto strict = vanban::number::parse_leading("76/TB-VPUBNDVị Thanh", Mode::Strict);
  CHECK((!strict || strict->number.text != "76/TB-VPUBND"));
}

TEST_CASE("number labels: Số:, Luật số:, Nghị quyết số:, Bộ luật số: — a citation is not a label") {
  CHECK(vanban::number::label("Số: 12/KH-UBND") == "12/KH-UBND");
  CHECK(vanban::number::label("Luật số: 12/2023/QH15") == "12/2023/QH15");
  CHECK(vanban::number::label("Nghị quyết số: 254/2025/QH15") == "254/2025/QH15");
  CHECK(vanban::number::label("Bộ luật số: 45/2019/QH14") == "45/2019/QH14");
  CHECK(vanban::number::label("Số:      ") == ""); // not filled in: still the number line
  CHECK_FALSE(vanban::number::label("Luật số 35/2018/QH14 ngày 19/11/2018"));
}

TEST_CASE("a glued place after Số: gives number and place-date") {
  auto d = vanban::test::compile_text(
      "VĂN PHÒNG ỦY BAN NHÂN DÂN\n\nSố: 76/TB-VPUBNDVị Thanh, ngày 5 tháng 3 năm 2024\n\n"
      "THÔNG BÁO\n\nKết luận của Chủ tịch\n\nNội dung.\n");
  REQUIRE(d.number);
  CHECK(d.number->text == "76/TB-VPUBND");
  CHECK(d.date == "2024-03-05");
  CHECK(d.place == "Vị Thanh");
}
