// Search pieces: the query lexer, snippets, exact-over-folded ranking, filters and sorting.
#include "helpers.hpp"
#include "index_helpers.hpp"
#include "index_options.hpp"

#include "query_builder.hpp"
#include "query_lexer.hpp"
#include "snippet.hpp"
#include "stored_text.hpp"
#include "vanban/archive.hpp"
#include "vanban/query.hpp"
#include "vanban/query_error.hpp"

#include <sys/stat.h>

namespace {

std::string lexed(const std::string& q) {
  std::string out;
  for (const auto& p : vanban::index::lex_query(q)) {
    if (!out.empty()) out += " | ";
    out += (p.field.empty() ? "" : p.field + ":") + (p.quoted ? "\"" + p.value + "\"" : p.value);
  }
  return out;
}

} // namespace

TEST_CASE("search: query lexer") {
  CHECK(lexed("nhà ở xã hội") == "nhà ở xã hội");
  CHECK(lexed("type:KH  Tết year:2024") == "type:KH | Tết | year:2024");
  CHECK(lexed("issuer:\"Tam Đường\" \"Mái ấm\" ") == "issuer:\"Tam Đường\" | \"Mái ấm\"");
  CHECK(lexed("TYPE:QĐ V/v: triển khai") ==
        "type:QĐ | V/v: triển khai"); // unknown field: free text
  CHECK(lexed("date:2024-01-01..2024-03-31") == "date:2024-01-01..2024-03-31");
}

TEST_CASE("search: snippets mark exact and folded matches, joined when adjacent") {
  vanban::index::Highlight h;
  h.exact = {"nhà", "ở"};
  h.folded = {"nha", "o", "xa", "hoi"};
  auto s =
      vanban::index::make_snippet("Về việc bố trí nhà ở xã hội cho công nhân", h, {"[", "]", 24});
  CHECK(s == "Về việc bố trí [nhà ở xã hội] cho công nhân");
  auto cut =
      vanban::index::make_snippet("một hai ba bốn năm sáu bảy tám nhà chín mười", h, {"<", ">", 4});
  CHECK(cut == "… tám <nhà> chín mười");
}

TEST_CASE("search: a snippet of a stored text, inflated only as far as read, is the same") {
  vanban::index::Highlight h;
  h.exact = {"nhà", "ở"};
  h.folded = {"nha", "o", "xa", "hoi"};
  h.typed = {"nha", "o", "xa", "hoi"};
  std::string filler;
  while (filler.size() < 5000) filler += "Công đoàn cơ sở tổ chức thăm hỏi công nhân. ";
  const std::string texts[] = {
      "Về việc bố trí nhà ở xã hội cho công nhân",        // short: whole at once
      "Bố trí nhà ở xã hội. " + filler,                   // the words in the first look
      filler + "Bố trí nhà ở xã hội cho công nhân.",      // only past the first look
      filler + filler,                                    // nowhere: the first look's start
      filler.substr(0, 2047) + " nhà ở xã hội " + filler, // at the first look's edge
  };
  for (const auto& text : texts) {
    CAPTURE(text.size());
    for (std::size_t words : {std::size_t{4}, std::size_t{24}}) {
      const std::string packed = vanban::index::pack_text(text);
      vanban::index::StoredText stored(packed);
      CHECK(vanban::index::make_snippet(stored, h, {"[", "]", words}) ==
            vanban::index::make_snippet(text, h, {"[", "]", words}));
    }
  }
  vanban::index::Highlight none; // filters only: the start of the text, cut
  const std::string packed =
      vanban::index::pack_text(filler); // the stored value outlives its reader
  vanban::index::StoredText stored(packed);
  CHECK(vanban::index::make_snippet(stored, none, {"[", "]", 5}) == "Công đoàn cơ sở tổ …");
}

