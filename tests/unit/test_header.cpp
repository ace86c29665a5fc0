// Header recognition for every layout: GFM table, bold lines, headings, absent; công văn V/v.
#include "helpers.hpp"
#include "vanban/text/tables.hpp"

using vanban::test::compile_text;

namespace {

void check_lai_chau_plan(const vanban::Document& d) {
  REQUIRE(d.number);
  CHECK(d.number->text == "37/KH-LĐLĐ");
  CHECK(d.type == "Kế hoạch");
  CHECK(d.place == "Lai Châu");
  CHECK(d.date == "2024-02-23");
  CHECK(d.subject == "Tổ chức các hoạt động Tháng Công nhân năm 2024");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
  CHECK(d.issuer->parent == std::nullopt);
  CHECK(d.issuer->lines ==
        std::vector<std::string>{"LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", "BAN THƯỜNG VỤ"});
  CHECK(d.facts.motto.size() == 2);
}

} // namespace

TEST_CASE("header as a two-column GFM table") {
  auto d = compile_text(
      "| LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU<br>**BAN THƯỜNG VỤ**<br>Số: 37/KH-LĐLĐ | **CỘNG HÒA XÃ "
      "HỘI CHỦ NGHĨA "
      "VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Lai Châu, ngày 23 tháng 02 năm 2024* |\n"
      "|---|---|\n\n**KẾ HOẠCH**\n\n**Tổ chức các hoạt động Tháng Công nhân năm 2024**\n\n"
      "Thực hiện Kế hoạch số 274/KH-TLĐ ngày 01/12/2023 của Đoàn Chủ tịch Tổng Liên đoàn.\n");
  check_lai_chau_plan(d);
  CHECK(d.facts.layout == "table");
  CHECK(d.lines.number == 1);
}

TEST_CASE("header as bold lines") {
  auto d = compile_text(
      "**LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU**  \n**BAN THƯỜNG VỤ**\n\nSố: 37/KH-LĐLĐ\n\n"
      "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
      "*Lai Châu, ngày 23 tháng 02 năm 2024*\n\n**KẾ HOẠCH**  \n"
      "**Tổ chức các hoạt động Tháng Công nhân năm 2024**\n\nThực hiện chỉ đạo của cấp trên.\n");
  check_lai_chau_plan(d);
  CHECK(d.facts.layout == "bold");
}

TEST_CASE("header as headings") {
  auto d = compile_text(
      "# LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU\n## BAN THƯỜNG VỤ\nSố: 37/KH-LĐLĐ\n\n"
      "# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n## Độc lập - Tự do - Hạnh phúc\n\n"
      "Lai Châu, ngày 23 tháng 02 năm 2024\n\n# KẾ HOẠCH\n"
      "## Tổ chức các hoạt động Tháng Công nhân năm 2024\n\nCăn cứ tình hình thực tế.\n");
  check_lai_chau_plan(d);
  CHECK(d.facts.layout == "heading");
}

TEST_CASE("header absent: the seeds start at Số") {
  auto d = compile_text("\n\nSố: 409/KH -LĐLĐ\n\nLai Châu, ngày 02 tháng 02 năm 2023\n\n"
                        "## **KẾ HOẠCH** **Tổ chức các hoạt động Tháng Công nhân năm 2023**\n\nNăm "
                        "2023 là năm đại hội.\n");
  CHECK(d.facts.layout == "absent");
  CHECK_FALSE(d.issuer);
  REQUIRE(d.number);
  CHECK(d.number->raw == "409/KH -LĐLĐ");
  CHECK(d.number->text == "409/KH-LĐLĐ");
  CHECK(d.type == "Kế hoạch");
  CHECK(d.subject == "Tổ chức các hoạt động Tháng Công nhân năm 2023");
}

