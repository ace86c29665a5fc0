// The unit facts file kept beside the graph (graph/src/unit_facts_file.hpp): what follow-up reads
// of every document must come back exactly as the stored model had it, and a damaged or stale file
// must never be read as a smaller or older archive.
#include "sealed_file.hpp"
#include "unit_facts_file.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace vanban;
namespace facts = vanban::graph::unit_facts_file;
namespace sealed_file = vanban::graph::sealed_file;

namespace {

Document with_odd_characters() {
  Document d;
  d.issuer =
      Issuer{"LIÊN ĐOÀN\tLAO ĐỘNG \\ TỈNH", {"ignored line"}, std::string("TỔNG\nLIÊN ĐOÀN")};
  d.number.emplace();
  d.number->issuer_code = "LĐLĐ";
  d.place = "Tam Đường\r";
  d.signer.emplace().name = "Nguyễn Văn A";
  d.recipients.emplace_back().name = "Các CĐCS trực thuộc";
  d.recipients.emplace_back().name = "=\\t not an escape";
  return d;
}

struct Read {
  std::vector<std::pair<std::string, Document>> docs;
  std::variant<facts::Freshness, std::string> outcome;
};

Read read(const std::string& text, std::uint64_t revision) {
  Read r;
  r.outcome = facts::read(text, revision, [&](const std::string& id, const Document& d) {
    r.docs.emplace_back(id, d);
  });
  return r;
}

} // namespace

TEST_CASE("unit facts file: the facts come back as stored, tabs, line ends and backslashes too") {
  facts::Writer w;
  w.add("a/1.md", with_odd_characters());
  Document bare; // no issuer, no number, no place, no signer, no recipients
  w.add("b\t2.md", bare);
  Document empty_issuer;
  empty_issuer.issuer = Issuer{};
  w.add("c.md", empty_issuer);
  const auto r = read(w.seal(7), 7);
  REQUIRE(std::get<facts::Freshness>(r.outcome) == facts::Freshness::Current);
  REQUIRE(r.docs.size() == 3);
  const Document& d = r.docs[0].second;
  const Document want = with_odd_characters();
  CHECK(r.docs[0].first == "a/1.md");
  CHECK(d.issuer->name == want.issuer->name);
  CHECK(d.issuer->parent == want.issuer->parent);
  CHECK(d.number->issuer_code == want.number->issuer_code);
  CHECK(d.place == want.place);
  CHECK(d.signer->name == want.signer->name);
  REQUIRE(d.recipients.size() == 2);
  CHECK(d.recipients[1].name == want.recipients[1].name);
  CHECK(r.docs[1].first == "b\t2.md");
  const Document& b = r.docs[1].second;
  CHECK_FALSE(b.issuer);
  CHECK_FALSE(b.number);
  CHECK_FALSE(b.place);
  CHECK_FALSE(b.signer);
  CHECK(b.recipients.empty());
  REQUIRE(r.docs[2].second.issuer); // an issuer with no name is still an issuer
  CHECK(r.docs[2].second.issuer->name.empty());
}

TEST_CASE("unit facts file: another revision is stale, and nothing is read from it") {
  facts::Writer w;
  w.add("a.md", with_odd_characters());
  const auto r = read(w.seal(7), 8);
  CHECK(std::get<facts::Freshness>(r.outcome) == facts::Freshness::Stale);
  CHECK(r.docs.empty());
}

TEST_CASE("unit facts file: a damaged file says what is wrong") {
  facts::Writer w;
  for (int i = 0; i < 5; ++i) w.add("doc" + std::to_string(i), with_odd_characters());
  const std::string text = w.seal(3);
  auto problem = [](const Read& r) {
    return std::holds_alternative<std::string>(r.outcome) ? std::get<std::string>(r.outcome) : "";
  };
  CHECK(problem(read(text.substr(0, text.size() / 2), 3)).find("truncated") != std::string::npos);
  std::string edited = text;
  edited[edited.find("Tam")] = 'X';
  CHECK(problem(read(edited, 3)).find("checksum") != std::string::npos);
  CHECK(problem(read("vanban-graph 2 revision 3\n", 3)).find("not a vanban unit facts file") !=
        std::string::npos);
  // Records that pass the seal but not the format name their line (the header is line 1).
  const sealed_file::Kind units{"vanban-units ", "1", "a vanban unit facts file"};
  CHECK(
      problem(read(sealed_file::seal(units, 3, "=a\t\t\t\t\t\nb\t\t\t\t\t\n"), 3)).find("line 3") !=
      std::string::npos);
  CHECK(problem(read(sealed_file::seal(units, 3, "=a\t^\t\t\t\t\n"), 3))
            .find("line 2 cannot be read (a repeat of nothing)") != std::string::npos);
  CHECK(problem(read(sealed_file::seal(units, 3, "=a\t=x\\q\t\t\t\t\n"), 3))
            .find("an unknown escape") != std::string::npos);
}

TEST_CASE("unit facts file: repeats are written once and read back whole") {
  facts::Writer w;
  Document one = with_odd_characters();
  Document two = with_odd_characters(); // the same office: every field repeats
  two.signer->name = "Trần Thị B";
  Document three; // then a document with none of them
  w.add("1.md", one);
  w.add("2.md", two);
  w.add("3.md", three);
  const std::string text = w.seal(1);
  // Each recipient name is written once in the whole file.
  CHECK(text.find("Các CĐCS trực thuộc") == text.rfind("Các CĐCS trực thuộc"));
  const auto r = read(text, 1);
  REQUIRE(r.docs.size() == 3);
  const Document& d = r.docs[1].second;
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == one.issuer->name);
  CHECK(d.issuer->parent == one.issuer->parent);
  CHECK(d.number->issuer_code == one.number->issuer_code);
  CHECK(d.place == one.place);
  CHECK(d.signer->name == "Trần Thị B");
  CHECK(d.recipients.empty()); // its names were written with the first document
  CHECK_FALSE(r.docs[2].second.issuer);
  CHECK_FALSE(r.docs[2].second.place);
}