TEST_CASE("search: pages through a long run of tied scores are the slices of one list") {
  vanban::test::TempDir t;
  // Seventy documents citing one law, alike but for their own number: equal scores, so the page
  // edges fall inside a run of ties longer than the fetch margins.
  for (int i = 10; i < 80; ++i)
    t.write("d/" + std::to_string(i) + ".md",
            "Số: " + std::to_string(i) +
                "/KH-LĐLĐ\n\nLai Châu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n\nCăn cứ Luật "
                "Công đoàn số 12/2012/QH13; tổ chức thăm hỏi đoàn viên.\n");
  REQUIRE(vanban::index_documents(t.path("db"), {t.path("d")}, vanban::test::index_options(1, 1000))
              .documents == 70);
  vanban::Searcher s(t.path("db"));
  for (auto sort : {vanban::SortOrder::Relevance, vanban::SortOrder::Date}) {
    vanban::SearchOptions all;
    all.limit = 100;
    all.sort = sort;
    const auto full = s.search("12/2012/QH13", all);
    REQUIRE(full.hits.size() == 70);
    for (std::size_t i = 1; i < full.hits.size(); ++i) {
      CHECK(full.hits[i].score == full.hits[0].score);
      CHECK(full.hits[i - 1].id < full.hits[i].id); // ties by id
    }
    for (std::size_t offset : {0, 5, 9, 30, 61, 69}) {
      CAPTURE(offset);
      vanban::SearchOptions one = all;
      one.limit = 10;
      one.offset = offset;
      const auto page = s.search("12/2012/QH13", one);
      CHECK(page.total == full.total);
      REQUIRE(page.hits.size() == std::min<std::size_t>(10, 70 - offset));
      for (std::size_t i = 0; i < page.hits.size(); ++i) {
        CHECK(page.hits[i].id == full.hits[offset + i].id);
        CHECK(page.hits[i].rank == offset + i + 1);
      }
    }
  }
}

TEST_CASE("search: exact diacritics rank above folded matches; filters and date order") {
  vanban::test::TempDir t;
  auto doc = [](const std::string& number, const std::string& date, const std::string& body) {
    return "Số: " + number + "\n\nLai Châu, ngày " + date + "\n\nKẾ HOẠCH\n\n" + body + "\n";
  };
  t.write("d/a.md",
          doc("10/KH-LĐLĐ", "05 tháng 01 năm 2024", "Tổ chức hội thi cắm hoa cho nữ công nhân."));
  t.write("d/b.md", doc("11/KH-LĐLĐ", "06 tháng 02 năm 2024",
                        "Phòng cháy chữa cháy, hòa giải ở cơ sở, hỏa hoạn."));
  t.write("d/c.md", doc("12/KH-LĐLĐ", "07 tháng 03 năm 2025",
                        "Ngày hội văn hoá thể thao, cắm hoa nghệ thuật."));
  auto r =
      vanban::index_documents(t.path("db"), {t.path("d")}, vanban::test::index_options(1, 1000));
  REQUIRE(r.documents == 3);
  vanban::Searcher s(t.path("db"));

  auto hoa = s.search("hoa", {});
  CHECK(hoa.total == 3); // folded: hoa, hòa, hỏa, hoá all match
  auto exact = s.search("hỏa hoạn", {});
  REQUIRE_FALSE(exact.hits.empty());
  CHECK(exact.hits[0].number == "11/KH-LĐLĐ");
  auto flower = s.search("cắm hoa", {});
  REQUIRE(flower.hits.size() >= 2);
  CHECK(flower.hits[0].snippet.find("[cắm hoa]") != std::string::npos);

  vanban::SearchOptions by_date;
  by_date.sort = vanban::SortOrder::Date;
  auto dated = s.search("hoa", by_date);
  REQUIRE(dated.hits.size() == 3);
  CHECK(dated.hits[0].date == "2025-03-07");
  CHECK(s.search("hoa year:2025", {}).total == 1);
  CHECK(s.search("date:2024-01-01..2024-01-31", {}).hits.at(0).number == "10/KH-LĐLĐ");
  CHECK(s.search("date:..2024-02", {}).total == 2);
  CHECK(s.search("number:11/kh-ldld", {}).total == 1);
  CHECK(s.search("xyzzy", {}).total == 0);
  CHECK(
      s.search("xyzzy cắm hoa", {}).relaxed); // no document has every word: ranked by those it has
  CHECK_THROWS_AS(s.search("   ", {}), std::invalid_argument);
  CHECK_THROWS_AS(s.search("date:abc", {}), std::invalid_argument);
}

