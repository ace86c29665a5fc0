// Issue 13 item 1 — one valid document poisons the whole archive: the UTF-8 helpers that cut on a
// character boundary and repair bad bytes, the escaped form of file names, a long cited issuer, the
// model JSON that stays UTF-8, and damaged stored records named instead of thrown.
#include <doctest/doctest.h>

#include "vanban/citation_graph.hpp"
#include "vanban/compile.hpp"
#include "vanban/model_json.hpp"
#include "vanban/path_escape.hpp"
#include "vanban/stored_model.hpp"
#include "vanban/text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <random>
#include <sstream>
#include <string>

using namespace vanban;

namespace {

/// One character of each UTF-8 length, between ASCII letters: "aé" is 1 + 2 bytes, and so on.
struct Sample {
  const char* name;
  std::string ch;
};
const Sample kSamples[] = {
    {"2-byte é", "\xC3\xA9"}, {"3-byte ứ", "\xE1\xBB\xA9"}, {"4-byte 𠀀", "\xF0\xA0\x80\x80"}};

} // namespace

// Every byte offset of a 2-, 3- and 4-byte character
TEST_CASE("utf8-poison.cut") {
  for (const auto& sample : kSamples) {
    CAPTURE(sample.name);
    const std::string s = "a" + sample.ch + "b";
    const std::size_t n = sample.ch.size();
    CHECK(utf8::cut(s, 0) == "");
    CHECK(utf8::cut(s, 1) == "a");
    for (std::size_t inside = 2; inside <= n; ++inside) { // the cap falls within the character
      CAPTURE(inside);
      CHECK(utf8::cut(s, inside) == "a");
      CHECK(utf8::floor_boundary(s, inside) == 1);
    }
    CHECK(utf8::cut(s, 1 + n) == "a" + sample.ch); // right after it
    CHECK(utf8::cut(s, 2 + n) == s);
    CHECK(utf8::cut(s, 100) == s);
    for (std::size_t k = 0; k <= s.size() + 1; ++k) CHECK(utf8::valid(utf8::cut(s, k)));
  }
}

// An ellipsis only when cut, never half a character
TEST_CASE("utf8-poison.shorten") {
  CHECK(utf8::shorten("abc", 3) == "abc");
  CHECK(utf8::shorten("ab\xE1\xBB\xA9", 4) == "ab…");
  CHECK(utf8::shorten("ab\xE1\xBB\xA9z", 5) == "ab\xE1\xBB\xA9…");
}

// Ill-formed sequences become U+FFFD
TEST_CASE("utf8-poison.valid-and-sanitize") {
  CHECK(utf8::valid("Kế hoạch 𠀀"));
  CHECK_FALSE(utf8::valid("x\xFF"));
  CHECK_FALSE(utf8::valid("\xE1\xBB"));            // truncated
  CHECK_FALSE(utf8::valid("\xC0\xAF"));            // overlong '/'
  CHECK_FALSE(utf8::valid("\xED\xA0\x80"));        // a surrogate
  CHECK_FALSE(utf8::valid("\xF4\x90\x80\x80"));    // past U+10FFFF
  CHECK(utf8::sanitize("Kế hoạch") == "Kế hoạch"); // unchanged
  CHECK(utf8::sanitize("a\xFF"
                       "b") == "a\xEF\xBF\xBD"
                               "b");
  // A truncated sequence is one maximal subpart: one replacement, and the next letter kept.
  CHECK(utf8::sanitize("a\xE1\xBB"
                       "b") == "a\xEF\xBF\xBD"
                               "b");
  CHECK(utf8::valid(utf8::sanitize("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80\xFE")));
  CHECK(utf8::code_points("aé𠀀") == 3);
}

