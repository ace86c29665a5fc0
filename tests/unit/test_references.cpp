// Citations: relation from the lead phrase, ';' lists, dates, issuers, dedup, own number.
#include "helpers.hpp"

using vanban::Relation;
using vanban::test::compile_text;

namespace {

/// The first reference of `d` that `pred` accepts, or nullptr.
template <typename Pred> const vanban::Reference* first_ref(const vanban::Document& d, Pred pred) {
  for (const auto& r : d.references)
    if (pred(r)) return &r;
  return nullptr;
}

const vanban::Reference* find(const vanban::Document& d, const std::string& number) {
  return first_ref(d, [&](const vanban::Reference& r) { return r.number == number; });
}

const vanban::Reference* find_title(const vanban::Document& d, const std::string& title) {
  return first_ref(d, [&](const vanban::Reference& r) { return r.title == title; });
}

} // namespace

TEST_CASE("Thực hiện … implements, with date and issuer (seed 000)") {
  auto d = compile_text(
      "Số: 59/KH-LĐLĐ\n\nKẾ HOẠCH\nThăm hỏi\n\nThực hiện Kế hoạch số 37/KH-LĐLĐ, ngày 23/02/2024 "
      "của Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Lai Châu về việc tổ chức các hoạt động; "
      "Ban Thường vụ LĐLĐ tỉnh xây dựng kế hoạch theo Kế hoạch số 12/KH-LĐLĐ.\n");
  REQUIRE(d.references.size() == 2);
  const auto& r = d.references[0];
  CHECK(r.relation == Relation::Implements);
  CHECK(r.type == "Kế hoạch");
  CHECK(r.number == "37/KH-LĐLĐ");
  CHECK(r.date == "2024-02-23");
  CHECK(r.issuer == "Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Lai Châu");
  CHECK(r.line == 6);
  CHECK(r.text.rfind("Kế hoạch số 37/KH-LĐLĐ, ngày 23/02/2024 của Ban Thường vụ", 0) == 0);
  // The clause after ';' that does not open with a citation ends the lead.
  CHECK(d.references[1].relation == Relation::Cites);
}

TEST_CASE("Căn cứ … — every document of the list is based_on") {
  auto d = compile_text("Số: 309/KH - LĐLĐ\n\nCăn cứ Chương trình số 06/CTr-LĐLĐ, ngày 14/9/2018 "
                        "của Ban Chấp hành LĐLĐ tỉnh; "
                        "Kế hoạch số 132/KH-LĐLĐ, ngày 06/12/2019 của LĐLĐ tỉnh về phúc lợi; Nghị "
                        "định số 135/2020/NĐ-CP;\n\n"
                        "Nhằm thực hiện tốt Chương trình số 1734/CTr –TLĐ, ngày 14/11/2019 và Kế "
                        "hoạch số 132/KH-LĐLĐ.\n");
  CHECK(find(d, "06/CTr-LĐLĐ")->relation == Relation::BasedOn);
  CHECK(find(d, "132/KH-LĐLĐ")->relation == Relation::BasedOn);
  CHECK(find(d, "135/2020/NĐ-CP")->relation == Relation::BasedOn);
  CHECK(find(d, "135/2020/NĐ-CP")->type == "Nghị định");
  CHECK(find(d, "1734/CTr-TLĐ")->relation == Relation::Implements); // "Nhằm thực hiện" leads too
  CHECK(find(d, "1734/CTr-TLĐ")->date == "2019-11-14");
  CHECK(d.references.size() == 4); // 132/KH-LĐLĐ twice is one reference
}

TEST_CASE("amends, replaces, repeals — party and law numbers — undated citations") {
  auto d =
      compile_text("Số: 15/QĐ-LĐLĐ\n\nĐiều 1. Sửa đổi, bổ sung Điều 3 Quyết định số 08/QĐ-LĐLĐ "
                   "ngày 10/01/2023.\n\n"
                   "Điều 2. Quyết định này thay thế Quyết định số 88/QĐ-LĐLĐ ngày 12/5/2021.\n\n"
                   "Điều 3. Bãi bỏ Quyết định số 12/QĐ-UBND; Hướng dẫn số 05/HD-LĐLĐ ngày "
                   "02/02/2020 hết hiệu lực.\n\n"
                   "Điều 4. Tổ chức quán triệt Nghị quyết số 02 – NQ/TW của Bộ Chính trị, theo "
                   "Quyết định 225-QĐ/TW "
                   "và Luật Công đoàn số 50/2024/QH15.\n");
  CHECK(find(d, "08/QĐ-LĐLĐ")->relation == Relation::Amends);
  CHECK(find(d, "88/QĐ-LĐLĐ")->relation == Relation::Replaces);
  CHECK(find(d, "12/QĐ-UBND")->relation == Relation::Repeals);
  CHECK(find(d, "05/HD-LĐLĐ")->relation == Relation::Repeals);
  const auto* nq = find(d, "02-NQ/TW");
  REQUIRE(nq);
  CHECK(nq->relation == Relation::Cites);
  CHECK(nq->date == std::nullopt);
  CHECK(nq->issuer == "Bộ Chính trị");
  CHECK(find(d, "225-QĐ/TW")->type == "Quyết định");
  CHECK(find(d, "50/2024/QH15")->type == "Luật");
}