TEST_CASE("search: a word always written with its marks is read once, with the same ranking") {
  vanban::test::TempDir t;
  auto doc = [](const std::string& number, const std::string& body) {
    return "Số: " + number + "\n\nLai Châu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n\n" + body +
           "\n";
  };
  // "viên" never appears without its marks; "hoa" also appears as "hòa", "hoá".
  t.write("d/a.md", doc("10/KH-LĐLĐ", "Đoàn viên công đoàn cắm hoa, đoàn viên hòa giải."));
  t.write("d/b.md", doc("11/KH-LĐLĐ", "Kết nạp đoàn viên mới, văn hoá cơ sở, hoa."));
  t.write("d/c.md", doc("12/KH-LĐLĐ", "Hội thi cắm hoa nghệ thuật của đoàn viên nữ, viên chức."));
  // Seven documents without the query's words: in more than a third of the archive, a word's exact
  // form and its pairs would be left out of the query as too common to weigh (the next test).
  for (int i = 0; i < 7; ++i)
    t.write("d/other" + std::to_string(i) + ".md",
            doc(std::to_string(20 + i) + "/KH-LĐLĐ",
                "Sửa chữa mái nhà kho số " + std::to_string(i) + "."));
  REQUIRE(vanban::index_documents(t.path("db"), {t.path("d")}, vanban::test::index_options(1, 1000))
              .documents == 10);
  Xapian::Database db(t.path("db"));
  for (const char* q : {"đoàn viên hoa", "viên", "\"đoàn viên\" hoa"}) {
    CAPTURE(q);
    auto with_stats = vanban::index::build_query(q, &db);
    auto without = vanban::index::build_query(q); // the exact form always read
    CHECK(with_stats.strict.get_description().find("2 * Fvien") != std::string::npos);
    CHECK(without.strict.get_description().find("2 * Fvien") == std::string::npos);
    auto ranked = [&](const Xapian::Query& query) {
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      std::vector<std::pair<Xapian::docid, double>> out;
      Xapian::MSet m = enquire.get_mset(0, 10);
      for (auto it = m.begin(); it != m.end(); ++it) out.emplace_back(*it, it.get_weight());
      return out;
    };
    auto a = ranked(with_stats.strict), b = ranked(without.strict);
    REQUIRE_FALSE(a.empty());
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].first == b[i].first);
      CHECK(a[i].second == doctest::Approx(b[i].second).epsilon(1e-12));
    }
  }
  // "hoa" has other marks in the archive: its exact form stays a term of its own.
  std::string hoa = vanban::index::build_query("hòa", &db).strict.get_description();
  CHECK(hoa.find("Fhoa AND_MAYBE") != std::string::npos);
  CHECK(hoa.find("2 * Fhoa") == std::string::npos);
}

TEST_CASE("search: a term only adding weight is left out when over a third hold it") {
  vanban::test::TempDir t;
  auto doc = [](const std::string& number, const std::string& body) {
    return "Số: " + number + "\n\nLai Châu, ngày 05 tháng 01 năm 2024\n\nKẾ HOẠCH\n\n" + body +
           "\n";
  };
  // "công" (5 of 7) and the pair "công nhân" are in most documents; "cộng" keeps the folded
  // "cong" apart from the exact form; "thủy" is in one document.
  for (int i = 0; i < 5; ++i)
    t.write("d/" + std::to_string(i) + ".md",
            doc(std::to_string(10 + i) + "/KH-LĐLĐ",
                "Công nhân nhà máy số " + std::to_string(i) + " cùng cộng đồng dân cư."));
  t.write("d/5.md", doc("15/KH-LĐLĐ", "Cộng đồng thủy điện cùng nhân dân."));
  t.write("d/6.md", doc("16/KH-LĐLĐ", "Diễn tập sửa chữa mái nhà kho."));
  REQUIRE(vanban::index_documents(t.path("db"), {t.path("d")}, vanban::test::index_options(1, 1000))
              .documents == 7);
  Xapian::Database db(t.path("db"));

  const std::string q =
      vanban::index::build_query("kế hoạch công nhân thủy điện", &db).strict.get_description();
  CAPTURE(q);
  CHECK(q.find("AND_MAYBE công") == std::string::npos); // the exact form: dense
  CHECK(q.find("Gcong nhan") == std::string::npos);     // the pair: dense
  CHECK(q.find("XHke") == std::string::npos);           // "Kế hoạch" is every title's type
  CHECK(q.find("AND_MAYBE điện") != std::string::npos); // rare: kept
  CHECK(q.find("Gthuy dien") != std::string::npos);
  CHECK(q.find("XHthuy") != std::string::npos);
  for (const char* word : {"Fke", "Fhoach", "Fcong", "Fnhan", "Fthuy", "Fdien"}) // still required
    CHECK(q.find(word) != std::string::npos);
  // Without statistics nothing is left out.
  const std::string all =
      vanban::index::build_query("kế hoạch công nhân thủy điện").strict.get_description();
  CHECK(all.find("Gcong nhan") != std::string::npos);
  // A quoted phrase requires its pair, however common.
  CHECK(vanban::index::build_query("\"công nhân\"", &db)
            .strict.get_description()
            .find("Gcong nhan") != std::string::npos);

  // The same documents match: only weights are left out.
  auto matches = [&](const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    std::set<Xapian::docid> out;
    Xapian::MSet m = enquire.get_mset(0, 10);
    for (auto it = m.begin(); it != m.end(); ++it) out.insert(*it);
    return out;
  };
  for (const char* text : {"công nhân", "cộng đồng", "kế hoạch thủy điện", "nhân dân"}) {
    CAPTURE(text);
    auto with = matches(vanban::index::build_query(text, &db).strict);
    CHECK_FALSE(with.empty());
    CHECK(with == matches(vanban::index::build_query(text).strict));
  }
}