// Reversible, UTF-8, and a typed backslash cannot collide
TEST_CASE("utf8-poison.path-escape") {
  CHECK(escape_path("corpus/tld/Kế hoạch.md") == "corpus/tld/Kế hoạch.md"); // the usual name
  CHECK(escape_path("x\xFF.md") == "x\\xFF.md");
  CHECK(escape_path("x\\xFF.md") == "x\\\\xFF.md"); // the same text typed: another name
  CHECK(escape_path("a\nb\x1B") == "a\\x0Ab\\x1B"); // controls never reach a terminal or a TSV
  CHECK(escape_path("\xE1\xBB") == "\\xE1\\xBB");   // each byte of a bad sequence
  CHECK_FALSE(unescape_path("a\\").has_value());
  CHECK_FALSE(unescape_path("a\\x4").has_value());
  CHECK_FALSE(unescape_path("a\\q").has_value());
  std::string every_byte;
  for (int b = 1; b < 256; ++b) every_byte += static_cast<char>(b);
  std::mt19937 rng(13);
  std::uniform_int_distribution<int> byte(1, 255), length(0, 12);
  std::vector<std::string> names{every_byte, "", "\\", "\\\\x41", "a\\xFFb\xFF"};
  for (int i = 0; i < 2000; ++i) {
    std::string s(static_cast<std::size_t>(length(rng)), ' ');
    for (auto& c : s) c = static_cast<char>(byte(rng));
    names.push_back(s);
  }
  for (const auto& raw : names) {
    const std::string shown = escape_path(raw);
    CHECK(utf8::valid(shown));
    REQUIRE(unescape_path(shown).has_value());
    CHECK(*unescape_path(shown) == raw);
  }
}

// A cited issuer past 200 bytes is cut between characters
TEST_CASE("utf8-poison.long-issuer") {
  // "của " + this name: every word capitalised, so no stop word ends it before the length cap, and
  // "Ứ" (3 bytes) repeated puts the 200th byte inside a character.
  std::string issuer = "Ban";
  while (issuer.size() < 260) issuer += " Ứng Dụng";
  const std::size_t cap = 200;
  REQUIRE((static_cast<unsigned char>(issuer[cap]) & 0xC0) == 0x80); // the old cut split here
  const std::string doc = "**ỦY BAN NHÂN DÂN XÃ THỬ**\n\nSố: 5/KH-UBND\n\n"
                          "Thử, ngày 2 tháng 5 năm 2024\n\n**KẾ HOẠCH**\n\n**Thử nghiệm**\n\n"
                          "Căn cứ Kế hoạch số 17/KH-UBND ngày 03/02/2024 của " +
                          issuer + ";\n\nNội dung.\n";
  auto result = compile_bytes(doc, "issuer.md");
  REQUIRE(std::holds_alternative<Document>(result));
  const auto& d = std::get<Document>(result);
  REQUIRE(d.references.size() == 1);
  REQUIRE(d.references[0].issuer.has_value());
  const std::string& got = *d.references[0].issuer;
  CHECK(utf8::valid(got));
  CHECK(got.size() <= cap);
  CHECK(got.size() >= cap - 3);
  CHECK(issuer.compare(0, got.size(), got) == 0);
  const std::string json = dump_json(d);
  CHECK(utf8::valid(json));
  CHECK_NOTHROW((void)nlohmann::json::parse(json).dump());
}

// Strings with bad bytes are written as U+FFFD, never raw
TEST_CASE("utf8-poison.model-json") {
  Document d;
  d.source.path = "bad\xFF.md";
  d.subject = "Kế hoạch \xE1\xBB";
  d.type = "ok";
  const std::string json = dump_json(d);
  CHECK(utf8::valid(json));
  auto j = nlohmann::json::parse(json);
  CHECK(j["source"]["path"] == "bad\xEF\xBF\xBD.md");
  CHECK(j["subject"] == "Kế hoạch \xEF\xBF\xBD");
  // compile_bytes escapes a file name that is not UTF-8, so the model keeps it reversibly.
  auto compiled = compile_bytes("**KẾ HOẠCH**\n\nNội dung.\n", "x\xFF.md");
  REQUIRE(std::holds_alternative<Document>(compiled));
  CHECK(std::get<Document>(compiled).source.path == "x\\xFF.md");
}

