// Resolution over the corpus against the hand-labelled targets: every reference asserted,
// precision and recall of resolved edges reported and held at ≥ 0.95.
#include "helpers.hpp"

#include "vanban/resolve.hpp"
#include "vanban/text/name_fold.hpp"
#include "vanban/text/number_key.hpp"

#include <nlohmann/json.hpp>

#include <map>

using namespace vanban;

namespace {

struct Corpus {
  std::map<std::string, Document> docs; ///< by path
  nlohmann::json truth;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    out.truth = nlohmann::json::parse(
        test::read_file(test::source_dir() + "/tests/data/corpus_truth.json"));
    for (const auto& t : out.truth) {
      const std::string path = t.at("path");
      auto r = compile_file(test::source_dir() + "/" + path);
      out.docs.emplace(path, std::get<Document>(r));
    }
    return out;
  }();
  return c;
}

/// One document as the archives write it: the header lines (each "# …" or "## …"; none for a
/// headerless document), number, place and date, type and a body that may cite.
std::string document(const std::string& header, const std::string& number,
                     const std::string& place_date, const std::string& type,
                     const std::string& body) {
  std::string md;
  if (!header.empty()) md += header + "\n\n";
  md += "Số: " + number + "\n\n";
  if (!header.empty())
    md += "# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n## Độc lập - Tự do - Hạnh phúc\n\n";
  md += "*" + place_date + "*\n\n## " + type + "\n\n### Thăm hỏi, động viên đoàn viên\n\n" + body +
        "\n\n**TM. BAN CHẤP HÀNH  \nCHỦ TỊCH**\n\n**Nguyễn Văn An**\n";
  return md;
}

/// A small archive: documents by path, and the resolution of what a citing document cites.
struct Archive {
  std::map<std::string, Document> docs;
  graph::Resolver resolver;

  void add(const std::string& path, const std::string& markdown) {
    docs.emplace(path, test::compile_text(markdown, path));
    resolver.add(path, docs.at(path));
  }
  /// The resolution of `number` as cited by the document at `path` (which must cite it).
  graph::Resolution resolve(const std::string& path, const std::string& number) {
    const Document& doc = docs.at(path);
    for (const auto& r : doc.references)
      if (r.number == number) return resolver.resolve(path, doc, r);
    FAIL("no reference " << number << " in " << path);
    return {};
  }
  /// The one document that resolution names, else what it came to ("ambiguous: a b", "external").
  std::string target(const std::string& path, const std::string& number) {
    const auto r = resolve(path, number);
    if (r.kind == graph::Resolution::Kind::Resolved) return r.ids.front();
    if (r.kind == graph::Resolution::Kind::External) return "external";
    std::string out = "ambiguous:";
    for (const auto& id : r.ids) out += " " + id;
    return out;
  }
};

const std::string kPlanBody = "Nhằm động viên đoàn viên, Ban Chấp hành xây dựng kế hoạch như sau:";

} // namespace

TEST_CASE("resolve: number keys drop leading zeros and case") {
  CHECK(vanban::number_key("07/KH-CĐCS") == vanban::number_key("7/KH-CĐCS"));
  CHECK(vanban::number_key("02-NQ/TW") == "2-NQ/TW");
  CHECK(vanban::number_key("1734/CTr-TLĐ") == "1734/CTR-TLĐ");
}

