// The message catalogue (data/messages.json): lookup by key and language, placeholders, what the
// loader refuses, and a ScopedTables that changes what a printer says.
#include "helpers.hpp"
#include "vanban/follow_up_print.hpp"
#include "vanban/text/messages.hpp"
#include "vanban/text/tables.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tables = vanban::tables;
namespace text = vanban::text;
using vanban::text::Lang;

namespace {

/// A fresh directory for data files, removed at the end of the test.
struct MessagesDir {
  std::filesystem::path path;
  MessagesDir() {
    path = std::filesystem::temp_directory_path() /
           ("vanban-messages-" + std::to_string(std::rand()) + "-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
  }
  ~MessagesDir() { std::filesystem::remove_all(path); }
  void write(const std::string& json) const { std::ofstream(path / "messages.json") << json; }
};

} // namespace

TEST_CASE("messages: a key in each language, values in their placeholders") {
  CHECK(text::message("follow_up.state.late", Lang::Vi) == "quá hạn");
  CHECK(text::message("follow_up.state.late", Lang::En) == "late");
  CHECK(text::message("graph_report.candidates", Lang::Vi, {"3"}) == "3 ứng viên");
  CHECK(text::message("stored_model.damaged_record", Lang::En, {"a.md", "is not valid JSON"}) ==
        "the stored record of a.md is not valid JSON; it is left out — run `vanban index` on its "
        "file again to repair it");
  CHECK(text::lang_of(true) == Lang::En);
  CHECK(text::lang_of(false) == Lang::Vi);
}

TEST_CASE("messages: placeholders are filled in one pass, other braces kept") {
  CHECK(text::fill_placeholders("{1} và {0}", {"a", "b"}) == "b và a");
  // A value holding a placeholder is not read again.
  CHECK(text::fill_placeholders("'{0}'", {"{0}"}) == "'{0}'");
  CHECK(text::fill_placeholders("{x} {} {0", {"a"}) == "{x} {} {0");
  CHECK(text::fill_placeholders("{0}", {"a"}) == "a");
  CHECK_THROWS_WITH(text::fill_placeholders("{0} {1}", {"a"}), doctest::Contains("{1}"));
}

TEST_CASE("messages: an unknown key names itself") {
  CHECK_THROWS_WITH(text::message("follow_up.no_such_key", Lang::Vi),
                    doctest::Contains("follow_up.no_such_key"));
}

TEST_CASE("messages: the loader refuses an entry without both texts, a key given twice, and "
          "placeholders that differ between the languages") {
  MessagesDir dir;
  dir.write(R"({"messages": [{"key": "a.b", "vi": "một"}]})");
  CHECK_THROWS_WITH(tables::load(dir.path), doctest::Contains("\"a.b\" has no en text"));
  dir.write(R"({"messages": [{"key": "a.b", "vi": "", "en": "one"}]})");
  CHECK_THROWS_WITH(tables::load(dir.path), doctest::Contains("\"a.b\" has no vi text"));
  dir.write(R"({"messages": [{"vi": "một", "en": "one"}]})");
  CHECK_THROWS_WITH(tables::load(dir.path), doctest::Contains("has no key"));
  dir.write(R"({"messages": [{"key": "a.b", "vi": "một", "en": "one"},
                             {"key": "a.b", "vi": "hai", "en": "two"}]})");
  CHECK_THROWS_WITH(tables::load(dir.path), doctest::Contains("\"a.b\" is given twice"));
  dir.write(R"({"messages": [{"key": "a.b", "vi": "{0} ngày", "en": "{1} days"}]})");
  CHECK_THROWS_WITH(tables::load(dir.path), doctest::Contains("other placeholders"));
  dir.write(R"({"messages": [{"key": "a.b", "vi": "{0} ngày", "en": "{0} days"}]})");
  auto loaded = tables::load(dir.path);
  CHECK(loaded.messages.size() == 1);
  CHECK(loaded.messages.at("a.b").en == "{0} days");
}

TEST_CASE("messages: a ScopedTables changes what a printer says") {
  auto none_listed = [](bool english) {
    std::ostringstream out;
    vanban::graph::print_tasks_table(out, {}, english);
    return out.str();
  };
  CHECK(none_listed(false) == "(không có)\n");
  CHECK(none_listed(true) == "(none)\n");
  {
    tables::Tables changed = tables::embedded();
    changed.messages.at("follow_up.none_listed").en = "(nothing)";
    tables::ScopedTables scope(std::move(changed));
    CHECK(none_listed(true) == "(nothing)\n");
    CHECK(none_listed(false) == "(không có)\n");
  }
  CHECK(none_listed(true) == "(none)\n");
}
