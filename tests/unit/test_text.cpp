// The text library's one function for each job other modules used to do by hand: cutting and
// counting UTF-8 by characters, numeric dates typed by a person, the document-number key.
#include "helpers.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/number_key.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <string>

using namespace vanban;

TEST_CASE("text: first_chars cuts after n characters, never inside one") {
  CHECK(utf8::first_chars("Lai Châu", 6) == "Lai Ch");
  CHECK(utf8::first_chars("Lai Châu", 7) == "Lai Châ"); // â is two bytes, kept whole
  CHECK(utf8::first_chars("Lai Châu", 99) == "Lai Châu");
  CHECK(utf8::first_chars("Lai Châu", 0).empty());
  CHECK(utf8::first_chars("", 3).empty());
  CHECK(utf8::first_chars("đ\xFFx", 2) == "đ\xFF"); // an ill-formed byte is one character
}

TEST_CASE("text: counting characters, whole or in slices, agrees on well-formed text") {
  const std::string s = "Ủy ban nhân dân tỉnh Lai Châu";
  CHECK(utf8::code_points(s) == 29);
  CHECK(text::length(s) == utf8::code_points(s));
  // A running count of starts_char() over any cut of the bytes gives the same total.
  std::size_t by_bytes = 0;
  for (char c : s) by_bytes += utf8::starts_char(c);
  CHECK(by_bytes == 29);
  CHECK_FALSE(utf8::starts_char(s[1])); // the second byte of Ủ
  CHECK(utf8::starts_char('a'));
  CHECK(utf8::code_points("a\xC3") == 2); // a cut-off character still counts once
}

TEST_CASE("text: floor_boundary, cut and shorten stay on character boundaries") {
  const std::string s = "Hòa Bình"; // ò: bytes 1-2
  CHECK(utf8::floor_boundary(s, 2) == 1);
  CHECK(utf8::floor_boundary(s, 3) == 3);
  CHECK(utf8::cut(s, 2) == "H");
  CHECK(utf8::shorten(s, 2) == "H…");
  CHECK(utf8::shorten(s, 99) == s);
}

TEST_CASE("text: one parser of typed numeric dates, real days only") {
  auto iso_of = [](std::string_view s) -> std::string {
    auto f = dates::typed_at(s, 0);
    if (!f) return "none";
    return f->impossible ? "impossible" : dates::iso(f->date);
  };
  CHECK(iso_of("29/02/2024") == "2024-02-29");
  CHECK(iso_of("29.2.2024") == "2024-02-29");
  CHECK(iso_of("2024-02-29") == "2024-02-29");
  CHECK(iso_of("2024/2/29") == "2024-02-29");
  CHECK(iso_of("31/02/2024") == "impossible");
  CHECK(iso_of("2024-02-31") == "impossible");
  CHECK(iso_of("29/02/2023") == "impossible");
  CHECK(iso_of("1/13/2024") == "impossible");
  CHECK(iso_of("29/02-2024") == "none"); // one separator, the same twice
  CHECK(iso_of("29/02/20245") == "none");
  CHECK(iso_of("2024-02-29x") == "none");
  // Running text reads the same day-first form the same way.
  const std::string_view line = "ngày 31/02/2024";
  auto in_text = dates::numeric_at(line, line.find('3'));
  REQUIRE(in_text);
  CHECK(in_text->impossible);
  CHECK_FALSE(dates::numeric_at("2024-02-29", 0)); // year first: typed, not a document's form
}

TEST_CASE("text: the document-number key") {
  CHECK(number_key("07/KH-CĐCS") == "7/KH-CĐCS");
  CHECK(number_key("7/kh-cđcs") == "7/KH-CĐCS");
  CHECK(number_key("07/KH - CĐCS") == "7/KH-CĐCS");
  CHECK(number_key("02-NQ/TW") == "2-NQ/TW");
  CHECK(number_key("135/2020/NĐ-CP") == "135/2020/NĐ-CP");
  CHECK(number_key("0") == "0");
}