TEST_CASE("resolve: every corpus reference against its labelled target") {
  const auto& c = corpus();
  graph::Resolver resolver;
  for (const auto& [path, doc] : c.docs) resolver.add(path, doc);

  std::size_t labelled = 0, resolved = 0, right = 0;
  for (const auto& t : c.truth) {
    const std::string path = t.at("path");
    const Document& doc = c.docs.at(path);
    for (const auto& expected : t.at("references")) {
      // A citation by title has no number: it is found by its title.
      const bool by_title = expected.at("number").is_null();
      const std::string number = by_title ? "" : expected.at("number").get<std::string>();
      const std::optional<std::string> title =
          by_title ? std::optional(expected.at("title").get<std::string>()) : std::nullopt;
      const auto date = expected.at("date").is_null()
                            ? std::optional<std::string>()
                            : std::optional(expected.at("date").get<std::string>());
      const Reference* ref = nullptr;
      for (const auto& r : doc.references)
        if (r.number == number && r.date == date && (!by_title || r.title == title)) ref = &r;
      CAPTURE(path);
      CAPTURE(number);
      REQUIRE(ref);
      const auto res = resolver.resolve(path, doc, *ref);
      const bool has_target = !expected.at("target").is_null();
      labelled += has_target;
      if (res.kind == graph::Resolution::Kind::Resolved) {
        ++resolved;
        if (has_target && res.ids.front() == expected.at("target").get<std::string>())
          ++right;
        else
          CHECK_MESSAGE(false, "resolved to " << res.ids.front() << ", expected "
                                              << expected.at("target").dump());
      } else {
        CHECK_MESSAGE(
            !has_target,
            std::string(res.kind == graph::Resolution::Kind::Ambiguous ? "ambiguous" : "external")
                << ", expected " << expected.at("target").dump());
      }
    }
  }
  const double precision = resolved ? static_cast<double>(right) / resolved : 1.0;
  const double recall = labelled ? static_cast<double>(right) / labelled : 1.0;
  MESSAGE("resolution precision " << precision << " (" << right << "/" << resolved << "), recall "
                                  << recall << " (" << right << "/" << labelled << ")");
  CHECK(precision >= 0.95);
  CHECK(recall >= 0.95);
}

TEST_CASE("resolve: the same number in another year, another office, another level") {
  const auto& c = corpus();
  graph::Resolver resolver;
  for (const auto& [path, doc] : c.docs) resolver.add(path, doc);
  Document citing = c.docs.at("corpus/ldld-phong-tho/2024-04-03_tham-hoi-thang-cong-nhan-2024.md");
  Reference ref;
  ref.number = "37/KH-LĐLĐ";
  ref.relation = Relation::Implements;
  // Dated 2024 and "LĐLĐ tỉnh" from a Phong Thổ (Lai Châu) document: Lai Châu's 2024 plan,
  // not the 2023 one, nor Điện Biên's, nor Tam Đường's.
  ref.date = "2024-02-23";
  ref.issuer = "Ban Thường vụ LĐLĐ tỉnh";
  auto r = resolver.resolve("x", citing, ref);
  REQUIRE(r.kind == graph::Resolution::Kind::Resolved);
  CHECK(r.ids.front() == "corpus/ldld-lai-chau/2024-02-23_thang-cong-nhan-2024.md");
  // Undated and no issuer: the 2024 candidates tie: ambiguous, never a guess.
  ref.date.reset();
  ref.issuer.reset();
  r = resolver.resolve("x", citing, ref);
  CHECK(r.kind == graph::Resolution::Kind::Ambiguous);
  CHECK(r.ids.size() >= 3);
  // A number nobody in the archive has: external.
  ref.number = "999/KH-LĐLĐ";
  CHECK(resolver.resolve("x", citing, ref).kind == graph::Resolution::Kind::External);
}

TEST_CASE("resolve: names fold case, tone placement and marks") {
  CHECK(text::fold_tones("HOẰNG HOÁ") == text::fold_tones("Hoằng Hóa"));
  CHECK(text::fold_tones("UỶ BAN NHÂN DÂN") == text::fold_tones("Ủy ban nhân dân"));
  CHECK(text::fold_tones("Tân Yên") != text::fold_tones("Tân Uyên"));
  CHECK(text::name_words("Công ty CP May Hải Hà") ==
        std::vector<std::string>{"cong", "ty", "cp", "may", "hai", "ha"});
  const auto full = text::name_words("Công ty Cổ phần May Hải Hà");
  CHECK_FALSE(text::names_differ(text::name_words("CÔNG TY CỔ PHẦN MAY HẢI HÀ"), full));
  CHECK_FALSE(text::names_differ(text::name_words("Công ty May Hải Hà"), full)); // shortened
  CHECK_FALSE(text::names_differ({}, full));                                     // no name
  CHECK(text::names_differ(text::name_words("Công ty Cổ phần May Tân Yên"), full));
  CHECK(text::names_differ(text::name_words("Hải Hà May"), full)); // same words, other order
}