TEST_CASE("search: an impossible date is no date, typed as a filter or in free text") {
  using vanban::index::build_query;
  // A filter: the same error as any date that is not real, in either form people type.
  for (const char* q :
       {"date:31/02/2024", "date:2024-02-31", "date:2024-02-30..2024-03-01", "date:29/02/2023"})
    CHECK_THROWS_AS(build_query(q), vanban::QueryError);
  CHECK_NOTHROW(build_query("date:29/02/2024"));
  CHECK(build_query("date:29/02/2024").strict.get_description() ==
        build_query("date:2024-02-29").strict.get_description());
  // Free text: a real date is one date term whatever its form; 31/02 is words, as in a document.
  const std::string real = build_query("29/02/2024").strict.get_description();
  CHECK(real.find("XD2024-02-29") != std::string::npos);
  CHECK(build_query("2024-02-29").strict.get_description() == real);
  const std::string impossible = build_query("31/02/2024").strict.get_description();
  CHECK(impossible.find("XD") == std::string::npos);
  CHECK(impossible.find("XN") == std::string::npos); // nor a document number 31/02
}

TEST_CASE("search: a reader follows the archive when a compaction swaps its database in") {
  vanban::test::TempDir t;
  auto plan = [](int n) {
    return "Số: " + std::to_string(n) + "/KH-LĐLĐ\n\nLai Châu, ngày 05 tháng 01 năm 2024\n\n" +
           "KẾ HOẠCH\n\nTổ chức hội thao công nhân đợt " + std::to_string(n) + ".\n";
  };
  for (int n = 1; n <= 3; ++n) t.write("d/p" + std::to_string(n) + ".md", plan(n));
  REQUIRE(vanban::index_documents(t.path("db"), {t.path("d")}, vanban::test::index_options(1, 1000))
              .documents == 3);
  vanban::Searcher s(t.path("db"));
  REQUIRE(s.search("hội thao", {}).total == 3);
  const auto before = s.revision();

  struct stat old_folder {};
  REQUIRE(::stat(t.path("db").c_str(), &old_folder) == 0);
  for (int n = 4; n <= 6; ++n) t.write("d/p" + std::to_string(n) + ".md", plan(n));
  REQUIRE(vanban::index_documents(t.path("db"), {t.path("d")}, vanban::test::index_options(1, 1000))
              .documents == 6);
  struct stat new_folder {};
  REQUIRE(::stat(t.path("db").c_str(), &new_folder) == 0);
  // Three added to three is more than a tenth: the run compacted, a new folder is in place.
  REQUIRE(new_folder.st_ino != old_folder.st_ino);

  CHECK(s.reopen());
  CHECK(s.revision() > before);
  CHECK(s.search("hội thao", {}).total == 6);
  CHECK_FALSE(s.reopen()); // nothing new since
}
