// vanban-gen (bench/gen): determinism, agreement of truth.json with the compiler, and
// resolution of the generated citations against the truth.
#include "archive_writer.hpp"
#include "index_helpers.hpp"
#include "unicode.hpp"
#include "vanban/citation_graph.hpp"
#include "vanban/compile.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

using vanban::test::TempDir;
namespace fs = std::filesystem;

/// 300 documents keep the test fast; VANBAN_GEN_TEST_DOCS measures a larger archive by hand.
const std::size_t kDocs = [] {
  const char* env = std::getenv("VANBAN_GEN_TEST_DOCS");
  return env ? static_cast<std::size_t>(std::strtoul(env, nullptr, 10)) : std::size_t{300};
}();

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Every file below `dir`, relative path → bytes.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).generic_string()] = slurp(e.path());
  return out;
}

/// One generated archive, compiled: the truth and the model of every document, by path.
struct Compiled {
  TempDir dir;
  nlohmann::json truth;
  std::map<std::string, vanban::Document> models;
  std::map<std::string, std::string> bytes;

  explicit Compiled(std::uint64_t seed) {
    vanban::gen::generate_archive(dir.path(), kDocs, seed, 2);
    truth = nlohmann::json::parse(slurp(dir.path("truth.json")));
    for (const auto& d : truth.at("documents")) {
      const std::string path = d.at("path");
      bytes[path] = slurp(dir.path(path));
      auto r = vanban::compile_bytes(bytes[path], path);
      REQUIRE_MESSAGE(std::holds_alternative<vanban::Document>(r), path);
      models[path] = std::get<vanban::Document>(r);
    }
  }
};

const Compiled& archive() {
  static const Compiled c(20240223);
  return c;
}

std::string type_name(const std::string& code) {
  static const std::map<std::string, std::string> names = {
      {"KH", "Kế hoạch"},      {"QĐ", "Quyết định"}, {"BC", "Báo cáo"},   {"TB", "Thông báo"},
      {"CT", "Chỉ thị"},       {"NQ", "Nghị quyết"}, {"HD", "Hướng dẫn"}, {"TTr", "Tờ trình"},
      {"CTr", "Chương trình"}, {"CV", "Công văn"}};
  return names.at(code);
}

/// Upper case and new-style tone placement: the compiler keeps an issuer line as written,
/// so a file typed with old-style marks (UỶ BAN, THANH HOÁ) names its issuer that way.
std::string comparable(std::string s) {
  static const std::vector<std::pair<std::string, std::string>> folds = {
      {"UỶ", "ỦY"}, {"Uỷ", "Ủy"}, {"uỷ", "ủy"}, {"OÁ", "ÓA"}, {"oá", "óa"},
      {"OÀ", "ÒA"}, {"oà", "òa"}, {"UÝ", "ÚY"}, {"uý", "úy"}};
  for (const auto& [from, to] : folds)
    for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p))
      s.replace(p, from.size(), to);
  return vanban::gen::unicode::to_upper(s);
}

/// Old style puts the mark on the second vowel of a final oa, oe, uy: "hoà", "HOÀ", "uỷ ban",
/// "thuý" (but "quý" is the same in both styles).
bool has_old_tone_marks(const std::string& text) {
  static const std::vector<std::string> marks = {"oà", "oá", "oả", "oạ", "oẻ", "uỳ", "uý", "uỷ",
                                                 "OÀ", "OÁ", "OẢ", "OẠ", "OẺ", "UỲ", "UÝ", "UỶ"};
  for (const auto& m : marks)
    for (auto p = text.find(m); p != std::string::npos; p = text.find(m, p + 1)) {
      const auto next =
          static_cast<unsigned char>(p + m.size() < text.size() ? text[p + m.size()] : ' ');
      const char before = p > 0 ? text[p - 1] : ' ';
      if (next < 0x80 && !std::isalpha(next) && before != 'q' && before != 'Q') return true;
    }
  return false;
}

} // namespace

TEST_CASE("gen: the same docs and seed give the same bytes, another seed other bytes") {
  TempDir a, b, c;
  vanban::gen::generate_archive(a.path(), kDocs, 42, 1);
  vanban::gen::generate_archive(b.path(), kDocs, 42, 2); // threads never change the bytes
  vanban::gen::generate_archive(c.path(), kDocs, 43, 1);
  const auto ta = tree(a.path()), tb = tree(b.path()), tc = tree(c.path());
  CHECK(ta.size() == kDocs + 1);
  CHECK(ta == tb);
  CHECK(ta != tc);
  CHECK(ta.at("truth.json") != tc.at("truth.json"));
}

