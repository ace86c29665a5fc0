// The Vietnamese analyzer as a table: input text → expected terms ("exact|folded", folded omitted
// when equal).
#include "helpers.hpp"

#include "vanban/analyzer.hpp"

#include "vanban/text/syllable.hpp"

#include <algorithm>
#include <cstdio>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace {

struct Case {
  const char* input;
  const char* terms;
};

const Case kCases[] = {
    // Case folding and NFC; words are syllables.
    {"Nhà ở xã hội", "nhà|nha ở|o xã|xa hội|hoi"},
    {"Vie\xcc\x82\xcc\xa3t Nam", "việt|viet nam"}, // NFD input (combining circumflex + dot below)
    {"ĐƯỜNG Đường", "đường|duong đường|duong"},
    // Tone placement: old and new spellings give the same exact term (new rule).
    {"hóa hoá HÓA", "hoá|hoa hoá|hoa hoá|hoa"},
    {"thủy thuỷ", "thuỷ|thuy thuỷ|thuy"},
    {"khỏe khoẻ", "khoẻ|khoe khoẻ|khoe"},
    {"Ủy uỷ", "uỷ|uy uỷ|uy"},
    {"hòa thúy", "hoà|hoa thuý|thuy"},
    // Where both rules agree the mark stays: closed syllables, modified vowels, qu / gi,
    // triphthongs.
    {"toán hoàng huỳnh thuận", "toán|toan hoàng|hoang huỳnh|huynh thuận|thuan"},
    {"người tuổi mùa cửa", "người|nguoi tuổi|tuoi mùa|mua cửa|cua"},
    {"quý giá gì", "quý|quy giá|gia gì|gi"},
    {"khoái ngoại", "khoái|khoai ngoại|ngoai"},
    // Numbers and codes are split by the word breaker (number terms come from the model).
    {"37/KH-LĐLĐ", "37 kh lđlđ|ldld"},
    {"ngày 29/3/2024", "ngày|ngay 29 3 2024"},
    {"CNVCLĐ, ATVSLĐ.", "cnvclđ|cnvcld atvslđ|atvsld"},
    {"  — ; ", ""},
};

} // namespace

TEST_CASE("analyzer: text → terms") {
  auto& analyzer = vanban::Analyzer::for_this_thread();
  for (const auto& c : kCases) {
    CAPTURE(c.input);
    CHECK(vanban::describe(analyzer.analyze(c.input).tokens) == c.terms);
  }
}

TEST_CASE("analyzer: byte spans point into the NFC text, capitals are flagged") {
  auto a = vanban::Analyzer::for_this_thread().analyze("LĐLĐ huyện Tam Đường");
  REQUIRE(a.tokens.size() == 4);
  CHECK(a.text.substr(a.tokens[1].begin, a.tokens[1].end - a.tokens[1].begin) == "huyện");
  CHECK(a.tokens[0].caps);
  CHECK_FALSE(a.tokens[1].caps);
  CHECK_FALSE(a.tokens[2].caps); // "Tam": one capital is a name, not an abbreviation
}

TEST_CASE("analyzer: tone placement and folding of single syllables") {
  CHECK(vanban::text::place_tone("thủy") == "thuỷ");
  CHECK(vanban::text::place_tone("lđlđ") == "lđlđ");
  CHECK(vanban::text::place_tone("abc") == "abc");
  CHECK(vanban::text::fold_marks("đường") == "duong");
  CHECK(vanban::number_keys("59/KH-LĐLĐ") == std::vector<std::string>{"59/KH-LĐLĐ", "59/KH-LDLD"});
  CHECK(vanban::number_keys("02-NQ/TW") == std::vector<std::string>{"2-NQ/TW"});
}

TEST_CASE("analyzer: sentence stops are flagged on the token after them, commas and colons not") {
  auto a = vanban::Analyzer::for_this_thread().analyze(
      "An toàn, vệ sinh. Kính gửi: Ban; hỏi? Đáp! Rồi… hết, số 1.000.000 ngày 20.11.2024");
  std::string flags;
  for (const auto& t : a.tokens) flags += t.after_stop ? '|' + t.folded : ' ' + t.folded;
  CHECK(flags == " an toan ve sinh|kinh gui ban|hoi|dap|roi|het so 1.000.000 ngay 20.11.2024");
}

// ASCII words skip ICU and the word cache (analyzer.cpp): what they give must be what ICU's case
// folding and the capitals rule give, for every ASCII character in every position of a word.
TEST_CASE("analyzer: ASCII words analyse as ICU would") {
  auto icu_word = [](std::string_view raw) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(raw);
    int letters = 0, upper = 0;
    for (int32_t k = 0; k < u.length(); ++k) {
      if (u_isalpha(u[k])) ++letters;
      if (u_isalpha(u[k]) && u_isupper(u[k])) ++upper;
    }
    std::string folded;
    u.foldCase().toUTF8String(folded);
    return std::make_pair(folded, letters >= 2 && upper == letters);
  };
  std::vector<std::string> texts = {"KH",   "Kh",        "kH",      "COVID-19",   "H2O",
                                    "x",    "X",         "ABC DEF", "a_b",        "don't",
                                    "3.14", "1.000.000", "UBND-VP", "NĐ-CP ND-CP"};
  for (int c = 0x21; c < 0x7f; ++c)
    for (const char* around : {"A%cB", "a%cb", "%cZ", "Q%c", "%c", "9%c9"}) {
      char buf[8];
      std::snprintf(buf, sizeof buf, around, c);
      texts.emplace_back(buf);
    }
  auto& analyzer = vanban::Analyzer::for_this_thread();
  std::size_t compared = 0;
  for (const auto& text : texts) {
    auto a = analyzer.analyze(text);
    for (const auto& t : a.tokens) {
      std::string raw = a.text.substr(t.begin, t.end - t.begin);
      bool ascii = std::all_of(raw.begin(), raw.end(), [](unsigned char b) { return b < 0x80; });
      if (!ascii) continue;
      CAPTURE(text);
      CAPTURE(raw);
      auto [folded, caps] = icu_word(raw);
      CHECK(t.exact == folded);
      CHECK(t.folded == folded);
      CHECK(t.caps == caps);
      ++compared;
    }
  }
  CHECK(compared > 500); // the tokens compared are most of the words made above, not a few
}

// A text that is NFC and well-formed is kept byte for byte; an ill-formed one is analysed as ICU
// reads it (U+FFFD for each bad sequence), and the spans point into that text, not the input.
TEST_CASE("analyzer: the analysed text is the input when NFC, repaired when ill-formed") {
  auto& analyzer = vanban::Analyzer::for_this_thread();
  CHECK(analyzer.analyze("Nhà ở, xã hội.").text == "Nhà ở, xã hội.");
  auto bad = analyzer.analyze("nh\xe0 \xc3 \xff\xfe hội");
  CHECK(bad.text == "nh\xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd hội");
  REQUIRE(!bad.tokens.empty());
  const auto& last = bad.tokens.back();
  CHECK(bad.text.substr(last.begin, last.end - last.begin) == "hội");
}

// Tokens are reserved ahead from the text's length, but never for more words than a stored text
// holds: 8 MB of punctuation (no word at all) must not reserve 1.6 million tokens.
TEST_CASE("analyzer: a long text without words reserves little") {
  auto a = vanban::Analyzer::for_this_thread().analyze(std::string(8 << 20, '-') + " một");
  REQUIRE(a.tokens.size() == 1);
  CHECK(a.tokens.capacity() <= 65536);
}
