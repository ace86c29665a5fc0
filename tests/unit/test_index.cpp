// The archive writer: incremental counts, removal, failures, and plain errors for locked,
// corrupt and missing databases.
#include "helpers.hpp"
#include "index_helpers.hpp"
#include "index_options.hpp"

#include "vanban/archive.hpp"
#include "vanban/query.hpp"
#include "vanban/stats.hpp"

#include "stored_text.hpp"
#include "vanban/text/utf8.hpp"

#include <xapian.h>

#include <filesystem>

namespace {

using vanban::ArchiveError;
using vanban::test::TempDir;

std::string seed(const std::string& name) {
  return vanban::test::read_file(vanban::test::source_dir() + "/corpus/seeds/" + name);
}

vanban::IndexReport run(const TempDir& t, const std::vector<std::string>& paths) {
  return vanban::index_documents(t.path("db"), paths, vanban::test::index_options(2, 1000));
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

TEST_CASE("index: the plain text is stored deflated; plain values of older archives read as is") {
  using vanban::index::pack_text;
  using vanban::index::unpack_text;
  std::string text = "Liên đoàn Lao động tỉnh Lai Châu. ";
  for (int i = 0; i < 6; ++i) text += text;
  std::string packed = pack_text(text);
  CHECK(packed.front() == '\0');
  CHECK(packed.size() < text.size() / 4);
  CHECK(unpack_text(packed) == text);
  CHECK(unpack_text(pack_text("")).empty());
  CHECK(unpack_text("Kế hoạch số 59") == "Kế hoạch số 59"); // schema-3 archives: stored plain
  // A damaged value gives what inflated before the damage, cut on a character boundary.
  std::string cut = unpack_text(packed.substr(0, packed.size() / 2));
  CHECK(text.compare(0, cut.size(), cut) == 0);
  CHECK(vanban::utf8::valid(cut));
}

TEST_CASE("index: a stored text read in part is a prefix of the whole, longer than asked") {
  using vanban::index::StoredText;
  std::string text;
  for (int i = 0; text.size() < 40000; ++i)
    text += "Đoàn viên công đoàn số " + std::to_string(i) + " được thăm hỏi, tặng quà. ";
  const std::string packed = vanban::index::pack_text(text);
  for (std::size_t n :
       {std::size_t{0}, std::size_t{1}, std::size_t{2048}, std::size_t{16383}, std::size_t{16384},
        std::size_t{16385}, text.size() - 5, text.size(), text.size() + 10}) {
    CAPTURE(n);
    StoredText stored(packed);
    const std::string lead(stored.leading(n));
    CHECK(text.compare(0, lead.size(), lead) == 0);
    CHECK((lead.size() > n || (stored.whole() && lead == text)));
    CHECK(stored.leading(n) == lead); // asked again: nothing more is inflated
    CHECK(stored.all() == text);
    CHECK(stored.whole());
  }
  // A damaged value: every part read is a prefix of what unpack_text() gives, and all() is it.
  const std::string damaged = packed.substr(0, packed.size() / 2);
  const std::string whole = vanban::index::unpack_text(damaged);
  REQUIRE(whole.size() > 3000);
  StoredText part(damaged);
  const std::string lead(part.leading(2048));
  CHECK(lead.size() > 2048);
  CHECK(whole.compare(0, lead.size(), lead) == 0);
  CHECK(part.all() == whole);
  StoredText plain("Kế hoạch số 59"); // schema-3 archives: stored plain, whole at once
  CHECK(plain.leading(3) == "Kế hoạch số 59");
  CHECK(plain.whole());
  const std::string packed_empty = vanban::index::pack_text("");
  StoredText empty(packed_empty);
  CHECK(empty.leading(10).empty());
  CHECK(empty.whole());
}

TEST_CASE("index: no pair term across a sentence stop; the words still match") {
  TempDir t;
  t.write("d/a.md", "Số: 10/KH-LĐLĐ\n\nLai Châu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n\n"
                    "Bảo hộ lao động. Người lao động được khám sức khoẻ, an toàn.\n");
  REQUIRE(run(t, {t.path("d")}).documents == 1);
  Xapian::Database db(t.path("db"));
  CHECK(db.term_exists("Gbao ho"));
  CHECK(db.term_exists("Gnguoi lao"));
  CHECK_FALSE(db.term_exists("Gdong nguoi")); // "động. Người": two sentences
  vanban::Searcher s(t.path("db"));
  CHECK(s.search("lao động người", {}).total == 1);
  CHECK(s.search("\"lao động. Người lao động\"", {}).total == 1);
  CHECK_FALSE(s.search("\"lao động. Người lao động\"", {}).relaxed);
}