// A damaged record says what is wrong and never throws
TEST_CASE("utf8-poison.stored-model") {
  Document d;
  d.source.path = "a.md";
  const std::string good = dump_json(d);
  CHECK(std::holds_alternative<Document>(read_stored_model(good)));
  auto damage = [](std::string_view text) {
    auto r = read_stored_model(text);
    return std::holds_alternative<ModelDamage>(r) ? std::optional(std::get<ModelDamage>(r))
                                                  : std::nullopt;
  };
  CHECK(damage("{\"schema\":\"vanban.document/1\",\"subject\":\"x\xFF\"}") == ModelDamage::NotUtf8);
  // Damage is told apart only after a failed parse: every ill-formed sequence must fail it.
  for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE1\xBB", "\xFF"})
    CHECK(damage(std::string("{\"schema\":\"vanban.document/1\",\"subject\":\"") + bad + "\"}") ==
          ModelDamage::NotUtf8);
  CHECK(damage(good + "\xFF") == ModelDamage::NotUtf8);
  CHECK(std::holds_alternative<Document>(read_stored_model(
      "{\"schema\":\"vanban.document/1\",\"subject\":\"\xEF\xBF\xBF\"}"))); // U+FFFF: well-formed
  CHECK(damage(good.substr(0, good.size() / 2)) == ModelDamage::NotJson);
  CHECK(damage("") == ModelDamage::NotJson);
  CHECK(damage("[1,2]") == ModelDamage::NotModel);
  CHECK(damage("{\"schema\":\"other/1\"}") == ModelDamage::NotModel);
  CHECK(damage("{\"schema\":\"vanban.document/1\",\"references\":7}") == ModelDamage::NotModel);
  CHECK(damage("{\"schema\":\"vanban.document/1\",\"date\":[1]}") == ModelDamage::NotModel);
  auto ordered = parse_stored_model<nlohmann::ordered_json>("{\"schema\":\"vanban.document/1\"}");
  CHECK(std::holds_alternative<nlohmann::ordered_json>(ordered));

  const auto record = damaged_record("0123abcd", "docs/x\xFF.md", ModelDamage::NotJson);
  CHECK(utf8::valid(record.path));
  const std::string vi = damaged_record_warning(record, false);
  const std::string en = damaged_record_warning(record, true);
  CHECK(vi.find("0123abcd") != std::string::npos);
  CHECK(vi.find("cảnh báo") == 0);
  CHECK(en.find("warning: the stored record of docs/x") == 0);
  CHECK(en.find("vanban index") != std::string::npos);
}

// The graph file keeps its damaged records
TEST_CASE("utf8-poison.graph-damaged") {
  graph::CitationGraph g = graph::CitationGraph::build(std::vector<graph::Member>{});
  g.add_damaged({"0123abcd", "docs/a\tb\\xFF.md", ModelDamage::NotUtf8});
  std::ostringstream out;
  g.write(out);
  auto back = graph::CitationGraph::read(out.str());
  REQUIRE(back.has_value());
  REQUIRE(back->damaged().size() == 1);
  CHECK(back->damaged()[0].id == "0123abcd");
  CHECK(back->damaged()[0].path == "docs/a\tb\\xFF.md");
  CHECK(back->damaged()[0].damage == ModelDamage::NotUtf8);
  CHECK_FALSE(graph::CitationGraph::read("D\tid\tpath\tno-such-damage\n").has_value());
}

// What nlohmann parses is well-formed UTF-8: read_stored_model() relies on it to skip a validation
// pass over every model. Every two-byte sequence, and three- and four-byte ones around each edge
// of the well-formed ranges, inside a JSON string.
TEST_CASE("utf8-poison.json-parse-implies-valid") {
  std::size_t accepted = 0;
  auto check = [&](const std::string& bytes) {
    const std::string text = "{\"s\":\"" + bytes + "\"}";
    if (!nlohmann::json::accept(text)) return;
    ++accepted;
    if (!utf8::valid(text)) FAIL_CHECK("nlohmann accepts ill-formed UTF-8: " << escape_path(bytes));
  };
  const std::vector<int> edges{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  auto byte = [](int b) { return static_cast<char>(b); };
  for (int a = 0x80; a <= 0xFF; ++a) {
    for (int b = 0; b <= 0xFF; ++b)
      if (b != '"' && b != '\\') check(std::string{byte(a), byte(b)});
    for (int b : edges)
      for (int c : edges) {
        check(std::string{byte(a), byte(b), byte(c)});
        for (int d : edges) check(std::string{byte(a), byte(b), byte(c), byte(d)});
      }
  }
  // Not a vacuous pass: the well-formed ones are accepted (30 × 64 two-byte characters alone).
  CHECK(accepted > 30 * 64);
}