TEST_CASE("resolve: grassroots unions of one district told apart by their names") {
  Archive a;
  // Three unions of Hải Hà issued 18/KH-CĐCS on 14/8/2023.
  for (const std::string unit :
       {"CÔNG TY CỔ PHẦN MAY HẢI HÀ", "TRƯỜNG TIỂU HỌC HẢI HÀ", "TRUNG TÂM Y TẾ HẢI HÀ"})
    a.add("cdcs/" + unit + "/18-kh.md",
          document("# LIÊN ĐOÀN LAO ĐỘNG HUYỆN HẢI HÀ\n\n## CÔNG ĐOÀN CƠ SỞ " + unit +
                       "\n\n## BAN CHẤP HÀNH",
                   "18/KH-CĐCS", "Hải Hà, ngày 14 tháng 8 năm 2023", "KẾ HOẠCH", kPlanBody));
  auto cite = [&](const std::string& path, const std::string& issuer) {
    a.add(path, document("# LIÊN ĐOÀN LAO ĐỘNG HUYỆN HẢI HÀ\n\n## CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ "
                         "PHẦN MAY HẢI HÀ\n\n## BAN CHẤP HÀNH",
                         "24/BC-CĐCS", "Hải Hà, ngày 20 tháng 12 năm 2023", "BÁO CÁO",
                         "Thực hiện Kế hoạch số 18/KH-CĐCS ngày 14/08/2023 của " + issuer +
                             " về thăm hỏi đoàn viên, Ban Chấp hành báo cáo kết quả như sau:"));
    return a.target(path, "18/KH-CĐCS");
  };
  CHECK(cite("bc1.md", "Ban Chấp hành Công đoàn cơ sở Công ty Cổ phần May Hải Hà") ==
        "cdcs/CÔNG TY CỔ PHẦN MAY HẢI HÀ/18-kh.md");
  CHECK(cite("bc2.md", "Ban Chấp hành CĐCS Trường Tiểu học Hải Hà") ==
        "cdcs/TRƯỜNG TIỂU HỌC HẢI HÀ/18-kh.md");
  // A citation that names no unit constrains nothing: the three tie.
  CHECK(cite("bc3.md", "Ban Chấp hành Công đoàn cơ sở") ==
        "ambiguous: cdcs/CÔNG TY CỔ PHẦN MAY HẢI HÀ/18-kh.md cdcs/TRUNG TÂM Y TẾ HẢI HÀ/18-kh.md "
        "cdcs/TRƯỜNG TIỂU HỌC HẢI HÀ/18-kh.md");
}

TEST_CASE("resolve: a grassroots union placed by its own headers rules out a namesake number") {
  Archive a;
  // The union's headers say it is in Hải Hà; a headerless union plan of Vân Đồn has the same
  // number and date. The citation names the union, not its district.
  a.add("may-hai-ha/12-kh.md",
        document("# LIÊN ĐOÀN LAO ĐỘNG HUYỆN HẢI HÀ\n\n## CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN MAY HẢI "
                 "HÀ\n\n## BAN CHẤP HÀNH",
                 "18/KH-CĐCS", "Hải Hà, ngày 14 tháng 8 năm 2023", "KẾ HOẠCH", kPlanBody));
  a.add("thuy-dien-van-don/18-kh.md",
        document("", "18/KH-CĐCS", "Vân Đồn, ngày 14 tháng 8 năm 2023", "KẾ HOẠCH", kPlanBody));
  a.add("ldld-hai-ha/30-bc.md",
        document("# LIÊN ĐOÀN LAO ĐỘNG HUYỆN HẢI HÀ\n\n## BAN THƯỜNG VỤ", "30/BC-LĐLĐ",
                 "Hải Hà, ngày 20 tháng 12 năm 2023", "BÁO CÁO",
                 "Căn cứ Kế hoạch số 18/KH-CĐCS ngày 14/8/2023 của Ban Chấp hành Công đoàn cơ sở "
                 "Công ty Cổ phần May Hải Hà, Ban Thường vụ báo cáo như sau:"));
  CHECK(a.target("ldld-hai-ha/30-bc.md", "18/KH-CĐCS") == "may-hai-ha/12-kh.md");
}

