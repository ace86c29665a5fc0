// Dates: the header's place-date line, numeric and spelled dates, deadline phrases.
#include "helpers.hpp"
#include "vanban/text/dates.hpp"

using namespace vanban::dates;

TEST_CASE("place-date line") {
  auto pd = parse_place_date("Lai Châu, ngày 29 tháng 3 năm 2024");
  REQUIRE(pd);
  CHECK(pd->place == "Lai Châu");
  REQUIRE(pd->date);
  CHECK(iso(*pd->date) == "2024-03-29");
  CHECK(pd->date_text == "ngày 29 tháng 3 năm 2024");

  auto italic = parse_place_date("Tam Đường, ngày 06 tháng 02 năm 2023.");
  REQUIRE(italic);
  CHECK(iso(*italic->date) == "2023-02-06");
  CHECK(italic->place == "Tam Đường");

  auto impossible = parse_place_date("Lai Châu, ngày 31 tháng 02 năm 2024");
  REQUIRE(impossible);
  CHECK_FALSE(impossible->date);
  CHECK(impossible->impossible);

  auto blank = parse_place_date("Hà Nội, ngày      tháng      năm 2024");
  REQUIRE(blank);
  CHECK_FALSE(blank->date);
  CHECK_FALSE(blank->impossible);

  CHECK_FALSE(parse_place_date("Ban Thường vụ LĐLĐ tỉnh đã tổ chức nhiều hoạt động"));
}

TEST_CASE("numeric and spelled dates") {
  CHECK(iso(numeric_at("23/02/2024", 0)->date) == "2024-02-23");
  CHECK(iso(numeric_at("8/3/2024", 0)->date) == "2024-03-08");
  CHECK(numeric_at("31/02/2024", 0)->impossible);
  CHECK_FALSE(numeric_at("12/2024", 0));
  CHECK(iso(date_at(", ngày 12/6/2021 của", 1)->date) == "2021-06-12");
  CHECK(iso(date_at(" ngày 8 tháng 3 năm 2024", 0)->date) == "2024-03-08");
  CHECK(iso(find_spelled("Hôm nay, NGÀY 01 THÁNG 12 NĂM 2022.")->date) == "2022-12-01");
}

TEST_CASE("deadline phrases (domain.md)") {
  struct Case {
    const char* text;
    const char* phrase;
    const char* date; ///< nullptr: a deadline without a date
  };
  const Case cases[] = {
      {"Tổng hợp báo cáo về Tổng Liên đoàn trước ngày 15/6/2023.", "trước ngày 15/6/2023",
       "2023-06-15"},
      {"hoàn thành trước ngày 30/4/2024)", "trước ngày 30/4/2024", "2024-04-30"},
      {"Tổ chức ra quân trong tháng 5/2024", "trong tháng 5/2024", "2024-05-31"},
      {"Sơ kết vào Quý II/2024", "Quý II/2024", "2024-06-30"},
      {"Báo cáo trong quý IV năm 2023", "quý IV năm 2023", "2023-12-31"},
      {"Thời gian thực hiện: Thường xuyên.", "Thường xuyên", nullptr},
      {"Thời gian thực hiện: Trong năm.", "Trong năm", nullptr},
      {"Thời gian thực hiện: Cả năm 2022.", "Cả năm 2022", "2022-12-31"},
      {"Hạn chót ngày 20/02/2024", "Hạn chót ngày 20/02/2024", "2024-02-20"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto d = find_deadline(c.text);
    REQUIRE(d);
    CHECK(d->text == c.phrase);
    if (c.date) {
      REQUIRE(d->date);
      CHECK(iso(*d->date) == c.date);
    } else {
      CHECK_FALSE(d->date);
    }
  }
  // Mid-sentence "thường xuyên" is an adverb, not a deadline.
  CHECK_FALSE(find_deadline("Chỉ đạo các cấp công đoàn thường xuyên phối hợp với chính quyền"));
}
