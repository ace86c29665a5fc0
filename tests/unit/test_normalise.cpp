// normalise_markdown: pandoc grid, multiline and simple tables → GFM pipe tables line for line,
// indented blocks outside lists dedented; and the model compiled from each such source.
#include "helpers.hpp"

#include "vanban/markdown_normalise.hpp"

#include <vector>

using vanban::normalise_markdown;
using vanban::test::compile_text;

namespace {

/// Lines of a text as an editor counts them: a final line without '\n' counts, a final '\n'
/// does not open another.
std::size_t line_count(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n + (!s.empty() && s.back() != '\n');
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < s.size()) {
    std::size_t nl = s.find('\n', from);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(from, nl - from));
    from = nl + 1;
  }
  return out;
}

/// Normalises and checks the line count is kept.
std::vector<std::string> normalised(const std::string& in) {
  const std::string out = normalise_markdown(in);
  CHECK(line_count(out) == line_count(in));
  return lines_of(out);
}

const std::string kGrid =
    "+-----------------------------------+-----------------------------------+\n"
    "| **ỦY BAN NHÂN DÂN**               | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  |\n"
    "|                                   | NAM**                             |\n"
    "| **TỈNH HÀ GIANG**                 |                                   |\n"
    "|                                   | **Độc lập - Tự do - Hạnh phúc**   |\n"
    "+-----------------------------------+-----------------------------------+\n"
    "| Số: 45/KH-UBND                    | *Hà Giang, ngày 12 tháng 4 năm    |\n"
    "|                                   | 2024*                             |\n"
    "+-----------------------------------+-----------------------------------+\n"
    "\n"
    "**KẾ HOẠCH**\n"
    "\n"
    "**Triển khai công tác chuyển đổi số năm 2024**\n"
    "\n"
    "Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân tỉnh ban hành kế hoạch.\n"
    "\n"
    "+-----------------------------------+-----------------------------------+\n"
    "| ***Nơi nhận:\\***                  | **TM. ỦY BAN NHÂN DÂN**           |\n"
    "| \\- Sở Tài chính;\\                 |                                   |\n"
    "| - Sở Nội vụ;\\                     | **CHỦ TỊCH**                      |\n"
    "| \\                                 |                                   |\n"
    "| - Lưu: VT.                        | **Lê Minh Khoa**                  |\n"
    "+-----------------------------------+-----------------------------------+\n";

const std::string kMultiline =
    "------------------------------ ----------------------------------------\n"
    "  **ỦY BAN NHÂN DÂN**\\         **CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n"
    "  **TỈNH NAM ĐỊNH**\\           VIỆT NAM**\\\n"
    "  \\-\\-\\-                       **Độc lập - Tự do - Hạnh phúc**\\\n"
    "                               \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\n"
    "\n"
    "  Số: 12/TB-UBND               *Nam Định, ngày 3 tháng 5 năm 2024*\n"
    "------------------------------ ----------------------------------------\n"
    "\n"
    "**THÔNG BÁO**\n"
    "\n"
    "**Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc\n"
    "với các sở, ngành**\n"
    "\n"
    "Ngày 2 tháng 5 năm 2024, Chủ tịch Ủy ban nhân dân tỉnh đã làm việc với các sở.\n"
    "\n"
    "KT. CHỦ TỊCH\\\n"
    "PHÓ CHỦ TỊCH\n"
    "\n"
    "Đỗ Thanh Hà\n";

const std::string kSimple =
    "  ỦY BAN NHÂN DÂN TỈNH KON TUM   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "  ------------------------------ ------------------------------------\n"
    "  Số: 88/QĐ-UBND                 Độc lập - Tự do - Hạnh phúc\n"
    "                                 Kon Tum, ngày 20 tháng 6 năm 2024\n"
    "\n"
    "**QUYẾT ĐỊNH**\n"
    "\n"
    "**Về việc thành lập Tổ công tác cải cách hành chính**\n"
    "\n"
    "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM**\n"
    "\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "\n"
    "**QUYẾT ĐỊNH:**\n"
    "\n"
    "Điều 1. Thành lập Tổ công tác.\n"
    "\n"
    "KT. CHỦ TỊCH\\\n"
    "PHÓ CHỦ TỊCH\n"
    "\n"
    "Phan Quốc Dũng\n";

} // namespace