TEST_CASE("parent body above the issuing organisation") {
  auto d = compile_text("| TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM<br>**LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI "
                        "CHÂU**<br>Số: 12/BC-LĐLĐ | "
                        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*Lai Châu, ngày 10 tháng 6 năm "
                        "2024* |\n|---|---|\n\n"
                        "BÁO CÁO\nKết quả Tháng Công nhân năm 2024\n");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
  CHECK(d.issuer->parent == "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
  CHECK(d.type == "Báo cáo");
  CHECK(d.subject == "Kết quả Tháng Công nhân năm 2024");
}

TEST_CASE("công văn: V/v subject over two lines, Kính gửi list") {
  auto d = compile_text(
      "Số: 149/LĐLĐ  \nV/v tập trung thực hiện chương trình  \nlàm việc năm 2024\n\n"
      "Lai Châu, ngày 08 tháng 3 năm 2024\n\n"
      "Kính gửi: - LĐLĐ các huyện, thành phố;  \n- Các Công đoàn Ngành; Công đoàn Viên chức.\n\n"
      "Căn cứ Chương trình số 01/CTr-LĐLĐ ngày 24/01/2024 của Ban Thường vụ LĐLĐ tỉnh.\n");
  CHECK(d.type == "Công văn");
  CHECK(d.subject == "tập trung thực hiện chương trình làm việc năm 2024");
  REQUIRE(d.number);
  CHECK_FALSE(d.number->type_code);
  CHECK(d.number->issuer_code == "LĐLĐ");
  REQUIRE(d.recipients.size() == 3);
  CHECK(d.recipients[0].name == "LĐLĐ các huyện, thành phố");
  CHECK(d.recipients[0].role == vanban::RecipientRole::To);
  CHECK(d.recipients[2].name == "Công đoàn Viên chức");
  CHECK(d.lines.kinh_gui == 7);
}

TEST_CASE("quyết định: subject under the type, articles as sections") {
  auto d = compile_text(
      "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n\nSố: 1021/QĐ-UBND\n\nLai Châu, ngày 05 tháng 7 năm 2024\n\n"
      "QUYẾT ĐỊNH\n\nVề việc ban hành Quy chế phối hợp\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nQUYẾT ĐỊNH:\n\n"
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n");
  CHECK(d.type == "Quyết định");
  CHECK(d.subject == "Về việc ban hành Quy chế phối hợp");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[0].heading.rfind("Điều 1.", 0) == 0);
  CHECK(d.sections[1].level == 1);
}

TEST_CASE("a document with neither number nor date still compiles, with warnings") {
  auto d = compile_text("Một đoạn văn bản không có số, không có ngày tháng.\n");
  CHECK_FALSE(d.number);
  CHECK_FALSE(d.date);
  bool number_missing = false, date_missing = false;
  for (const auto& g : d.diagnostics) {
    number_missing |= g.code == "number.missing";
    date_missing |= g.code == "date.missing";
  }
  CHECK(number_missing);
  CHECK(date_missing);
}

TEST_CASE("a bold or heading subject is the subject even when it opens like the body") {
  auto d = compile_text("**ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**  \nSố: 1286/KH-UBND\n\n*Lai Châu, ngày "
                        "05 tháng 4 năm 2024*\n\n"
                        "**KẾ HOẠCH**\n\n**Thực hiện Chỉ thị số 05-CT/TU ngày 15/3/2024 của Ban "
                        "Thường vụ Tỉnh ủy**\n\n"
                        "Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13 ngày 25/6/2015;\n");
  CHECK(d.subject == "Thực hiện Chỉ thị số 05-CT/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy");
  REQUIRE(d.references.size() == 2);
  CHECK(d.references[0].relation == vanban::Relation::Implements);
  CHECK(d.references[1].relation == vanban::Relation::BasedOn);
}

TEST_CASE("an issuer line ending on VÀ goes on in the next, even where a body's name starts") {
  // "HỘI ĐỒNG" opens a body's name, but the line above ends open: one joint office.
  const char* const kJointOffice =
      "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ\n\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN\n\n"
      "Số: 21/TB-VP\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 5\n";
  auto d = compile_text(kJointOffice);
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN");
  CHECK(d.issuer->parent == std::nullopt);
  // Without the phrase (data/header_phrases.json: open_line_ends) the body's name starts anew.
  vanban::tables::Tables changed = vanban::tables::embedded();
  changed.phrase_lists.at("header_phrases.open_line_ends").clear();
  vanban::tables::ScopedTables scope(std::move(changed));
  auto split = compile_text(kJointOffice);
  REQUIRE(split.issuer);
  CHECK(split.issuer->name == "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC SƠN");
  CHECK(split.issuer->parent == "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ");
}
