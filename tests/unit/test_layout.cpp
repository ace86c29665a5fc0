// layout::normalise — page furniture dropped, flattened header rows split at their anchors,
// broken mottos and numbers joined, run-on texts cut — on hand-built lines and through the model.
#include "helpers.hpp"

#include "anchors.hpp"
#include "layout.hpp"

#include <string>
#include <vector>

using vanban::Relation;
using vanban::test::compile_text;
namespace layout = vanban::layout;
namespace anchors = vanban::anchors;

namespace {

/// Lines as lines::flatten gives them: one paragraph each, numbered 1, 3, 5 …
std::vector<vanban::lines::Line> hand_lines(const std::vector<std::string>& texts) {
  std::vector<vanban::lines::Line> out;
  int n = 0;
  for (const auto& t : texts) {
    vanban::lines::Line l;
    l.text = t;
    l.line = 2 * n + 1;
    l.block = n++;
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<std::string> texts_of_lines(const std::vector<vanban::lines::Line>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) out.push_back(l.text);
  return out;
}

/// layout::normalise with the hints its Markdown would give.
std::vector<vanban::lines::Line> run_layout(const std::vector<std::string>& texts) {
  std::string markdown;
  for (const auto& t : texts) markdown += t + "\n\n";
  return layout::normalise(hand_lines(texts), layout::hints_of(markdown));
}

std::vector<std::string> laid_out(const std::vector<std::string>& texts) {
  return texts_of_lines(run_layout(texts));
}

/// Every text field of the model, to check that furniture never lands in one.
std::string model_fields(const vanban::Document& d) {
  std::string s;
  auto add = [&](const std::optional<std::string>& f) { s += f.value_or("") + "\n"; };
  add(d.type), add(d.subject), add(d.place), add(d.date);
  if (d.number) s += d.number->text + "\n";
  if (d.issuer) {
    s += d.issuer->name + "\n";
    for (const auto& l : d.issuer->lines) s += l + "\n";
  }
  if (d.signer) s += d.signer->name + "\n" + d.signer->position.value_or("") + "\n";
  for (const auto& r : d.recipients) s += r.name + "\n";
  for (const auto& r : d.references) s += r.number + " " + r.text + "\n";
  for (const auto& sec : d.sections) s += sec.heading + "\n";
  return s;
}

void check_binh_phuoc(const vanban::Document& d) {
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
  REQUIRE(d.number);
  CHECK(d.number->text == "1021/UBND-KT");
  CHECK(d.date == "2023-03-14");
  CHECK(d.place == "Đồng Xoài");
  CHECK(d.type == "Công văn");
  CHECK(d.subject == "triển khai kế hoạch phòng chống thiên tai");
  CHECK(d.facts.motto.size() == 2);
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Trần Văn Bình");
  CHECK(d.signer->position == "Phó Chủ tịch");
}

const std::string kClosing = "\nKính gửi: Sở Nông nghiệp.\n\nNội dung công văn.\n\n"
                             "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n";

} // namespace

// ---- layout::normalise on hand-built lines ----

TEST_CASE("layout: a flattened header row splits at the motto into issuer and motto cells") {
  auto out = run_layout({"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "TỈNH BÌNH PHƯỚC Độc lập - Tự do - Hạnh phúc",
                         "Số: 1021/UBND-KT Đồng Xoài, ngày 14 tháng 3 năm 2023"});
  REQUIRE(out.size() == 6);
  CHECK(out[0].text == "ỦY BAN NHÂN DÂN");
  CHECK(out[0].cell == 0);
  CHECK(out[1].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(out[1].cell == 1);
  CHECK(out[2].text == "TỈNH BÌNH PHƯỚC");
  CHECK(out[3].text == "Độc lập - Tự do - Hạnh phúc");
  CHECK(out[4].text == "Số: 1021/UBND-KT");
  CHECK(out[4].cell == 0);
  CHECK(out[5].text == "Đồng Xoài, ngày 14 tháng 3 năm 2023");
  CHECK(out[5].cell == 1);
  for (const auto& l : out) CHECK(l.line <= 5); // the pieces keep their source line
}

TEST_CASE("layout: ' | ' between columns splits a header row") {
  CHECK(laid_out({"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}) ==
        std::vector<std::string>{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"});
}

TEST_CASE("layout: page markers go, whatever their form") {
  CHECK(laid_out({"Số: 5/TB-UBND", "[[SOURCE tai-lieu.pdf PAGE 3]]", "^ 2 ^", "- 3 -", "Trang 2/5",
                  "Trang 4", "Nội dung."}) ==
        std::vector<std::string>{"Số: 5/TB-UBND", "Nội dung."});
}

TEST_CASE("layout: a Công báo running head goes with the page number beside it") {
  CHECK(laid_out({"Số: 5/TB-UBND", "Nội dung một.", "CÔNG BÁO/Số 898 + 899/Ngày 20-3-2023", "25",
                  "Nội dung hai."}) ==
        std::vector<std::string>{"Số: 5/TB-UBND", "Nội dung một.", "Nội dung hai."});
  CHECK(laid_out({"Số: 5/TB-UBND", "Nội dung một.", "31",
                  "CÔNG BÁO TP.HCM/Số 199+200/Ngày 01-4-2024", "Nội dung hai."})
            .back() == "Nội dung hai.");
}

TEST_CASE("layout: a motto broken over short lines is joined") {
  const auto out = laid_out({"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập",
                             "-", "Tự do", "-", "Hạnh phúc", "Số: 5/TB-UBND"});
  REQUIRE(out.size() == 4);
  CHECK(anchors::is_motto(out[2]));
  CHECK(out[2].rfind("Độc lập", 0) == 0);
  CHECK(out[3] == "Số: 5/TB-UBND");
}

TEST_CASE("layout: 'Nghị quyết số:' / '254' / '/2025/QH15' is one number line") {
  const auto out = laid_out({"QUỐC HỘI", "Nghị quyết số:", "254", "/2025/QH15", "NGHỊ QUYẾT"});
  REQUIRE(out.size() == 3);
  CHECK(out[1] == "Nghị quyết số:254/2025/QH15");
  CHECK(out[2] == "NGHỊ QUYẾT");
}

TEST_CASE("layout: a body sentence naming the Republic is never split") {
  const std::string sentence = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;";
  CHECK(laid_out({sentence}) == std::vector<std::string>{sentence});
  CHECK(laid_out({"ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "Số: 9/QĐ-UBND", "QUYẾT ĐỊNH", sentence,
                  "Điều 1. Ban hành Quy chế."})[3] == sentence);
  // A long Căn cứ paragraph under the header: not a run-on header.
  std::string long_para = sentence;
  for (int k = 0; k < 6; ++k)
    long_para += " Căn cứ Nghị định số 1" + std::to_string(k) +
                 "/2020/NĐ-CP ngày 5 tháng 3 năm 2020 của Chính phủ;";
  const auto out = laid_out({"ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                             "Số: 9/QĐ-UBND", "QUYẾT ĐỊNH", long_para});
  REQUIRE(out.size() == 5);
  CHECK(out[4] == long_para);
  // The same paragraph opening a text without a header: the motto inside it is no run-on header.
  CHECK(laid_out({long_para}) == std::vector<std::string>{long_para});
}

TEST_CASE("anchors: mottos over folded letters, also glued") {
  CHECK(anchors::is_motto("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  CHECK(anchors::is_motto("Cộng hòa xã hội chủ nghĩa Việt Nam"));
  CHECK(anchors::is_motto("Độc lập – Tự do – Hạnh phúc"));
  CHECK(anchors::is_motto("Độc lập - Tự do - Hạnh phúc********"));
  CHECK(anchors::is_motto("ĐỘC LẬP-TỰ DO-HẠNH PHÚC"));
  CHECK(anchors::is_motto("ĐẢNG CỘNG SẢN VIỆT NAM"));
  CHECK_FALSE(anchors::is_motto("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  CHECK_FALSE(anchors::is_motto("Độc lập"));
  const std::string glued = "VIỆT NAMĐộc lập - Tự do - Hạnh phúc";
  auto first = anchors::find_motto("CỘNG HÒA XÃ HỘI CHỦ NGHĨA " + glued);
  REQUIRE(first);
  CHECK(first->begin == 0);
  const std::string s = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA " + glued;
  CHECK(s.substr(first->begin, first->end - first->begin) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  auto second = anchors::find_motto(std::string_view(s).substr(first->end));
  REQUIRE(second);
  CHECK(s.substr(first->end + second->begin, second->end - second->begin) ==
        "Độc lập - Tự do - Hạnh phúc");
  CHECK_FALSE(anchors::find_motto("Ủy ban nhân dân tỉnh ban hành kế hoạch."));
}

// ---- through the model ----

TEST_CASE("layout: flattened two-column header rows compile into issuer, number, date, subject") {
  check_binh_phuoc(compile_text("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                "TỈNH BÌNH PHƯỚC Độc lập - Tự do - Hạnh phúc\n\n"
                                "Số: 1021/UBND-KT Đồng Xoài, ngày 14 tháng 3 năm 2023\n"
                                "V/v triển khai kế hoạch phòng chống thiên tai\n" +
                                kClosing));
}

TEST_CASE("layout: the same header with ' | ' between the columns") {
  check_binh_phuoc(compile_text("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                "TỈNH BÌNH PHƯỚC | Độc lập - Tự do - Hạnh phúc\n\n"
                                "Số: 1021/UBND-KT | Đồng Xoài, ngày 14 tháng 3 năm 2023\n"
                                "V/v triển khai kế hoạch phòng chống thiên tai\n" +
                                kClosing));
}

TEST_CASE("layout: motto spellings — CỘNG HOÀ, glued to its neighbours, broken over lines") {
  SUBCASE("CỘNG HOÀ, and the slogan glued with bold markers after it") {
    check_binh_phuoc(compile_text(
        "ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc********\n"
        "TỈNH BÌNH PHƯỚC\n\n"
        "Số: 1021/UBND-KT Đồng Xoài, ngày 14 tháng 3 năm 2023\n"
        "V/v triển khai kế hoạch phòng chống thiên tai\n" +
        kClosing));
  }
  SUBCASE("every piece of the slogan its own paragraph") {
    check_binh_phuoc(
        compile_text("ỦY BAN NHÂN DÂN\n\nTỈNH BÌNH PHƯỚC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                     "Độc lập\n\n-\n\nTự do\n\n-\n\nHạnh phúc\n\nSố: 1021/UBND-KT\n\n"
                     "Đồng Xoài, ngày 14 tháng 3 năm 2023\n\n"
                     "V/v triển khai kế hoạch phòng chống thiên tai\n" +
                     kClosing));
  }
}

TEST_CASE("layout: the motto is never the issuer") {
  auto d = compile_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                        "Số: 14/TB-XYZ\n\nHà Nội, ngày 2 tháng 2 năm 2024\n\nTHÔNG BÁO\n\n"
                        "Lịch tiếp công dân\n\nNội dung.\n");
  CHECK_FALSE(d.issuer);
  CHECK(d.facts.motto.size() == 2);
  auto glued = compile_text("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n\n"
                            "Số: 14/TB-XYZ\n\nHà Nội, ngày 2 tháng 2 năm 2024\n\nTHÔNG BÁO\n\n"
                            "Lịch tiếp công dân\n\nNội dung.\n");
  CHECK_FALSE(glued.issuer);
  CHECK(glued.facts.motto.size() == 2);
}

TEST_CASE("layout: page markers, running heads and a copy mark never become a field") {
  auto d = compile_text(
      "SAO Y; Ủy ban nhân dân tỉnh Phú Yên; 10/07/2023\n\n[[SOURCE tai-lieu.pdf PAGE 1]]\n\n"
      "ỦY BAN NHÂN DÂN\n\nTỈNH PHÚ YÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
      "Độc lập - Tự do - Hạnh phúc\n\nSố: 77/KH-UBND\n\nPhú Yên, ngày 2 tháng 3 năm 2023\n\n"
      "KẾ HOẠCH\n\nPhát triển du lịch cộng đồng năm 2023\n\n"
      "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 10 tháng 12 năm 2022 của Hội đồng nhân dân tỉnh về\n"
      "CÔNG BÁO/Số 898 + 899/Ngày 20-3-2023\n25\nphát triển du lịch; Kế hoạch số 41/\n^ 2 ^\n"
      "KH-UBND ngày 5/1/2023 của Ủy ban nhân dân tỉnh.\n\nTrang 2/5\n\nNội dung kế hoạch.\n\n"
      "KT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nHồ Văn Tâm\n");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN");
  REQUIRE(d.number);
  CHECK(d.number->text == "77/KH-UBND");
  CHECK(d.date == "2023-03-02");
  CHECK(d.subject == "Phát triển du lịch cộng đồng năm 2023");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Hồ Văn Tâm");
  // The running head inside the paragraph breaks neither citation, and is not one itself.
  REQUIRE(d.references.size() == 2);
  CHECK(d.references[0].number == "15/NQ-HĐND");
  CHECK(d.references[0].date == "2022-12-10");
  CHECK(d.references[0].issuer == "Hội đồng nhân dân tỉnh");
  CHECK(d.references[1].number == "41/KH-UBND");
  CHECK(d.references[1].date == "2023-01-05");
  const std::string fields = model_fields(d);
  for (const char* furniture : {"898", "Ngày 20-3", "CÔNG BÁO", "SAO Y", "SOURCE", "Trang 2", "^"})
    CHECK_MESSAGE(fields.find(furniture) == std::string::npos, furniture);
}

TEST_CASE("layout: an e-signature stamp before the header is not the issuer") {
  auto d = compile_text("Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Phú Yên\n"
                        "Email: vanthu@example.gov.vn\nCơ quan: Tỉnh Phú Yên\n"
                        "Thời gian ký: 15.03.2023 09:12:41 +07:00\n\n"
                        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        "TỈNH PHÚ YÊN Độc lập - Tự do - Hạnh phúc\n\n"
                        "Số: 77/KH-UBND Phú Yên, ngày 2 tháng 3 năm 2023\n\nKẾ HOẠCH\n\n"
                        "Phát triển du lịch cộng đồng năm 2023\n\nNội dung.\n");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN");
  CHECK(d.issuer->lines == std::vector<std::string>{"ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN"});
  REQUIRE(d.number);
  CHECK(d.number->text == "77/KH-UBND");
  CHECK(d.date == "2023-03-02");
  CHECK(d.place == "Phú Yên");
  const std::string fields = model_fields(d);
  for (const char* stamp : {"Ký bởi", "Email", "vanthu", "Thời gian ký", "09:12"})
    CHECK_MESSAGE(fields.find(stamp) == std::string::npos, stamp);
}

TEST_CASE("layout: a National Assembly resolution whose number is broken over three lines") {
  auto d = compile_text(
      "QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "Nghị quyết số:\n\n254\n\n/2025/QH15\n\nHà Nội, ngày 10 tháng 12 năm 2025\n\n"
      "NGHỊ QUYẾT\n\nVề thí điểm một số cơ chế đặc thù\n\nQUỐC HỘI\n\n"
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\n"
      "QUYẾT NGHỊ:\n\nĐiều 1. Phạm vi.\n\nCHỦ TỊCH QUỐC HỘI\n\nVương Đình Khang\n");
  REQUIRE(d.number);
  CHECK(d.number->text == "254/2025/QH15");
  CHECK(d.type == "Nghị quyết");
  CHECK(d.date == "2025-12-10");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "QUỐC HỘI");
  CHECK(d.facts.motto.size() == 2); // the Constitution's sentence is not a third motto
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Vương Đình Khang");
  CHECK(d.signer->position == "Chủ tịch Quốc hội");
}

TEST_CASE("layout: a law — number label, adoption date at the end, signer under the position") {
  auto d = compile_text(
      "QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "Luật số: 12/2023/QH15\n\nLUẬT\n\nBẢO TỒN LÀNG NGHỀ\n\n"
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\n"
      "Quốc hội ban hành Luật Bảo tồn làng nghề.\n\nĐiều 1. Phạm vi điều chỉnh\n\n"
      "Luật này quy định về bảo tồn làng nghề.\n\nĐiều 2. Hiệu lực thi hành\n\n"
      "Luật này có hiệu lực từ ngày 01 tháng 01 năm 2024.\n\n"
      "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 5 "
      "thông qua ngày 20 tháng 6 năm 2023.\n\nCHỦ TỊCH QUỐC HỘI\n\nVương Đình Khang\n");
  REQUIRE(d.number);
  CHECK(d.number->text == "12/2023/QH15");
  CHECK(d.type == "Luật");
  CHECK(d.subject == "Luật Bảo tồn làng nghề");
  CHECK(d.date == "2023-06-20");
  CHECK(d.lines.date == 25);
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "QUỐC HỘI");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Vương Đình Khang");
  CHECK(d.signer->position == "Chủ tịch Quốc hội");
  CHECK_FALSE(d.signer->authority);
  CHECK(d.references.empty()); // "Luật này …", "Luật Bảo tồn làng nghề." without a date
  CHECK(d.facts.motto.size() == 2);
}

TEST_CASE("layout: a consolidated text takes number, date and issuer from its XÁC THỰC block") {
  auto d = compile_text(
      "VĂN PHÒNG QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "LUẬT\n\nBẢO TỒN LÀNG NGHỀ\n\n"
      "Luật Bảo tồn làng nghề số 12/2023/QH15 ngày 20 tháng 6 năm 2023 của Quốc hội, có hiệu "
      "lực kể từ ngày 01 tháng 01 năm 2024, được sửa đổi, bổ sung bởi:\n\n"
      "Luật số 30/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội.\n\n"
      "Điều 1. Phạm vi điều chỉnh\n\nLuật này quy định về bảo tồn làng nghề.\n\n"
      "VĂN PHÒNG QUỐC HỘI XÁC THỰC VĂN BẢN HỢP NHẤT\n\nSố: 21/VBHN-VPQH\n\n"
      "Hà Nội, ngày 15 tháng 7 năm 2024\n\nCHỦ NHIỆM\n\nLê Quang Hòa\n");
  CHECK(d.type == "Văn bản hợp nhất");
  REQUIRE(d.number);
  CHECK(d.number->text == "21/VBHN-VPQH");
  CHECK(d.date == "2024-07-15");
  CHECK(d.place == "Hà Nội");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "VĂN PHÒNG QUỐC HỘI");
  CHECK(d.subject == "Văn bản hợp nhất Luật Bảo tồn làng nghề");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Lê Quang Hòa");
  REQUIRE(d.references.size() == 2);
  CHECK(d.references[0].number == "12/2023/QH15");
  CHECK(d.references[1].number == "30/2024/QH15");
}

TEST_CASE("layout: a whole document on one line is cut back at its anchors") {
  auto d = compile_text(
      "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
      "phúc Số: 215/UBND-VP Đông Sơn, ngày 18 tháng 9 năm 2024 V/v tổ chức tổng vệ sinh môi "
      "trường Kính gửi: - Các phòng, ban chuyên môn; - Ủy ban nhân dân các xã. Căn cứ Kế hoạch "
      "số 88/KH-UBND ngày 2/8/2024 của Ủy ban nhân dân huyện về bảo vệ môi trường, Ủy ban nhân "
      "dân huyện đề nghị các đơn vị tổ chức tổng vệ sinh môi trường vào ngày 22 tháng 9 năm "
      "2024; huy động lực lượng đoàn viên tham gia; báo cáo kết quả trước ngày 30 tháng 9 năm "
      "2024. Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Hoa\n");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN");
  REQUIRE(d.number);
  CHECK(d.number->text == "215/UBND-VP");
  CHECK(d.date == "2024-09-18");
  CHECK(d.place == "Đông Sơn");
  CHECK(d.type == "Công văn");
  CHECK(d.subject == "tổ chức tổng vệ sinh môi trường");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Lê Thị Hoa");
  CHECK(d.signer->authority == "KT");
  CHECK(d.signer->position == "Phó Chủ tịch");
  // The recipients stop where the body starts.
  REQUIRE(d.recipients.size() == 2);
  CHECK(d.recipients[0].name == "Các phòng, ban chuyên môn");
  CHECK(d.recipients[1].name == "Ủy ban nhân dân các xã");
  for (const auto& r : d.recipients) CHECK(r.name.find("Căn cứ") == std::string::npos);
  CHECK(d.archive == std::vector<std::string>{"VT"});
  REQUIRE(d.references.size() == 1);
  CHECK(d.references[0].number == "88/KH-UBND");
  CHECK(d.references[0].date == "2024-08-02");
}

TEST_CASE("layout: the Constitution sentence in the body splits nothing") {
  auto d = compile_text(
      "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
      "Độc lập - Tự do - Hạnh phúc\n\nSố: 9/QĐ-UBND\n\nYên Bái, ngày 4 tháng 1 năm 2024\n\n"
      "QUYẾT ĐỊNH\n\nVề việc ban hành Quy chế mẫu\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Căn cứ Luật Tổ chức chính "
      "quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm "
      "2017; Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5 tháng 3 năm 2020 của Chính phủ về công "
      "tác văn thư; Theo đề nghị của Giám đốc Sở Nội vụ.\n\n"
      "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành Quy chế.\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nĐinh Văn Sơn\n");
  CHECK(d.facts.motto.size() == 2);
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI");
  CHECK(d.subject == "Về việc ban hành Quy chế mẫu");
  REQUIRE(d.references.size() == 3);
  CHECK(d.references[0].number == "30/2020/NĐ-CP"); // numbers are read first, then titles
  CHECK(d.references[1].title == "Tổ chức chính quyền địa phương");
  CHECK(d.references[2].title == "Thủy lợi");
  for (const auto& r : d.references) {
    CHECK(r.relation == Relation::BasedOn);
    CHECK(r.line == 17);
  }
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Đinh Văn Sơn");
}

TEST_CASE("layout: an e-signature stamp ends with its paragraph; the issuer below it stays") {
  auto d = compile_text("Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Hòa Lâm\nEmail: vt@example.gov.vn\n"
                        "Cơ quan: Tỉnh Hòa Lâm\nThời gian ký: 15.03.2023 09:12:41 +07:00\n\n"
                        "ỦY BAN NHÂN DÂN\n\nTỈNH HÒA LÂM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                        "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/UBND-VP\n\n"
                        "Hòa Lâm, ngày 3 tháng 3 năm 2023\n\nV/v thử nghiệm quy trình\n");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH HÒA LÂM");
  CHECK(d.number->text == "12/UBND-VP");
  CHECK(d.date == "2023-03-03");
}