TEST_CASE("normalise: a pandoc grid table becomes a pipe table, line for line") {
  const auto out = normalised(kGrid);
  REQUIRE(out.size() == 23);
  CHECK(out[0] == "| **ỦY BAN NHÂN DÂN**<br>**TỈNH HÀ GIANG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                  "NAM**<br>**Độc lập - Tự do - Hạnh phúc** |");
  CHECK(out[1] == "| --- | --- |");
  CHECK(out[2] == "| Số: 45/KH-UBND | *Hà Giang, ngày 12 tháng 4 năm 2024* |");
  for (std::size_t k = 3; k < 9; ++k) CHECK(out[k].empty()); // blank lines pad the rows saved
  CHECK(out[10] == "**KẾ HOẠCH**");                          // what follows stays in place
  CHECK(out[14] == "Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân tỉnh ban hành kế hoạch.");
  // `***Nơi nhận:\***`: the break moves out of the emphasis; `\` at a line end and a `\` alone
  // are line breaks; `- item` starts a line.
  CHECK(out[16] == "| ***Nơi nhận:***<br>\\- Sở Tài chính;<br>- Sở Nội vụ;<br><br>- Lưu: VT. | "
                   "**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>**Lê Minh Khoa** |");
  CHECK(out[17] == "| --- | --- |");
  for (std::size_t k = 18; k < 23; ++k) CHECK(out[k].empty());
}

TEST_CASE("normalise: the model of a grid-table document") {
  auto d = compile_text(kGrid);
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG");
  REQUIRE(d.number);
  CHECK(d.number->text == "45/KH-UBND");
  CHECK(d.date == "2024-04-12");
  CHECK(d.place == "Hà Giang");
  CHECK(d.type == "Kế hoạch");
  CHECK(d.subject == "Triển khai công tác chuyển đổi số năm 2024");
  CHECK(d.facts.layout == "table");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Lê Minh Khoa");
  CHECK(d.signer->authority == "TM");
  CHECK(d.signer->position == "Chủ tịch");
  REQUIRE(d.recipients.size() == 2);
  CHECK(d.recipients[0].name == "Sở Tài chính");
  CHECK(d.recipients[1].name == "Sở Nội vụ");
  CHECK(d.archive == std::vector<std::string>{"VT"});
  CHECK(d.lines.type == 11); // lines after the table keep their source numbers
}

TEST_CASE("normalise: a headerless multiline table (rows apart, \\-\\-\\- rule, bold over lines)") {
  const auto out = normalised(kMultiline);
  REQUIRE(out.size() == 20);
  CHECK(out[0] == "| **ỦY BAN NHÂN DÂN**<br>**TỈNH NAM ĐỊNH**<br>\\-\\-\\- | **CỘNG HÒA XÃ HỘI CHỦ "
                  "NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>"
                  "\\-\\-\\-\\-\\-\\-\\-\\-\\-\\- |");
  CHECK(out[1] == "| --- | --- |");
  CHECK(out[2] == "| Số: 12/TB-UBND | *Nam Định, ngày 3 tháng 5 năm 2024* |");
  for (std::size_t k = 3; k < 8; ++k) CHECK(out[k].empty());
  CHECK(out[9] == "**THÔNG BÁO**");
  CHECK(out[16] == "KT. CHỦ TỊCH\\"); // a hard break outside a table is left alone

  auto d = compile_text(kMultiline);
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH");
  REQUIRE(d.number);
  CHECK(d.number->text == "12/TB-UBND");
  CHECK(d.date == "2024-05-03");
  CHECK(d.type == "Thông báo");
  CHECK(d.subject ==
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với các sở, ngành");
  CHECK(d.facts.motto.size() == 2);
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Đỗ Thanh Hà");
  CHECK(d.signer->authority == "KT");
  CHECK(d.signer->position == "Phó Chủ tịch");
}

TEST_CASE("normalise: a simple table with a header line") {
  const auto out = normalised(kSimple);
  REQUIRE(out.size() == 21);
  CHECK(out[0] == "| ỦY BAN NHÂN DÂN TỈNH KON TUM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |");
  CHECK(out[1] == "| --- | --- |");
  CHECK(out[2] == "| Số: 88/QĐ-UBND | Độc lập - Tự do - Hạnh phúc |");
  CHECK(out[3] == "|  | Kon Tum, ngày 20 tháng 6 năm 2024 |");
  CHECK(out[4].empty());
  CHECK(out[5] == "**QUYẾT ĐỊNH**");

  auto d = compile_text(kSimple);
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH KON TUM");
  REQUIRE(d.number);
  CHECK(d.number->text == "88/QĐ-UBND");
  CHECK(d.date == "2024-06-20");
  CHECK(d.place == "Kon Tum");
  CHECK(d.type == "Quyết định");
  CHECK(d.subject == "Về việc thành lập Tổ công tác cải cách hành chính");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Phan Quốc Dũng");
  CHECK(d.signer->position == "Phó Chủ tịch");
}

TEST_CASE("normalise: a table at the end of a text without a final newline keeps the count") {
  const std::string in =
      "Đoạn.\n\n  ---------- ----------\n  ô một      ô hai\n  ---------- ----------";
  const auto out = normalised(in);
  REQUIRE(out.size() == 5);
  CHECK(out[2] == "| ô một | ô hai |");
  CHECK(out[3] == "| --- | --- |");
  CHECK(out[4].empty());
}

TEST_CASE("normalise: dash lines that are not tables are left alone") {
  // A thematic break, a single run, dashes under a paragraph of two lines (a paragraph is not a
  // header), a rule of two runs never closed (any later rule would close it: a multiline table).
  const std::string in = "Đoạn mở đầu.\n\n---\n\n----------\n\n"
                         "Dòng một của đoạn văn\ndòng hai của đoạn văn\n---- ----\n\n"
                         "------ ------\nmột dòng không có rule đóng\n\nKết thúc.\n";
  const std::string out = normalise_markdown(in);
  CHECK(out == in);
  CHECK(line_count(out) == line_count(in));
}

TEST_CASE("normalise: a one-line header over `---- ----` is a simple table") {
  const std::string in = "Mở đầu.\n\nCột một    Cột hai\n---------- ----------\n"
                         "ô một      ô hai\n\nKết thúc.\n";
  const auto out = normalised(in);
  REQUIRE(out.size() == 7);
  CHECK(out[2] == "| Cột một | Cột hai |");
  CHECK(out[3] == "| --- | --- |");
  CHECK(out[4] == "| ô một | ô hai |");
  CHECK(out[6] == "Kết thúc.");
}

TEST_CASE("normalise: indented blocks after a blank line lose their indentation, lists keep it") {
  const std::string in = "Đoạn mở đầu.\n\n"
                         "    Đoạn văn thụt lề bốn dấu cách\n"
                         "    và dòng tiếp theo.\n\n"
                         "\tThụt lề bằng tab.\n\n"
                         "- Mục một:\n\n"
                         "    - mục con một;\n"
                         "    - mục con hai.\n\n"
                         "    tiếp tục mục một.\n\n"
                         "Văn bản\n"
                         "    thụt lề giữa đoạn.\n";
  const auto out = normalised(in);
  REQUIRE(out.size() == 16);
  CHECK(out[2] == "Đoạn văn thụt lề bốn dấu cách");
  CHECK(out[3] == "và dòng tiếp theo.");
  CHECK(out[5] == "Thụt lề bằng tab.");
  CHECK(out[7] == "- Mục một:");
  CHECK(out[9] == "    - mục con một;");
  CHECK(out[10] == "    - mục con hai.");
  CHECK(out[12] == "    tiếp tục mục một.");
  CHECK(out[15] == "    thụt lề giữa đoạn."); // a lazy continuation line, not a block
}

TEST_CASE("normalise: fenced code is untouched, tables inside it too") {
  const std::string in = "Đoạn.\n\n```\n\n    mã nguồn giữ nguyên\n"
                         "+-----+-----+\n| a   | b   |\n+-----+-----+\n```\n\n"
                         "    sau khối mã\n";
  const auto out = normalised(in);
  REQUIRE(out.size() == 11);
  CHECK(out[4] == "    mã nguồn giữ nguyên");
  CHECK(out[5] == "+-----+-----+");
  CHECK(out[6] == "| a   | b   |");
  CHECK(out[10] == "sau khối mã");
}

TEST_CASE("normalise: an indented header from a PDF compiles as text, not code") {
  auto d = compile_text("    ỦY BAN NHÂN DÂN\n    TỈNH LÂM ĐỒNG\n\n"
                        "    Số: 321/UBND-VX\n\n"
                        "    Lâm Đồng, ngày 9 tháng 8 năm 2024\n\n"
                        "    V/v tăng cường phòng chống dịch bệnh\n\n"
                        "Nội dung.\n\n"
                        "    KT. CHỦ TỊCH\n    PHÓ CHỦ TỊCH\n\n    Vũ Thị Lan\n");
  REQUIRE(d.issuer);
  CHECK(d.issuer->name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG");
  REQUIRE(d.number);
  CHECK(d.number->text == "321/UBND-VX");
  CHECK(d.date == "2024-08-09");
  CHECK(d.type == "Công văn");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Vũ Thị Lan");
  CHECK(d.signer->position == "Phó Chủ tịch");
}

TEST_CASE("normalise: empty input and input without tables come back as they are") {
  CHECK(normalise_markdown("") == "");
  CHECK(normalise_markdown("a\nb") == "a\nb");
  CHECK(normalise_markdown("a\n\nb\n") == "a\n\nb\n");
}
