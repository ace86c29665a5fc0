// Sections (numbering styles, nesting) and tasks (assignees, labels, deadlines).
#include "helpers.hpp"

using vanban::test::compile_text;

TEST_CASE("sections nest by numbering style, whatever the Markdown heading level") {
  auto d = compile_text(
      "Số: 59/KH-LĐLĐ\n\n## KẾ HOẠCH\n\n### Thăm hỏi đoàn viên\n\n#### I. MỤC ĐÍCH, YÊU CẦU\n\n"
      "- Nhằm kịp thời chăm lo.\n\n#### II. NỘI DUNG\n\n##### 1. Nội dung\n\n- Thăm hỏi.\n\n"
      "## **2. Thời gian**\n\nTừ ngày 30/3/2024.\n\na) Đợt một\n\nThăm hỏi đợt một.\n\n"
      "#### III. TỔ CHỨC THỰC HIỆN\n\nVăn phòng: Chuẩn bị kinh phí.\n");
  REQUIRE(d.sections.size() == 3);
  CHECK(d.sections[0].heading == "I. MỤC ĐÍCH, YÊU CẦU");
  CHECK(d.sections[0].level == 1);
  REQUIRE(d.sections[1].children.size() == 2);
  CHECK(d.sections[1].children[0].heading == "1. Nội dung");
  CHECK(d.sections[1].children[0].level == 2);
  REQUIRE(d.sections[1].children[1].children.size() == 1);
  CHECK(d.sections[1].children[1].children[0].heading == "a) Đợt một");
  CHECK(d.sections[1].children[1].children[0].level == 3);
}

TEST_CASE("parts, chapters and articles nest in their fixed order, never under clauses") {
  // A consolidated text lists its amending laws (numbered, set apart) before Chương I, and an
  // article's clauses (1., a)) come before the next article.
  auto d = compile_text(
      "Số: 12/VBHN-VPQH\n\nLUẬT\n\nTHỦY SẢN NỘI ĐỊA\n\n"
      "**1. Luật Thủy sản nội địa số 01/2019/QH14, có hiệu lực từ ngày 01 tháng 7 năm 2020;**\n\n"
      "**2. Luật số 02/2022/QH15 sửa đổi một số điều, có hiệu lực từ ngày 01 tháng 1 năm "
      "2023.**\n\n"
      "Chương I\n\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\nLuật này quy định về ao hồ.\n\n"
      "Điều 2. Giải thích từ ngữ\n\n**1. Ao nuôi**\n\na) Ao đất là ao không kè.\n\n"
      "b) Ao kè là ao có bờ kè.\n\nĐiều 3. Chính sách\n\nNhà nước khuyến khích nuôi trồng theo\n"
      "Mục 1 Chương II của Luật này.\n\n"
      "Chương II\n\nQUẢN LÝ\n\nMục 1. AO HỒ CÔNG CỘNG\n\nĐiều 4. Quản lý ao hồ\n\n"
      "Ủy ban nhân dân cấp xã quản lý.\n");
  std::vector<std::string> top;
  for (const auto& s : d.sections) top.push_back(s.heading);
  REQUIRE(top.size() == 4);
  CHECK(top[2] == "Chương I");
  CHECK(d.sections[2].level == 1);
  REQUIRE(d.sections[2].children.size() == 3);
  CHECK(d.sections[2].children[0].heading == "Điều 1. Phạm vi điều chỉnh");
  CHECK(d.sections[2].children[0].level == 2);
  const auto& article2 = d.sections[2].children[1];
  REQUIRE(article2.children.size() == 1);
  CHECK(article2.children[0].level == 3);
  CHECK(d.sections[2].children[2].heading == "Điều 3. Chính sách");
  CHECK(d.sections[2].children[2].level == 2);
  CHECK(d.sections[2].children[2].children.empty()); // a wrapped line citing Mục 1 heads nothing
  CHECK(d.sections[3].heading == "Chương II");
  REQUIRE(d.sections[3].children.size() == 1);
  CHECK(d.sections[3].children[0].heading == "Mục 1. AO HỒ CÔNG CỘNG");
  CHECK(d.sections[3].children[0].level == 2);
  REQUIRE(d.sections[3].children[0].children.size() == 1);
  CHECK(d.sections[3].children[0].children[0].level == 3);
}