TEST_CASE("the document's own number is not a reference — the same number of another year is") {
  auto d = compile_text("Số: 37/KH-LĐLĐ\n\nLai Châu, ngày 23 tháng 02 năm 2024\n\nKế hoạch số "
                        "37/KH-LĐLĐ này thay cho "
                        "Kế hoạch số 37/KH-LĐLĐ ngày 20/02/2023 của Ban Thường vụ LĐLĐ tỉnh.\n");
  REQUIRE(d.references.size() == 1);
  CHECK(d.references[0].date == "2023-02-20");
}

TEST_CASE("a citation split over two lines of a paragraph") {
  auto d = compile_text("Số: 01/KH-CĐCS\n\nThực hiện Kế hoạch số\n07/KH-LĐLĐ ngày 05/3/2024 của "
                        "LĐLĐ huyện Tam Đường.\n");
  REQUIRE(d.references.size() == 1);
  CHECK(d.references[0].number == "07/KH-LĐLĐ");
  CHECK(d.references[0].line == 3);
  CHECK(d.references[0].relation == Relation::Implements);
}

TEST_CASE("an issuer ends at a verb in lower case, not at a capitalised word of a company name") {
  auto d = compile_text(
      "Số: 71/BC-LĐLĐ\n\nNông Cống, ngày 20 tháng 12 năm 2024\n\nCăn cứ Báo cáo số 32/BC-CĐCS "
      "của CĐCS Công ty Cổ phần Xây dựng Giao thông Ba Chẽ, ngày 19/06/2024; Kế hoạch số "
      "54/KH-LĐLĐ của LĐLĐ tỉnh về xây dựng đời sống văn hóa cơ sở; Kế hoạch số 60/KH-LĐLĐ của "
      "Ban Thường vụ LĐLĐ tỉnh xây dựng kế hoạch năm 2024.\n");
  REQUIRE(d.references.size() == 3);
  const auto* bc = find(d, "32/BC-CĐCS");
  REQUIRE(bc);
  CHECK(bc->issuer == "CĐCS Công ty Cổ phần Xây dựng Giao thông Ba Chẽ");
  CHECK(bc->date == "2024-06-19"); // the date after the name is not lost with it
  CHECK(find(d, "54/KH-LĐLĐ")->issuer == "LĐLĐ tỉnh");
  CHECK(find(d, "60/KH-LĐLĐ")->issuer == "Ban Thường vụ LĐLĐ tỉnh");
}

TEST_CASE("one number and date from two unions are two references, from one union one") {
  auto d = compile_text(
      "Số: 41/BC-LĐLĐ\n\nBát Xát, ngày 05 tháng 5 năm 2022\n\nTổng hợp Báo cáo số 16/BC-CĐCS "
      "ngày 20/4/2022 của Ban Chấp hành Công đoàn cơ sở Trường THCS Bát Xát và Báo cáo số "
      "16/BC-CĐCS ngày 20/4/2022 của Ban Chấp hành Công đoàn cơ sở Trung tâm Y tế Bát Xát, Ban "
      "Thường vụ báo cáo như sau:\n\nTheo Báo cáo số 16/BC-CĐCS của CĐCS Trường THCS Bát Xát, "
      "100% đoàn viên được thăm hỏi. Báo cáo số 16/BC-CĐCS nêu rõ kết quả.\n");
  REQUIRE(d.references.size() == 2);
  CHECK(d.references[0].issuer == "Ban Chấp hành Công đoàn cơ sở Trường THCS Bát Xát");
  CHECK(d.references[0].date == "2022-04-20");
  CHECK(d.references[1].issuer == "Ban Chấp hành Công đoàn cơ sở Trung tâm Y tế Bát Xát");
  CHECK(d.references[1].date == "2022-04-20");
}

TEST_CASE("one document cited as 07/KH and as 7/KH of one date is one reference") {
  auto d = compile_text("Số: 20/KH-CĐCS\n\nKẾ HOẠCH\nThực hiện\n\nThực hiện Kế hoạch số "
                        "07/KH-LĐLĐ ngày 10/01/2024 của Liên đoàn Lao động huyện; căn cứ Kế hoạch "
                        "số 7/KH-LĐLĐ ngày 10/01/2024, Ban Chấp hành xây dựng kế hoạch.\n");
  REQUIRE(d.references.size() == 1);
  CHECK(d.references[0].number == "07/KH-LĐLĐ"); // as first written
  CHECK(d.references[0].relation == vanban::Relation::Implements);
  // Undated, it may be another document (the citing one's own number): not merged.
  auto undated = compile_text("Số: 21/KH-CĐCS\n\nKẾ HOẠCH\nThực hiện\n\nThực hiện Kế hoạch số "
                              "07/KH-LĐLĐ của Liên đoàn Lao động huyện; căn cứ Kế hoạch số "
                              "7/KH-LĐLĐ ngày 10/01/2024, Ban Chấp hành xây dựng kế hoạch.\n");
  CHECK(undated.references.size() == 2);
}

