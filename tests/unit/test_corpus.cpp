// The corpus against its labelled truth (tests/data/corpus_truth.json, written by hand):
// every document's number, date, type, place, issuer, signer and references must match.
#include "helpers.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <tuple>

using namespace vanban;

namespace {

std::string str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
}

template <typename T> std::string str(const std::optional<T>& v) {
  return v ? std::string(*v) : std::string();
}

using RefKey = std::tuple<std::string, std::string, std::string>; ///< number, date, relation

} // namespace

TEST_CASE("corpus: every labelled field of every document") {
  const auto truth =
      nlohmann::json::parse(test::read_file(test::source_dir() + "/tests/data/corpus_truth.json"));
  REQUIRE(truth.size() >= 30);
  std::size_t refs_expected = 0, refs_found = 0, refs_right = 0;
  for (const auto& t : truth) {
    const std::string path = t.at("path");
    CAPTURE(path);
    auto result = compile_file(test::source_dir() + "/" + path);
    REQUIRE(std::holds_alternative<Document>(result));
    const auto& d = std::get<Document>(result);
    CHECK(str(t, "number") == (d.number ? d.number->text : ""));
    CHECK(str(t, "date") == str(d.date));
    CHECK(str(t, "type") == str(d.type));
    CHECK(str(t, "place") == str(d.place));
    CHECK(str(t, "issuer") == (d.issuer ? d.issuer->name : ""));
    if (t.contains("signer") && t["signer"].is_object()) {
      REQUIRE(d.signer);
      CHECK(str(t["signer"], "name") == d.signer->name);
      CHECK(str(t["signer"], "authority") == str(d.signer->authority));
      CHECK(str(t["signer"], "position") == str(d.signer->position));
    }
    std::set<RefKey> expected, actual;
    // A citation by title ("Luật Tổ chức chính quyền địa phương ngày …") has no number: its
    // key is its type and title.
    for (const auto& r : t.at("references"))
      expected.emplace(r.value("number", nlohmann::json()).is_null()
                           ? str(r, "type") + " " + str(r, "title")
                           : str(r, "number"),
                       str(r, "date"), str(r, "relation"));
    for (const auto& r : d.references)
      actual.emplace(r.number.empty() ? str(r.type) + " " + str(r.title) : r.number, str(r.date),
                     std::string(to_string(r.relation)));
    for (const auto& e : expected)
      CHECK_MESSAGE(actual.count(e), "missing reference " << std::get<0>(e) << " " << std::get<1>(e)
                                                          << " " << std::get<2>(e));
    for (const auto& a : actual)
      CHECK_MESSAGE(expected.count(a), "unexpected reference " << std::get<0>(a) << " "
                                                               << std::get<1>(a) << " "
                                                               << std::get<2>(a));
    refs_expected += expected.size();
    refs_found += actual.size();
    for (const auto& a : actual) refs_right += expected.count(a);
  }
  MESSAGE("references: " << refs_right << " right of " << refs_found << " found, " << refs_expected
                         << " labelled");
}