TEST_CASE("articles and chapters inside a clause's list item of a text with no blank lines") {
  // "1." after an article's title opens a Markdown list; with no blank line the item runs on
  // over the next article and chapter.
  auto d = compile_text("Số: 33/2019/QH14\n\nLUẬT\n\nNUÔI ONG\n\nChương I\nQUY ĐỊNH CHUNG\n\n"
                        "Điều 1. Phạm vi điều chỉnh\n1. Luật này quy định về nuôi ong mật.\n"
                        "2. Luật này không áp dụng cho ong rừng.\nĐiều 2. Giải thích từ ngữ\n"
                        "Đàn ong là một tổ ong có ong chúa.\nChương II\nQUẢN LÝ\n"
                        "Điều 3. Đăng ký trại ong\nTrại ong được đăng ký tại xã.\n");
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[0].heading == "Chương I");
  REQUIRE(d.sections[0].children.size() == 2);
  CHECK(d.sections[0].children[1].heading == "Điều 2. Giải thích từ ngữ");
  CHECK(d.sections[0].children[1].level == 2);
  CHECK(d.sections[1].heading == "Chương II");
  REQUIRE(d.sections[1].children.size() == 1);
  CHECK(d.sections[1].children[0].heading == "Điều 3. Đăng ký trại ong");
}

TEST_CASE("a plan attached after a decision's articles is not nested under its last article") {
  auto d = compile_text("Số: 88/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nBan hành Kế hoạch trồng cây\n\n"
                        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch trồng cây.\n\n"
                        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
                        "KẾ HOẠCH\n\nTrồng cây năm 2025\n\n**I. MỤC ĐÍCH**\n\n"
                        "Phủ xanh đất trống.\n\n**II. NỘI DUNG**\n\n**1. Chọn giống**\n\n"
                        "Chọn cây bản địa.\n");
  REQUIRE(d.sections.size() == 4);
  CHECK(d.sections[2].heading == "I. MỤC ĐÍCH");
  CHECK(d.sections[2].level == 1);
  CHECK(d.sections[3].level == 1);
  REQUIRE(d.sections[3].children.size() == 1);
  CHECK(d.sections[3].children[0].level == 2);
}

