// Number-and-symbol grammar: a table of inputs and the fields they must give.
#include "helpers.hpp"
#include "number.hpp"

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