TEST_CASE("gen: truth.json agrees with the compiler on every document") {
  const auto& a = archive();
  std::size_t agree = 0, refs = 0, refs_agree = 0;
  std::set<std::string> types, layouts;
  for (const auto& d : a.truth.at("documents")) {
    const std::string path = d.at("path");
    const auto& m = a.models.at(path);
    const bool number = m.number && m.number->text == d.at("number").get<std::string>();
    const bool date = m.date && *m.date == d.at("date").get<std::string>();
    const bool type = m.type && *m.type == type_name(d.at("type"));
    const bool issuer = d.at("issuer").is_null()
                            ? !m.issuer
                            : m.issuer && comparable(m.issuer->name) ==
                                              comparable(d.at("issuer").get<std::string>());
    CHECK_MESSAGE(number, path);
    CHECK_MESSAGE(date, path);
    CHECK_MESSAGE(type, path);
    CHECK_MESSAGE(issuer, path);
    agree += number && date && type && issuer;
    if (m.type) types.insert(*m.type);
    layouts.insert(m.facts.layout);

    std::multiset<std::pair<std::string, std::string>> want, got;
    for (const auto& r : d.at("references"))
      want.insert({r.at("number"), r.at("date").is_null() ? "" : r.at("date").get<std::string>()});
    for (const auto& r : m.references) got.insert({r.number, r.date.value_or("")});
    refs += want.size();
    for (const auto& w : want)
      if (auto it = got.find(w); it != got.end()) {
        ++refs_agree;
        got.erase(it);
      }
  }
  const double ref_share = static_cast<double>(refs_agree) / static_cast<double>(refs);
  MESSAGE("documents agreeing: " << agree << "/" << kDocs << "; references (number, date): "
                                 << refs_agree << "/" << refs << " = " << ref_share);
  CHECK(agree == kDocs);
  CHECK(ref_share >= 0.97);
  CHECK(types == std::set<std::string>{"Báo cáo", "Chỉ thị", "Chương trình", "Công văn",
                                       "Hướng dẫn", "Kế hoạch", "Nghị quyết", "Quyết định",
                                       "Thông báo", "Tờ trình"});
  CHECK(layouts == std::set<std::string>{"absent", "bold", "heading", "plain", "table"});
}

TEST_CASE("gen: each file variant is in a small share of the files") {
  const auto& a = archive();
  std::size_t bom = 0, crlf = 0, nfd = 0, old_tones = 0, ocr = 0;
  for (const auto& [path, m] : a.models) {
    const std::string& b = a.bytes.at(path);
    bom += m.facts.had_bom;
    crlf += m.facts.had_crlf;
    nfd += !m.facts.was_nfc;
    old_tones += m.facts.was_nfc && has_old_tone_marks(b);
    ocr += m.number && m.number->raw != m.number->text;
  }
  MESSAGE("bom " << bom << ", crlf " << crlf << ", nfd " << nfd << ", old tones " << old_tones
                 << ", ocr spacing in the number " << ocr << " of " << kDocs);
  for (std::size_t n : {bom, crlf, nfd, old_tones}) {
    CHECK(n >= kDocs / 100);
    CHECK(n <= kDocs / 20);
  }
  CHECK(ocr >= 1);
  CHECK(ocr <= kDocs / 20);
}

TEST_CASE("gen: the resolver finds the documents the truth names") {
  const auto& a = archive();
  std::vector<vanban::graph::Member> members;
  for (const auto& [path, m] : a.models) members.push_back({path, m});
  const auto graph = vanban::graph::CitationGraph::build(members);

  std::set<std::pair<std::string, std::string>> expected, predicted;
  for (const auto& d : a.truth.at("documents"))
    for (const auto& r : d.at("references"))
      if (!r.at("target").is_null())
        expected.insert({d.at("path").get<std::string>(), r.at("target").get<std::string>()});
  for (const auto& e : graph.edges())
    if (!e.ambiguous && !graph.node(e.to)->external) predicted.emplace(e.from, e.to);

  std::size_t correct = 0;
  for (const auto& p : predicted) correct += expected.count(p);
  const double precision = static_cast<double>(correct) / static_cast<double>(predicted.size());
  const double recall = static_cast<double>(correct) / static_cast<double>(expected.size());
  MESSAGE("resolved " << predicted.size() << ", expected " << expected.size() << ", correct "
                      << correct << ": precision " << precision << ", recall " << recall);
  // Each miss with the citation as compiled and what the graph made of it: for the report.
  const char* show_env = std::getenv("VANBAN_GEN_TEST_SHOW");
  const std::size_t show = show_env ? std::strtoul(show_env, nullptr, 10) : 5;
  std::size_t shown = 0;
  for (const auto& [from, to] : expected) {
    if (predicted.count({from, to}) || shown++ >= show) continue;
    const std::string number = a.models.at(to).number->text;
    std::string cited = "(no reference with that number)", got = "nothing";
    for (const auto& r : a.models.at(from).references)
      if (r.number == number) cited = r.text;
    for (const auto i : graph.outgoing(from)) {
      const auto& e = graph.edges()[i];
      if (graph.node(e.to)->number == number)
        got = e.ambiguous ? std::to_string(e.candidates.size()) + " candidates" : e.to;
    }
    MESSAGE("missed: " << from << " cites \"" << cited << "\" meaning " << to << "; got " << got);
  }
  for (const auto& p : predicted)
    if (!expected.count(p) && shown++ < show * 2)
      MESSAGE("wrong: " << p.first << " → " << p.second);
  // 1.0 and 1.0 on the 300 documents of seed 20240223; 10,000 leave one truly tied citation
  // (two unions' plans of one number and day, one without a header to name it).
  CHECK(precision >= 0.99);
  CHECK(recall >= 0.99);
}