TEST_CASE("a body's standing competence is no task; the work an article hands out is") {
  auto d = compile_text(
      "Số: 05/QĐ-UBND\n\nQUY CHẾ\n\nHoạt động của Tổ hòa giải thôn\n\n"
      "Điều 4. Nhiệm vụ, quyền hạn của Tổ trưởng\n\n1. Điều hành hoạt động của Tổ.\n\n"
      "2. Đề nghị khen thưởng hòa giải viên.\n\n"
      "Điều 5. Chức năng, nhiệm vụ của Tổ\n\n1. Hòa giải mâu thuẫn trong thôn.\n\n"
      "Điều 6. Trách nhiệm thi hành\n\n1. Văn phòng UBND xã phổ biến Quy chế này đến các thôn.\n\n"
      "2. Trưởng thôn báo cáo kết quả trước ngày 15/12/2025.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].text.find("phổ biến Quy chế") != std::string::npos);
  CHECK(d.tasks[1].text.find("báo cáo kết quả") != std::string::npos);
}

TEST_CASE("numbered items in running text are not sections (seed 001)") {
  auto d = compile_text("Số: 149/LĐLĐ\nV/v tập trung thực hiện\n\nNội dung sau:\n\n"
                        "1. Đẩy mạnh công tác tuyên truyền về chủ trương, đường lối của Đảng.\n\n"
                        "2. Tiếp tục cụ thể hóa các chỉ tiêu, nhiệm vụ Nghị quyết Đại hội.\n");
  CHECK(d.sections.empty());
}

TEST_CASE("tasks: one per assignee item, assignee from label or subsection, deadlines") {
  auto d = compile_text(
      "Số: 65/KH-LĐLĐ\n\nKẾ HOẠCH\nTiếp xúc cử tri\n\nI. MỤC ĐÍCH\n\n1. Tạo diễn đàn.\n\nIV. TỔ "
      "CHỨC THỰC HIỆN\n\n"
      "1. Ban Chính sách Pháp luật\n\n- Chủ trì tham mưu xây dựng Kế hoạch.\n- Tập hợp câu hỏi, "
      "hoàn thành trước ngày 30/4/2024.\n\n"
      "2. Văn phòng\n\n- Văn phòng LĐLĐ tỉnh: Chuẩn bị hội trường trong tháng 5/2024.\n\n"
      "3. Liên đoàn Lao động các huyện\n\nTriệu tập công nhân dự hội nghị\n\n"
      "tại Trung tâm Hội nghị tỉnh.\n\nThời gian thực hiện: Quý II/2024.\n\n"
      "Ban Thường vụ LĐLĐ tỉnh yêu cầu các đơn vị triển khai thực hiện./.\n");
  REQUIRE(d.tasks.size() == 4);
  CHECK(d.tasks[0].assignee == "Ban Chính sách Pháp luật");
  CHECK_FALSE(d.tasks[0].deadline);
  REQUIRE(d.tasks[1].deadline);
  CHECK(d.tasks[1].deadline->date == "2024-04-30");
  CHECK(d.tasks[1].deadline->text == "trước ngày 30/4/2024");
  CHECK(d.tasks[2].assignee == "Văn phòng LĐLĐ tỉnh");
  CHECK(d.tasks[2].text == "Chuẩn bị hội trường trong tháng 5/2024.");
  CHECK(d.tasks[2].deadline->date == "2024-05-31");
  CHECK(d.tasks[3].assignee == "Liên đoàn Lao động các huyện");
  CHECK(d.tasks[3].text == "Triệu tập công nhân dự hội nghị tại Trung tâm Hội nghị tỉnh.");
  REQUIRE(d.tasks[3].deadline);
  CHECK(d.tasks[3].deadline->text == "Quý II/2024");
  CHECK(d.tasks[3].deadline->date == "2024-06-30");
}

TEST_CASE("tasks without assignee get the Thời gian thực hiện line as deadline (seed 003)") {
  auto d =
      compile_text("Số: 309/KH-LĐLĐ\n\nIII. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN\n\n"
                   "1. Phát huy vai trò, trách nhiệm của Ban Thường vụ trong việc chăm lo cho đoàn "
                   "viên, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động.\n\n"
                   "Thời gian thực hiện: Thường xuyên.\n\n"
                   "2. Chỉ đạo các cấp công đoàn thường xuyên phối hợp với chính quyền đồng cấp "
                   "thực hiện tốt quy chế dân chủ ở cơ sở và đối thoại tại nơi làm việc.\n\n"
                   "Thời gian thực hiện: Cả năm 2022.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK_FALSE(d.tasks[0].assignee);
  CHECK(d.tasks[0].deadline->text == "Thường xuyên");
  CHECK_FALSE(d.tasks[0].deadline->date);
  CHECK(d.tasks[1].deadline->date == "2022-12-31");
}

TEST_CASE("tasks from a task table: one per row, columns by header") {
  auto d = compile_text(
      "Số: 37/KH-LĐLĐ\n\nIII. TỔ CHỨC THỰC HIỆN\n\n| TT | Nội dung | Chủ trì | Thời gian "
      "|\n|---|---|---|---|\n"
      "| 1 | Hướng dẫn CĐCS xây dựng kế hoạch | Văn phòng LĐLĐ huyện | Trước ngày 15/3/2024 |\n"
      "| 2 | Tuyên truyền trên trang thông tin | | Thường xuyên |\n"
      "| 3 | Giám sát tại doanh nghiệp | Đề nghị Hội Nông dân huyện | Quý II/2024 |\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[2].assignee == "Hội Nông dân huyện"); // asked, not directed: still the assignee
  CHECK(d.tasks[0].assignee == "Văn phòng LĐLĐ huyện");
  CHECK(d.tasks[0].text == "Hướng dẫn CĐCS xây dựng kế hoạch");
  CHECK(d.tasks[0].deadline->date == "2024-03-15");
  CHECK(d.tasks[0].line == 7);
  CHECK_FALSE(d.tasks[1].assignee);
  CHECK(d.tasks[1].deadline->text == "Thường xuyên");
}

TEST_CASE("a công văn's request list is its tasks (seed 001)") {
  auto d = compile_text(
      "Số: 149/LĐLĐ\nV/v tập trung thực hiện chương trình làm việc năm 2024\n\n"
      "Ban Thường vụ LĐLĐ tỉnh đề nghị các cấp công đoàn cần tập trung một số nhiệm vụ trọng tâm "
      "sau:\n\n"
      "1. Đẩy mạnh công tác tuyên truyền về chủ trương, đường lối của Đảng.\n\n"
      "2. Tổ chức tốt các hoạt động Tháng Công nhân, hoàn thành trước ngày 31/5/2024.\n\n"
      "Nơi nhận:\n- Lưu: VT.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].assignee == "các cấp công đoàn");
  CHECK(d.tasks[0].text == "Đẩy mạnh công tác tuyên truyền về chủ trương, đường lối của Đảng.");
  CHECK(d.tasks[1].deadline->date == "2024-05-31");
}

// A plan's task is often a numbered heading with labelled lines under it: who leads, who helps,
// when, what comes of it. The labels are no assignees and the lines no tasks of their own.
TEST_CASE("tasks: a heading with labelled lines under it is one task, its fields filled in") {
  auto d = compile_text(
      "Số: 12/KH-UBND\n\nKẾ HOẠCH\nNgày hội đọc sách\n\nI. MỤC ĐÍCH\n\nNâng cao văn hóa đọc.\n\n"
      "II. NHIỆM VỤ CỤ THỂ\n\n"
      "1. Tuyên truyền về ngày hội trên hệ thống truyền thanh\n\n"
      "- Cơ quan chủ trì: Văn phòng UBND xã.\n\n"
      "- Cơ quan phối hợp: Đoàn Thanh niên; Hội Phụ nữ xã.\n\n"
      "- Thời gian thực hiện: Tháng 4/2025.\n\n"
      "2. Trưng bày sách tại các nhà văn hóa thôn\n\n"
      "- Đơn vị chủ trì: Thư viện xã và Tổ công nghệ\nthông tin xã.\n\n"
      "- Sản phẩm: Báo cáo kết quả trưng bày.\n\n"
      "- Thời gian: trước ngày 20/4/2025.\n\n"
      "3. Kiểm tra, đôn đốc\n\n"
      "Chủ trì: Công chức Văn hóa - Xã hội; thời gian: thường xuyên.\n\n"
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Văn phòng UBND xã: theo dõi, tổng hợp kết quả.\n\n"
      "- Thời gian: Thường xuyên.\n\n"
      "Trên đây là Kế hoạch của UBND xã.\n");
  REQUIRE(d.tasks.size() == 4);
  CHECK(d.tasks[0].text == "Tuyên truyền về ngày hội trên hệ thống truyền thanh. Cơ quan phối "
                           "hợp: Đoàn Thanh niên; Hội Phụ nữ xã.");
  CHECK(d.tasks[0].assignee == "Văn phòng UBND xã");
  REQUIRE(d.tasks[0].deadline);
  CHECK(d.tasks[0].deadline->date == "2025-04-30");
  CHECK(d.tasks[0].line == 12);
  // The lead's name wraps onto the next line of its item.
  CHECK(d.tasks[1].assignee == "Thư viện xã và Tổ công nghệ thông tin xã");
  CHECK(d.tasks[1].text ==
        "Trưng bày sách tại các nhà văn hóa thôn. Sản phẩm: Báo cáo kết quả trưng bày.");
  REQUIRE(d.tasks[1].deadline);
  CHECK(d.tasks[1].deadline->date == "2025-04-20");
  // Two fields on one line, split at the semicolon.
  CHECK(d.tasks[2].text == "Kiểm tra, đôn đốc");
  CHECK(d.tasks[2].assignee == "Công chức Văn hóa - Xã hội");
  REQUIRE(d.tasks[2].deadline);
  CHECK(d.tasks[2].deadline->text == "thường xuyên");
  // "Thời gian: …" under an assignee's item is its deadline, not a task of an assignee "Thời gian".
  CHECK(d.tasks[3].assignee == "Văn phòng UBND xã");
  CHECK(d.tasks[3].text == "theo dõi, tổng hợp kết quả.");
  REQUIRE(d.tasks[3].deadline);
  CHECK(d.tasks[3].deadline->text == "Thường xuyên");
}

TEST_CASE("tasks: a labelled line with no task above it is no task") {
  auto d = compile_text("Số: 13/KH-UBND\n\nKẾ HOẠCH\nTập huấn\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                        "- Thời gian: Quý III/2025.\n\n- Kinh phí: ngân sách xã.\n\n"
                        "Văn phòng: chuẩn bị tài liệu tập huấn.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(d.tasks[0].assignee == "Văn phòng");
  CHECK(d.tasks[0].text == "chuẩn bị tài liệu tập huấn.");
}

TEST_CASE("tasks: a heading with a plain paragraph under it still names the assignee") {
  auto d = compile_text("Số: 14/KH-UBND\n\nKẾ HOẠCH\nTập huấn\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                        "1. Phòng Nội vụ\n\nChuẩn bị tài liệu; thời gian: tháng 9/2025.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(d.tasks[0].assignee == "Phòng Nội vụ");
  CHECK(d.tasks[0].text == "Chuẩn bị tài liệu; thời gian: tháng 9/2025.");
  REQUIRE(d.tasks[0].deadline);
  CHECK(d.tasks[0].deadline->date == "2025-09-30");
}

// A gazette's text is hard-wrapped: a numbered paragraph's first line is short and looks like a
// heading. Its lines are one task, never an assignee made of the first line and a task of the
// rest.
TEST_CASE("tasks: a hard-wrapped numbered paragraph is one task, not a heading and a fragment") {
  auto d = compile_text("Số: 15/KH-UBND\n\nKẾ HOẠCH\nKiểm kê rừng\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                        "1. Ủy ban nhân dân các xã tổ chức rà soát diện tích rừng trên địa bàn và\n"
                        "gửi kết quả về Hạt Kiểm lâm trước ngày 15/8/2025.\n"
                        "2. Hạt Kiểm lâm có trách nhiệm tổng hợp số liệu, lập bản đồ hiện trạng\n"
                        "rừng của huyện.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK_FALSE(d.tasks[0].assignee);
  CHECK(d.tasks[0].text == "Ủy ban nhân dân các xã tổ chức rà soát diện tích rừng trên địa bàn và "
                           "gửi kết quả về Hạt Kiểm lâm trước ngày 15/8/2025.");
  REQUIRE(d.tasks[0].deadline);
  CHECK(d.tasks[0].deadline->date == "2025-08-15");
  CHECK_FALSE(d.tasks[1].assignee);
  CHECK(d.tasks[1].text == "Hạt Kiểm lâm có trách nhiệm tổng hợp số liệu, lập bản đồ hiện trạng "
                           "rừng của huyện.");
}

// The numbered paragraph holding the task word is itself the section's top ("2. Sở … có trách
// nhiệm …" in an article that is no heading of this kind): it is a task, or, ending in ':', the
// lead-in of the items below it.
TEST_CASE("tasks: a hard-wrapped numbered paragraph with a task word is a task or a lead-in") {
  auto d = compile_text("Số: 16/QĐ-UBND\n\nQUYẾT ĐỊNH\nQuy chế\n\n"
                        "1. Phạm vi áp dụng của Quy chế này.\n\n"
                        "2. Sở Nội vụ có trách nhiệm hướng dẫn, kiểm tra việc thực hiện\n"
                        "và báo cáo Ủy ban nhân dân tỉnh trước ngày 31/12/2025.\n\n"
                        "3. Triển khai các nhiệm vụ sau khi Quy chế được phê\n"
                        "duyệt, gồm:\n\n"
                        "a) Phổ biến Quy chế đến các cơ quan;\n\n"
                        "b) Tập huấn cho công chức.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[0].text == "Sở Nội vụ có trách nhiệm hướng dẫn, kiểm tra việc thực hiện và báo "
                           "cáo Ủy ban nhân dân tỉnh trước ngày 31/12/2025.");
  CHECK(d.tasks[0].line == 8);
  CHECK(d.tasks[1].text == "Phổ biến Quy chế đến các cơ quan;");
  CHECK_FALSE(d.tasks[1].assignee); // no "duyệt, gồm" from the heading's wrapped line
  CHECK(d.tasks[2].text == "Tập huấn cho công chức.");
}

TEST_CASE("tasks: a bold assignee heading with its task on the next line starts a new task") {
  auto d = compile_text("Số: 17/KH-UBND\n\nKẾ HOẠCH\nNgày hội\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                        "**1. Ban Tuyên giáo**\n\nTuyên truyền trên trang thông tin điện tử.\n\n"
                        "**2. Các chi đoàn:**\ntổ chức đọc sách tại chi đoàn.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].assignee == "Ban Tuyên giáo");
  CHECK(d.tasks[0].text == "Tuyên truyền trên trang thông tin điện tử.");
  CHECK(d.tasks[1].assignee == "Các chi đoàn");
  CHECK(d.tasks[1].text == "tổ chức đọc sách tại chi đoàn.");
}

TEST_CASE("tasks: a lead-in names the unit that does the items below, or nobody") {
  auto d = compile_text("Số: 18/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                        "Sở Thông tin và Truyền thông có trách nhiệm sau đây:\n\n"
                        "- Hướng dẫn các xã lập trang thông tin điện tử;\n\n"
                        "- Đào tạo cán bộ phụ trách.\n\n"
                        "Hồ sơ đề nghị hỗ trợ gồm những giấy tờ sau:\n\n"
                        "- Đơn đề nghị của xã.\n\n"
                        "Phòng Tài chính chịu trách nhiệm: cân đối kinh phí thực hiện.\n");
  REQUIRE(d.tasks.size() == 4);
  CHECK(d.tasks[0].assignee == "Sở Thông tin và Truyền thông");
  CHECK(d.tasks[1].assignee == "Sở Thông tin và Truyền thông");
  CHECK_FALSE(d.tasks[2].assignee); // a list of papers: nobody is named to do it
  CHECK(d.tasks[2].text == "Đơn đề nghị của xã.");
  CHECK(d.tasks[3].assignee == "Phòng Tài chính");
  CHECK(d.tasks[3].text == "cân đối kinh phí thực hiện.");
}

TEST_CASE("tasks: a subsection heading names the assignee only when it names a unit") {
  auto d =
      compile_text("Số: 19/KH-UBND\n\nKẾ HOẠCH\nNgày hội\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
                   "**1. Công tác tuyên truyền**\n\nĐài truyền thanh xã đưa tin về ngày hội.\n\n"
                   "**2. Phòng, chống cháy nổ**\n\nKiểm tra bình chữa cháy tại nhà văn hóa.\n\n"
                   "III. TỔ CHỨC THỰC HIỆN\n\n**1. Các cấp công đoàn**\n\nVận động đoàn viên.\n\n"
                   "**2. Trạm Y tế xã**\n\nBảo đảm y tế trong ngày hội.\n");
  REQUIRE(d.tasks.size() == 4);
  CHECK_FALSE(d.tasks[0].assignee); // a topic, not who does it
  CHECK(d.tasks[0].text == "Đài truyền thanh xã đưa tin về ngày hội.");
  CHECK_FALSE(d.tasks[1].assignee); // "Phòng" opens it, but as a verb
  CHECK(d.tasks[2].assignee == "Các cấp công đoàn");
  CHECK(d.tasks[3].assignee == "Trạm Y tế xã");
}

TEST_CASE("tasks: numbered clauses of one gazette paragraph are one task each") {
  // No blank lines: "b)" and "2." go on the paragraph in Markdown, but each opens a clause.
  auto d = compile_text("Số: 22/QĐ-UBND\n\nQUYẾT ĐỊNH\nQuy chế\n\nĐiều 5. Tổ chức thực hiện\n"
                        "Sở Nội vụ hướng dẫn các xã, gồm:\n"
                        "a) Tập huấn cán bộ phụ trách;\n"
                        "b) Kiểm tra việc thực hiện.\n"
                        "2. Sở Tài chính bố trí kinh phí trước ngày 30/6/2025.\n");
  REQUIRE(d.tasks.size() == 3); // the lead-in ending in ':' is none
  CHECK(d.tasks[0].text == "Tập huấn cán bộ phụ trách;");
  CHECK(d.tasks[1].text == "Kiểm tra việc thực hiện.");
  CHECK(d.tasks[2].text == "Sở Tài chính bố trí kinh phí trước ngày 30/6/2025.");
  REQUIRE(d.tasks[2].deadline);
  CHECK(d.tasks[2].deadline->date == "2025-06-30");
}