TEST_CASE("resolve: party committees told apart by their province") {
  Archive a;
  for (const std::string province : {"NGHỆ AN", "THANH HOÁ"})
    a.add("tu/" + province + ".md",
          document("# ĐẢNG BỘ TỈNH " + province + "\n\n## TỈNH ỦY", "05-CT/TU",
                   "ngày 10 tháng 3 năm 2023", "CHỈ THỊ", kPlanBody));
  a.add("ldld-nghe-an/40-kh.md",
        document("# LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN\n\n## BAN THƯỜNG VỤ", "40/KH-LĐLĐ",
                 "Nghệ An, ngày 20 tháng 3 năm 2023", "KẾ HOẠCH",
                 "Thực hiện Chỉ thị số 05-CT/TU ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy Thanh Hóa "
                 "về tăng cường sự lãnh đạo của Đảng, Ban Thường vụ xây dựng kế hoạch như sau:"));
  CHECK(a.target("ldld-nghe-an/40-kh.md", "05-CT/TU") == "tu/THANH HOÁ.md");
}

TEST_CASE("resolve: a headerless district document is from its place of issue's district") {
  Archive a;
  a.add("ldld-tan-yen/17-kh.md",
        document("# LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN YÊN\n\n## BAN THƯỜNG VỤ", "17/KH-LĐLĐ",
                 "Tân Yên, ngày 21 tháng 3 năm 2022", "KẾ HOẠCH", kPlanBody));
  // Headerless: Bảo Thắng is a district of data/places.json, Hoằng Hóa only "not a province".
  a.add("ldld-bao-thang/17-kh.md",
        document("", "17/KH-LĐLĐ", "Bảo Thắng, ngày 21 tháng 3 năm 2022", "KẾ HOẠCH", kPlanBody));
  a.add("ldld-hoang-hoa/17-kh.md",
        document("", "17/KH-LĐLĐ", "Hoằng Hóa, ngày 21 tháng 3 năm 2022", "KẾ HOẠCH", kPlanBody));
  // A headerless central body writes its seat, which is not its area.
  a.add("tld/91-nq.md",
        document("", "91/NQ-TLĐ", "Hà Nội, ngày 14 tháng 02 năm 2022", "NGHỊ QUYẾT", kPlanBody));
  auto cite = [&](const std::string& path, const std::string& citation, const std::string& number) {
    a.add(path, document("# LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN YÊN\n\n## CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ "
                         "PHẦN MAY TÂN YÊN\n\n## BAN CHẤP HÀNH",
                         "08/KH-CĐCS", "Tân Yên, ngày 25 tháng 3 năm 2022", "KẾ HOẠCH",
                         "Thực hiện " + citation + ", Ban Chấp hành xây dựng kế hoạch như sau:"));
    return a.target(path, number);
  };
  CHECK(cite("a.md",
             "Kế hoạch số 17/KH-LĐLĐ ngày 21 tháng 3 năm 2022 của Ban Thường vụ Liên đoàn Lao "
             "động huyện Tân Yên",
             "17/KH-LĐLĐ") == "ldld-tan-yen/17-kh.md");
  CHECK(cite("b.md", "Kế hoạch số 17/KH-LĐLĐ ngày 21/3/2022 của Ban Thường vụ LĐLĐ huyện Hoằng Hoá",
             "17/KH-LĐLĐ") == "ldld-hoang-hoa/17-kh.md");
  CHECK(cite("c.md",
             "Nghị quyết số 91/NQ-TLĐ ngày 14/02/2022 của Đoàn Chủ tịch Tổng Liên đoàn Lao động "
             "Việt Nam",
             "91/NQ-TLĐ") == "tld/91-nq.md");
}