TEST_CASE("citations by title: Luật, Bộ luật, Pháp lệnh with their dates and no number") {
  auto d = compile_text("Số: 05/QĐ-UBND\n\nHà Nội, ngày 2 tháng 2 năm 2024\n\nQUYẾT ĐỊNH\n\n"
                        "Về việc ban hành quy chế\n\n"
                        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
                        "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;\n\n"
                        "Căn cứ Pháp lệnh Ưu đãi người có công ngày 9 tháng 12 năm 2020;\n");
  REQUIRE(d.references.size() == 3);
  const auto* luat = find_title(d, "Tổ chức Chính phủ");
  REQUIRE(luat);
  CHECK(luat->type == "Luật");
  CHECK(luat->number.empty());
  CHECK(luat->date == "2015-06-19");
  CHECK(luat->relation == Relation::BasedOn);
  CHECK(luat->line == 9);
  CHECK(luat->text == "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015");
  const auto* bo_luat = find_title(d, "Lao động");
  REQUIRE(bo_luat);
  CHECK(bo_luat->type == "Bộ luật");
  CHECK(bo_luat->date == "2019-11-20");
  const auto* phap_lenh = find_title(d, "Ưu đãi người có công");
  REQUIRE(phap_lenh);
  CHECK(phap_lenh->type == "Pháp lệnh");
  CHECK(phap_lenh->date == "2020-12-09");
}

TEST_CASE("an amending law is one reference; 'Luật này ngày', a law with its number, forms") {
  auto d = compile_text(
      "Số: 05/QĐ-UBND\n\nHà Nội, ngày 2 tháng 2 năm 2024\n\nQUYẾT ĐỊNH\n\nVề việc ban hành quy "
      "chế\n\n"
      "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch ngày 15 tháng 6 năm 2022;\n\n"
      "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;\n\n"
      "Điều 1. Luật này ngày 1 tháng 1 năm 2025 có hiệu lực. Điền theo Mẫu số 01/ĐK và mẫu "
      "02/TB ban hành kèm theo.\n");
  REQUIRE(d.references.size() == 2);
  const auto* amending = find_title(d, "sửa đổi, bổ sung một số điều của Luật Quy hoạch");
  REQUIRE(amending);
  CHECK(amending->type == "Luật");
  CHECK(amending->date == "2022-06-15");
  CHECK_FALSE(find_title(d, "Quy hoạch")); // the amended law is not a second reference
  const auto* dat_dai = find(d, "31/2024/QH15");
  REQUIRE(dat_dai);
  CHECK(dat_dai->type == "Luật");
  CHECK(dat_dai->title == std::nullopt); // cited by its number, not by its title
  CHECK(dat_dai->date == "2024-01-18");
  for (const auto& r : d.references) {
    CHECK(r.number != "01/ĐK");
    CHECK(r.number != "02/TB");
    CHECK(r.title != "này");
  }
}

TEST_CASE("the document's own number, cited in its body, is never a reference") {
  auto d = compile_text("Số: 05/QĐ-UBND\n\nHà Nội, ngày 2 tháng 2 năm 2024\n\nQUYẾT ĐỊNH\n\n"
                        "Về việc ban hành quy chế\n\nĐiều 1. Quyết định số 05/QĐ-UBND này có hiệu "
                        "lực kể từ ngày ký; Quyết định số 05/QĐ-UBND ngày 2/2/2024 được gửi các "
                        "đơn vị.\n");
  CHECK(d.references.empty());
}

TEST_CASE(
    "a law whose name ends in 'pháp luật' is one law; a Căn cứ line is never the place-date") {
  auto d = compile_text("Số: 05/QĐ-UBND\n\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 "
                        "tháng 6 năm 2015;\n\nCăn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính "
                        "quyền địa phương ngày 2 tháng 3 năm 2019;\n");
  const auto* law = find_title(d, "Ban hành văn bản quy phạm pháp luật");
  REQUIRE(law);
  CHECK(law->date == "2015-06-22");
  CHECK(law->relation == Relation::BasedOn);
  // Two laws named in one title are not one law's name: no reference is made up from them.
  CHECK_FALSE(find_title(d, "Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"));
  // Without a place-date line, the first Căn cứ is not taken for one.
  CHECK(d.date == std::nullopt);
  CHECK(d.place == std::nullopt);
}
