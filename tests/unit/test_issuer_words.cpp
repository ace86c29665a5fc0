// Issuer kinds and levels: the enums and data/issuer_words.json's codes and words map both ways,
// and a data file naming a kind, level or id the enums do not know is refused with the entry.
#include "helpers.hpp"

#include "vanban/issuer_words.hpp"

#include <nlohmann/json.hpp>

#include <string>

using namespace vanban;
using graph::IssuerKind;
using graph::IssuerLevel;

namespace {

nlohmann::json data_file() {
  return nlohmann::json::parse(test::read_file(test::source_dir() + "/data/issuer_words.json"));
}

/// The error parse_issuer_words gives for `file`, or "" when it accepts it.
std::string load_error(const nlohmann::json& file) {
  try {
    graph::parse_issuer_words(file.dump());
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("issuer words: each kind and level maps to its code and word and back") {
  const auto& w = graph::issuer_words();
  for (std::size_t i = 0; i < graph::kIssuerKinds; ++i) {
    const auto kind = static_cast<IssuerKind>(i);
    CHECK(w.kind_coded(w.code(kind)) == kind);
    CHECK_FALSE(w.label(kind).empty());
  }
  for (std::size_t i = 0; i < graph::kIssuerLevels; ++i) {
    const auto level = static_cast<IssuerLevel>(i);
    CHECK(w.level_named(w.word(level)) == level);
  }
  // The data's codes and words, as the follow-up prints and reads them.
  CHECK(w.code(IssuerKind::Tld) == "TLĐ");
  CHECK(w.code(IssuerKind::Ddbqh) == "ĐDBQH");
  CHECK(w.label(IssuerKind::Hu) == "Huyện ủy");
  CHECK(w.word(IssuerLevel::Province) == "tỉnh");
  CHECK(w.word(IssuerLevel::District) == "huyện");
  CHECK_FALSE(w.kind_coded("tld"));   // codes are exact: the enum's id is not a code
  CHECK_FALSE(w.level_named("Tỉnh")); // nor are level words case-folded
  // "thành phố" gives the district level; the kinds keep the data's order, most specific first.
  bool city = false;
  for (const auto& l : w.levels)
    if (l.phrase == "thành phố") city = l.level == IssuerLevel::District;
  CHECK(city);
  REQUIRE(!w.kinds.empty());
  CHECK(w.kinds.front().kind == IssuerKind::Tld);
}

TEST_CASE("issuer words: the data file as shipped loads") {
  CHECK(load_error(data_file()) == "");
}

TEST_CASE("issuer words: an unknown kind code is a load error naming the entry") {
  auto file = data_file();
  file["kinds"][1]["kind"] = "LĐXX";
  const std::string e = load_error(file);
  CHECK(e.find("data/issuer_words.json: kinds: unknown kind \"LĐXX\"") != std::string::npos);
  CHECK(e.find("liên đoàn lao động") != std::string::npos); // the entry's phrase

  file = data_file();
  file["named_bodies"][0]["kind"] = "CĐ";
  CHECK(load_error(file).find("named_bodies: unknown kind \"CĐ\"") != std::string::npos);
}

TEST_CASE("issuer words: an unknown level word is a load error naming the entry") {
  auto file = data_file();
  file["levels"][2]["level"] = "xã";
  const std::string e = load_error(file);
  CHECK(e.find("levels: unknown level \"xã\"") != std::string::npos);
  CHECK(e.find("thành phố") != std::string::npos);
}

TEST_CASE("issuer words: every enum value needs exactly one known id") {
  auto file = data_file();
  file["kind_codes"][0]["id"] = "tlđ";
  CHECK(load_error(file).find("kind_codes: unknown id \"tlđ\"") != std::string::npos);

  file = data_file();
  file["kind_codes"].erase(file["kind_codes"].size() - 1); // the last one: Quốc hội
  CHECK(load_error(file).find("kind_codes: no entry of id \"qh\"") != std::string::npos);

  file = data_file();
  file["level_words"][1]["id"] = "central";
  CHECK(load_error(file).find("level_words: id \"central\" twice") != std::string::npos);
}

TEST_CASE("issuer words: an entry without an example is refused") {
  auto file = data_file();
  file["list_joiners"][0].erase("example");
  CHECK(load_error(file).find("list_joiners: the entry") != std::string::npos);
  CHECK(load_error(file).find("has no example") != std::string::npos);
}
