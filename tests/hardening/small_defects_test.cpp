// Issue 13 item 6, the parts below the command line: one number key for the archive, the query and
// the citation graph, and an archive of schema 2 (number terms with leading zeros and lower case)
// brought up to date in place by the next writer.
#include <doctest/doctest.h>

#include "database.hpp" // index/src
#include "vanban/analyzer.hpp"
#include "vanban/archive_error.hpp"
#include "vanban/query.hpp"
#include "vanban/resolve.hpp"
#include "vanban/text/number_key.hpp"

#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

TEST_CASE("number-key: the archive, the query and the graph share one key") {
  for (const char* written : {"07/KH-CĐCS", "7/KH-CĐCS", "007/kh-cđcs", " 07/KH - CĐCS "})
    CHECK(vanban::number_key(written) == "7/KH-CĐCS");
  CHECK(vanban::number_key("02-NQ/TW") == "2-NQ/TW");
  CHECK(vanban::number_key("1734/CTr-TLĐ") == "1734/CTR-TLĐ");
  CHECK(vanban::number_key("135/2020/NĐ-CP") == "135/2020/NĐ-CP");
  CHECK(vanban::number_key("0") == "0");
  CHECK(vanban::number_keys("059/KH-LĐLĐ") == std::vector<std::string>{"59/KH-LĐLĐ", "59/KH-LDLD"});
  CHECK(vanban::number_keys("02-NQ/TW") == std::vector<std::string>{"2-NQ/TW"});
}

namespace {

/// A fresh directory under the system's temporary one, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "vanban-small-defects-XXXXXX").string();
    path = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

bool has_term(const Xapian::Database& db, const std::string& term, Xapian::termcount wdf = 1) {
  auto it = db.postlist_begin(term);
  return it != db.postlist_end(term) && it.get_wdf() == wdf;
}

} // namespace

TEST_CASE("number-key: a schema-2 archive is upgraded in place by the next writer") {
  TempDir dir;
  const std::string db_dir = (dir.path / "db").string();
  {
    // What vanban wrote before: case-folded number terms with their leading zeros.
    Xapian::WritableDatabase old(db_dir, Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_boolean_term("Qaaaa");
    doc.add_term("XN07/kh-cđcs", 1);
    doc.add_term("XN07/kh-cdcs", 1);
    doc.add_term("XC05-ct/tu", 1); // one document citing 05-CT/TU written two ways
    doc.add_term("XC5-ct/tu", 1);
    doc.add_term("Fhoi", 1);
    old.add_document(doc);
    old.set_metadata("vanban.schema", "2");
    old.commit();
  }
  // A reader cannot upgrade it: it says how to.
  try {
    vanban::index::open_readonly(db_dir);
    FAIL("a schema-2 archive opened for reading");
  } catch (const vanban::ArchiveError& e) {
    CHECK(std::string(e.what()).find("vanban index --db " + db_dir) != std::string::npos);
  }
  vanban::index::open_writable(db_dir).close();

  Xapian::Database db(db_dir);
  CHECK(db.get_metadata("vanban.schema") == "3");
  CHECK(has_term(db, "XN7/KH-CĐCS"));
  CHECK(has_term(db, "XN7/KH-CDCS"));
  CHECK(has_term(db, "XC5-CT/TU")); // the two spellings are one term, of wdf 1
  CHECK(has_term(db, "Fhoi"));
  for (const char* gone : {"XN07/kh-cđcs", "XN07/kh-cdcs", "XC05-ct/tu", "XC5-ct/tu"})
    CHECK_FALSE(db.term_exists(gone));

  vanban::Searcher searcher(db_dir);
  vanban::SearchOptions options;
  CHECK(searcher.search("7/KH-CĐCS", options).total == 1);
  CHECK(searcher.search("number:07/kh-cdcs", options).total == 1);
  CHECK(searcher.search("cites:5-CT/TU", options).total == 1);
}

TEST_CASE("malformed-date: one calendar for documents and queries") {
  TempDir dir;
  const std::string db_dir = (dir.path / "db").string();
  vanban::index::open_writable(db_dir).close();
  vanban::Searcher searcher(db_dir);
  vanban::SearchOptions options;
  for (const char* q : {"date:2024-02-30", "date:2023-02-29", "date:31/4/2024", "date:1899",
                        "date:2200-01", "year:1899"}) {
    CAPTURE(q);
    CHECK_THROWS_AS(searcher.search(q, options), vanban::QueryError);
  }
  for (const char* q : {"date:2024-02-29", "date:1900", "date:2199-12-31", "year:2024"}) {
    CAPTURE(q);
    CHECK_NOTHROW(searcher.search(q, options));
  }
  try {
    searcher.search("hội date:2024-13-45", options);
    FAIL("date:2024-13-45 accepted");
  } catch (const vanban::QueryError& e) {
    CHECK(e.part() == "date:2024-13-45");
    CHECK(e.message(false).find("không phải là ngày có thật") != std::string::npos);
    CHECK(e.message(true).find("is not a real date") != std::string::npos);
  }
}
