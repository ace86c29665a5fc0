// Closing: Nơi nhận with purposes and the archive, the signature block with stamp text.
#include "helpers.hpp"

using vanban::test::compile_text;

TEST_CASE("Nơi nhận: purposes, Như trên, Lưu, a stray brace") {
  auto d = compile_text(
      "Số: 12/KH-LĐLĐ\n\nNội dung.\n\nNơi nhận:\n\n- Như trên;\n- Đoàn Chủ tịch TLĐ; (để B/c)\n"
      "- Thường trực LĐLĐ tỉnh (để chỉ đạo);\n- LĐLĐ các huyện, TP (để t/h);\n- Ban Tổ chức "
      "(p/h);\n"
      "- } B/c\n- Lưu: VT, CSPL&QHLĐ.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Thị Thiện\n");
  REQUIRE(d.recipients.size() == 4);
  CHECK(d.recipients[0].name == "Đoàn Chủ tịch TLĐ");
  CHECK(d.recipients[0].purpose == "b/c");
  CHECK(d.recipients[1].purpose == std::nullopt);
  CHECK(d.recipients[2].name == "LĐLĐ các huyện, TP");
  CHECK(d.recipients[2].purpose == "t/h");
  CHECK(d.recipients[3].purpose == "p/h");
  for (const auto& r : d.recipients) CHECK(r.role == vanban::RecipientRole::Cc);
  CHECK(d.archive == std::vector<std::string>{"VT", "CSPL&QHLĐ"});
  bool brace_reported = false;
  for (const auto& g : d.diagnostics) brace_reported |= g.code == "recipients.brace";
  CHECK(brace_reported);
}

TEST_CASE("signature with stamp text between position and name (seed 004)") {
  auto d = compile_text(
      "Số: 65/KH-LĐLĐ\n\nNội dung.\n\nNơi nhận:\n\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n"
      "BẢN CHẤP HÀNH\nLIÊN ĐOÀN LAO ĐỘNG\nTỈNH LAI CHÂU\n\nHoàng Thọ Trung\n");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Hoàng Thọ Trung");
  CHECK(d.signer->authority == "TM");
  CHECK(d.signer->on_behalf_of == "Ban Thường vụ");
  CHECK(d.signer->position == "Chủ tịch");
  CHECK(d.signer->stamp ==
        std::vector<std::string>{"BẢN CHẤP HÀNH", "LIÊN ĐOÀN LAO ĐỘNG", "TỈNH LAI CHÂU"});
}

TEST_CASE("signature authorities KT., TL., TUQ., Q. and T/M") {
  struct Case {
    const char* block;
    const char* authority;
    const char* on_behalf_of;
    const char* position;
  };
  const Case cases[] = {
      {"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT", "Chủ tịch", "Phó Chủ tịch"},
      {"TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", "TL", "Chủ tịch", "Chánh Văn phòng"},
      {"TUQ. CHỦ TỊCH\nTRƯỞNG BAN TỔ CHỨC", "TUQ", "Chủ tịch", "Trưởng ban tổ chức"},
      {"Q. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Q", "Chủ tịch", "Phó Chủ tịch"},
      {"T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", "TM", "Ban Thường vụ", "Phó Bí thư"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.block);
    auto d = compile_text(std::string("Số: 01/TB-LĐLĐ\n\nNội dung.\n\n") + c.block +
                          "\n\n(Đã ký)\n\nLò Văn Minh\n");
    REQUIRE(d.signer);
    CHECK(d.signer->name == "Lò Văn Minh");
    CHECK(d.signer->authority == c.authority);
    CHECK(d.signer->on_behalf_of == c.on_behalf_of);
    CHECK(d.signer->position == c.position);
  }
}

TEST_CASE("a bare name after Nơi nhận is the signer (seed 003)") {
  auto d = compile_text("Số: 309/KH - LĐLĐ\n\nNội dung.\n\nNơi nhận:\n\n- Các Ban LĐLĐ tỉnh;\n- "
                        "Lưu: VT.\n\n\n\nNguyễn Thị Thiện");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Nguyễn Thị Thiện");
  CHECK_FALSE(d.signer->authority);
}

TEST_CASE("closing as a two-column table: Nơi nhận | signature") {
  auto d = compile_text(
      "Số: 21/TTr-LĐLĐ\n\nNội dung.\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | "
      "**TM. BAN THƯỜNG VỤ**<br>**CHỦ TỊCH**<br><br>**Hoàng Thọ Trung** |\n|---|---|\n");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Hoàng Thọ Trung");
  CHECK(d.signer->position == "Chủ tịch");
  CHECK(d.archive == std::vector<std::string>{"VT"});
}

TEST_CASE("a bare position line with the name under it is the signature") {
  auto d = compile_text("Số: 01/QĐ-BXD\n\nNội dung.\n\nBỘ TRƯỞNG\n\nNguyễn Hữu Tâm\n");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Nguyễn Hữu Tâm");
  CHECK(d.signer->position == "Bộ trưởng");
  CHECK_FALSE(d.signer->authority);
  CHECK(d.lines.position == 5);
  CHECK(d.lines.signer == 7);
}

TEST_CASE("an annex form after the signature is not the signature") {
  auto d =
      compile_text("Số: 01/QĐ-BXD\n\nNội dung.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Hữu Tâm\n\n"
                   "PHỤ LỤC\n\nMẫu số 01\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Ký, đóng dấu)\n");
  REQUIRE(d.signer);
  CHECK(d.signer->name == "Nguyễn Hữu Tâm");
  CHECK(d.signer->authority == "KT");
  CHECK(d.signer->on_behalf_of == "Bộ trưởng");
  CHECK(d.signer->position == "Thứ trưởng");
  CHECK(d.lines.authority == 5);
}

TEST_CASE("a name glued to the position, a name behind OCR junk") {
  auto glued =
      compile_text("Số: 01/TB-VP\n\nNội dung.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNGNguyễn Văn An\n");
  REQUIRE(glued.signer);
  CHECK(glued.signer->name == "Nguyễn Văn An");
  CHECK(glued.signer->position == "Chánh Văn phòng");
  CHECK(glued.signer->authority == "TL");
  auto junk =
      compile_text("Số: 01/TB-VP\n\nNội dung.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n[dHồ Đức Phúc\n");
  REQUIRE(junk.signer);
  CHECK(junk.signer->name == "Hồ Đức Phúc");
  CHECK(junk.signer->position == "Phó Chủ tịch");
  auto bare = compile_text("Số: 01/TB-VP\n\nNội dung.\n\nGIÁM ĐỐC\nGIÁM ĐỐCTrần Thị Mai\n");
  REQUIRE(bare.signer);
  CHECK(bare.signer->name == "Trần Thị Mai");
}

TEST_CASE("a signature block without a name: the name is empty and reported; no block: no signer") {
  auto d = compile_text("Số: 01/TB-VP\n\nNội dung.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n");
  REQUIRE(d.signer);
  CHECK(d.signer->name.empty());
  CHECK(d.signer->authority == "KT");
  CHECK(d.signer->position == "Phó Chủ tịch");
  CHECK(d.signer->line == 5);
  bool reported = false;
  for (const auto& g : d.diagnostics) reported |= g.code == "signer.name" && g.line == 5;
  CHECK(reported);

  auto none = compile_text("Số: 01/TB-VP\n\nNội dung không có chữ ký.\n");
  CHECK_FALSE(none.signer);
  bool missing = false;
  for (const auto& g : none.diagnostics) missing |= g.code == "signer.missing";
  CHECK(missing);
}
