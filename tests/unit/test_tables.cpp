// The data tables: a test can put its own in force (ScopedTables, load) and the compiler uses
// them; every phrase list entry carries an example.
#include "helpers.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/tables.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using vanban::test::compile_text;
namespace tables = vanban::tables;

namespace {

/// A plan citing another whose issuer is followed by "chăm lo", a verb no issuer stop lists.
const char* const kCitesWithVerb = "Số: 59/KH-LĐLĐ\n\nKẾ HOẠCH\nThăm hỏi\n\nThực hiện Kế hoạch số "
                                   "37/KH-LĐLĐ của LĐLĐ tỉnh chăm lo Tết cho đoàn viên.\n";

std::string issuer_of_cited(const vanban::Document& d) {
  REQUIRE(d.references.size() == 1);
  REQUIRE(d.references[0].issuer);
  return *d.references[0].issuer;
}

/// A fresh directory under the system's temporary directory, removed at the end of the test.
struct TablesDir {
  std::filesystem::path path;
  TablesDir() {
    path = std::filesystem::temp_directory_path() /
           ("vanban-tables-" + std::to_string(std::rand()) + "-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
  }
  ~TablesDir() { std::filesystem::remove_all(path); }
};

} // namespace

TEST_CASE("tables: a ScopedTables puts a changed phrase list in force for the compiler") {
  CHECK(issuer_of_cited(compile_text(kCitesWithVerb)) == "LĐLĐ tỉnh chăm lo Tết cho đoàn viên");
  {
    tables::Tables changed = tables::embedded();
    changed.phrase_lists.at("reference_phrases.issuer_stops").push_back(" chăm lo ");
    tables::ScopedTables scope(std::move(changed));
    CHECK(tables::get().phrases("reference_phrases.issuer_stops").back() == " chăm lo ");
    CHECK(issuer_of_cited(compile_text(kCitesWithVerb)) == "LĐLĐ tỉnh");
  }
  // Out of the scope, the embedded tables again.
  CHECK(&tables::get() == &tables::embedded());
  CHECK(issuer_of_cited(compile_text(kCitesWithVerb)) == "LĐLĐ tỉnh chăm lo Tết cho đoàn viên");
}

TEST_CASE("tables: load(dir) reads the files found there and embeds the rest") {
  TablesDir dir;
  auto phrases = nlohmann::json::parse(
      vanban::test::read_file(vanban::test::source_dir() + "/data/reference_phrases.json"));
  phrases.at("issuer_stops").push_back({{"phrase", " chăm lo "}, {"example", "của X chăm lo Tết"}});
  std::ofstream(dir.path / "reference_phrases.json") << phrases.dump();

  tables::ScopedTables scope(tables::load(dir.path));
  CHECK(issuer_of_cited(compile_text(kCitesWithVerb)) == "LĐLĐ tỉnh");
  // types.json was not in the directory: the embedded one is read.
  CHECK(tables::get().types.size() == tables::embedded().types.size());
}

TEST_CASE("tables: a phrase without an example is refused") {
  TablesDir dir;
  std::ofstream(dir.path / "reference_phrases.json")
      << R"({"issuer_stops": [{"phrase": " về "}], "title_stops": []})";
  CHECK_THROWS_WITH(tables::load(dir.path), doctest::Contains("has no example"));
}

TEST_CASE("tables: an unknown phrase list names itself") {
  CHECK_THROWS_WITH(tables::get().phrases("reference_phrases.no_such_list"),
                    doctest::Contains("reference_phrases.no_such_list"));
}

TEST_CASE("tables: the date and recipient phrase lists are read from the data, not the code") {
  using vanban::dates::find_deadline;
  // "hạn cuối" is no deadline lead of data/date_phrases.json; "(để giám sát)" no purpose of
  // data/closing_phrases.json.
  const char* const kTask = "gửi báo cáo hạn cuối ngày 20/11/2025";
  const char* const kPlan = "Số: 59/KH-LĐLĐ\n\nKẾ HOẠCH\nThăm hỏi\n\nNội dung.\n\n"
                            "Nơi nhận:\n- Ban Tuyên giáo (để giám sát);\n- Lưu: VT.\n";
  CHECK_FALSE(find_deadline(kTask));
  auto before = compile_text(kPlan);
  REQUIRE(before.recipients.size() == 1);
  CHECK_FALSE(before.recipients[0].purpose);
  {
    tables::Tables changed = tables::embedded();
    changed.phrase_lists.at("date_phrases.deadline_leads").push_back("hạn cuối");
    changed.phrase_lists.at("closing_phrases.report_purposes").push_back("giám sát");
    tables::ScopedTables scope(std::move(changed));
    auto d = find_deadline(kTask);
    REQUIRE(d);
    CHECK(d->text == "hạn cuối ngày 20/11/2025");
    auto after = compile_text(kPlan);
    REQUIRE(after.recipients.size() == 1);
    CHECK(after.recipients[0].purpose == "b/c");
    CHECK(after.archive == std::vector<std::string>{"VT"});
  }
}

TEST_CASE("tables: a date word list must hold exactly one word") {
  tables::Tables changed = tables::embedded();
  changed.phrase_lists.at("date_phrases.month_word").push_back("thang");
  tables::ScopedTables scope(std::move(changed));
  CHECK_THROWS_WITH(vanban::dates::find_spelled("ngày 5 tháng 6 năm 2025", 0),
                    doctest::Contains("month_word"));
}