TEST_CASE("resolve: place and body names written with the old tone marks") {
  Archive a;
  // The same plan number and day in two districts of Thanh Hóa, headers in capitals with the
  // new tone placement; and a steering board under each of two bodies of the province.
  for (const std::string district : {"HOẰNG HOÁ", "NÔNG CỐNG"})
    a.add("ldld/" + district + ".md",
          document("# LIÊN ĐOÀN LAO ĐỘNG HUYỆN " + district + "\n\n## BAN THƯỜNG VỤ", "54/KH-LĐLĐ",
                   "ngày 14 tháng 6 năm 2024", "KẾ HOẠCH", kPlanBody));
  a.add("bcd/ubnd.md", document("# UỶ BAN NHÂN DÂN TỈNH THANH HOÁ\n\n## BAN CHỈ ĐẠO", "12/KH-BCĐ",
                                "Thanh Hóa, ngày 02 tháng 4 năm 2024", "KẾ HOẠCH", kPlanBody));
  a.add("bcd/ldld.md",
        document("# LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HOÁ\n\n## BAN CHỈ ĐẠO", "12/KH-BCĐ",
                 "Thanh Hóa, ngày 02 tháng 4 năm 2024", "KẾ HOẠCH", kPlanBody));
  a.add("citing.md",
        document("# LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\n\n## BAN THƯỜNG VỤ", "98/BC-LĐLĐ",
                 "Thanh Hóa, ngày 20 tháng 12 năm 2024", "BÁO CÁO",
                 "Thực hiện Kế hoạch số 54/KH-LĐLĐ ngày 14/06/2024 của Ban Thường vụ Liên đoàn Lao "
                 "động huyện Hoằng Hóa; Kế hoạch số 12/KH-BCĐ ngày 02/4/2024 của Ban Chỉ đạo Ủy "
                 "ban nhân dân tỉnh Thanh Hóa, Ban Thường vụ báo cáo như sau:"));
  CHECK(a.target("citing.md", "54/KH-LĐLĐ") == "ldld/HOẰNG HOÁ.md");
  CHECK(a.target("citing.md", "12/KH-BCĐ") == "bcd/ubnd.md");
  // "UỶ BAN NHÂN DÂN" is a People's Committee too, so its board is not the union's.
  a.add("citing2.md",
        document("# LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HOÁ\n\n## BAN THƯỜNG VỤ", "99/BC-LĐLĐ",
                 "Thanh Hóa, ngày 21 tháng 12 năm 2024", "BÁO CÁO",
                 "Thực hiện Kế hoạch số 12/KH-BCĐ ngày 02/4/2024 của Ban Chỉ đạo LĐLĐ tỉnh, Ban "
                 "Thường vụ báo cáo như sau:"));
  CHECK(a.target("citing2.md", "12/KH-BCĐ") == "bcd/ldld.md");
}

TEST_CASE("resolve: a law cited by its title and date, not the same title's other version") {
  const std::string law =
      "QUỐC HỘI\n\nLuật số: 12/2023/QH15\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
      "Độc lập - Tự do - Hạnh phúc\n\nLUẬT\nTHƯ VIỆN SỐ\n\nĐiều 1. Phạm vi\n\n"
      "Luật này được Quốc hội thông qua ngày 20 tháng 6 năm 2023.\n\n"
      "CHỦ TỊCH QUỐC HỘI\n\nVương Văn Hà\n";
  const std::string older = "QUỐC HỘI\n\nLuật số: 04/2019/QH14\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                            "NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nLUẬT\nTHƯ VIỆN SỐ\n\nĐiều 1. "
                            "Phạm vi\n\nLuật này được Quốc hội thông qua ngày 21 tháng 11 năm "
                            "2019.\n\nCHỦ TỊCH QUỐC HỘI\n\nLê Văn Hùng\n";
  Archive a;
  a.add("law-2023.md", law);
  a.add("law-2019.md", older);
  REQUIRE(a.docs.at("law-2023.md").subject == std::optional<std::string>("Luật Thư viện số"));
  REQUIRE(a.docs.at("law-2023.md").date == std::optional<std::string>("2023-06-20"));
  a.add("decree.md",
        document("# CHÍNH PHỦ", "15/2024/NĐ-CP", "Hà Nội, ngày 02 tháng 02 năm 2024", "NGHỊ ĐỊNH",
                 "Căn cứ Luật Thư viện số ngày 20 tháng 6 năm 2023;\n\nCăn cứ Luật "
                 "Lưu trữ ngày 21 tháng 6 năm 2024;"));
  const Document& d = a.docs.at("decree.md");
  std::vector<const Reference*> titled;
  for (const auto& r : d.references)
    if (r.number.empty()) titled.push_back(&r);
  REQUIRE(titled.size() == 2);
  CHECK(titled[0]->type == std::optional<std::string>("Luật"));
  CHECK(titled[0]->title == std::optional<std::string>("Thư viện số"));
  CHECK(titled[0]->date == std::optional<std::string>("2023-06-20"));
  CHECK(titled[0]->relation == Relation::BasedOn);
  const auto res = a.resolver.resolve("decree.md", d, *titled[0]);
  REQUIRE(res.kind == graph::Resolution::Kind::Resolved);
  CHECK(res.ids.front() == "law-2023.md");
  CHECK(a.resolver.resolve("decree.md", d, *titled[1]).kind == graph::Resolution::Kind::External);
}
