// The archive writer: incremental counts, removal, failures, and plain errors for locked,
// corrupt and missing databases.
#include "helpers.hpp"
#include "index_helpers.hpp"

#include "vanban/archive.hpp"
#include "vanban/query.hpp"
#include "vanban/stats.hpp"

#include <xapian.h>

#include <filesystem>

namespace {

using vanban::ArchiveError;
using vanban::test::TempDir;

std::string seed(const std::string& name) {
  return vanban::test::read_file(vanban::test::source_dir() + "/corpus/seeds/" + name);
}

vanban::IndexReport run(const TempDir& t, const std::vector<std::string>& paths) {
  return vanban::index_documents(t.path("db"), paths, {2, 1000});
}

void check_counts(const vanban::IndexReport& r, std::size_t added, std::size_t updated,
                  std::size_t removed, std::size_t unchanged, std::size_t failed,
                  std::size_t documents) {
  CHECK(r.added == added);
  CHECK(r.updated == updated);
  CHECK(r.removed == removed);
  CHECK(r.unchanged == unchanged);
  CHECK(r.failed == failed);
  CHECK(r.documents == documents);
}

} // namespace

TEST_CASE("index: incremental counts — added, unchanged, updated, removed, failed") {
  TempDir t;
  t.write("docs/a.md", seed("000_2a7d08b91cea13fd.md"));
  t.write("docs/b.md", seed("001_72b0cf7c7bdd1b69.md"));
  t.write("docs/sub/c.md", seed("002_16753ea0c261d2c1.md"));
  std::vector<std::string> args{t.path("docs")};

  check_counts(run(t, args), 3, 0, 0, 0, 0, 3);
  check_counts(run(t, args), 0, 0, 0, 3, 0, 3);

  t.write("docs/b.md", seed("001_72b0cf7c7bdd1b69.md") + "\nĐoạn mới về quỹ phúc lợi.\n");
  check_counts(run(t, args), 0, 1, 0, 2, 0, 3);
  vanban::Searcher searcher(t.path("db"));
  auto updated = searcher.search("\"Đoạn mới về quỹ phúc lợi\"", {});
  REQUIRE(updated.hits.size() == 1);
  CHECK(updated.hits[0].path.find("b.md") != std::string::npos);

  std::filesystem::remove(t.path("docs/sub/c.md"));
  t.write("docs/empty.md", "");
  auto r = run(t, args);
  check_counts(r, 0, 0, 1, 2, 1, 2);

  // A file named on its own is indexed; naming it again changes nothing.
  t.write("other.md", seed("003_a32cfa569084b8be.md"));
  check_counts(run(t, {t.path("other.md")}), 1, 0, 0, 0, 0, 3);
  check_counts(run(t, {t.path("other.md")}), 0, 0, 0, 1, 0, 3);
}

TEST_CASE("index: the id is stable across content changes and the model is stored") {
  TempDir t;
  std::string path = t.write("a.md", seed("000_2a7d08b91cea13fd.md"));
  run(t, {path});
  vanban::Searcher searcher(t.path("db"));
  auto before = searcher.search("59/KH-LĐLĐ", {});
  REQUIRE(before.hits.size() == 1);
  CHECK(before.hits[0].id == vanban::document_id(vanban::archive_path(path)));
  CHECK(before.hits[0].id.size() == 16);
  t.write("a.md", seed("000_2a7d08b91cea13fd.md") + "\nThêm một dòng.\n");
  run(t, {path});
  vanban::Searcher again(t.path("db"));
  CHECK(again.search("59/KH-LĐLĐ", {}).hits.at(0).id == before.hits[0].id);

  Xapian::Database db(t.path("db"));
  auto doc = db.get_document(*db.postlist_begin("Q" + before.hits[0].id));
  CHECK(doc.get_data().find("\"schema\":\"vanban.document/1\"") != std::string::npos);
  CHECK(db.term_exists("XN59/KH-LĐLĐ"));
  CHECK(db.term_exists("XC37/KH-LĐLĐ"));
}

TEST_CASE("index: a second writer gets a plain 'database is locked' error") {
  TempDir t;
  std::string path = t.write("a.md", seed("000_2a7d08b91cea13fd.md"));
  run(t, {path});
  Xapian::WritableDatabase holder(t.path("db"), Xapian::DB_OPEN);
  try {
    run(t, {path});
    FAIL("no error while another writer holds the database");
  } catch (const ArchiveError& e) {
    CHECK(e.kind() == ArchiveError::Kind::Locked);
    CHECK(std::string(e.what()).find("database is locked") != std::string::npos);
  }
  // Readers are not blocked by the writer.
  vanban::Searcher searcher(t.path("db"));
  CHECK(searcher.search("59/KH-LĐLĐ", {}).hits.size() == 1);
}

TEST_CASE("index: a missing or corrupt archive is an error, never a crash") {
  TempDir t;
  CHECK_THROWS_AS(vanban::Searcher(t.path("nothing")), ArchiveError);
  CHECK_THROWS_AS(vanban::archive_stats(t.path("nothing")), ArchiveError);

  std::string path = t.write("a.md", seed("000_2a7d08b91cea13fd.md"));
  run(t, {path});
  for (const auto& e : std::filesystem::directory_iterator(t.path("db")))
    if (e.path().extension() == ".glass")
      t.write("db/" + e.path().filename().string(), "garbage, not a glass table");
  auto damaged = [&](auto&& f) {
    try {
      f();
      FAIL("no error on a damaged archive");
    } catch (const ArchiveError& e) {
      CHECK(e.kind() == ArchiveError::Kind::Corrupt);
    }
  };
  damaged([&] { vanban::Searcher(t.path("db")).search("kế hoạch", {}); });
  damaged([&] { run(t, {path}); });

  t.write("plain/file.txt", "not an archive");
  damaged([&] { vanban::Searcher s(t.path("plain")); });
}
