// Linear cost of each layout pass (the harness is linear_cost.hpp). The input size starts at a
// given n and doubles until one run takes 20 ms, so that the test stays meaningful both optimised
// and under the sanitizers (and stops doubling at 100 ms).
#include "helpers.hpp"
#include "linear_cost.hpp"

#include <string>

namespace {

/// Below 20 ms the clock's noise dominates; n grows no further once a run takes 100 ms.
constexpr vanban::test::LinearBudget kBudget{20.0, 100.0};

void compile_pass(const std::string& input) {
  auto result = vanban::compile_bytes(input, "scaling.md");
  REQUIRE(std::holds_alternative<vanban::Document>(result));
}

void check_linear(const vanban::test::Make& make, std::size_t n, std::size_t min_n,
                  std::size_t max_n) {
  vanban::test::check_linear(compile_pass, make, n, min_n, max_n, kBudget);
}

const std::string kHeader =
    "ỦY BAN NHÂN DÂN TỈNH LONG AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-UBND\n\n"
    "Long An, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\n\nThực hiện nhiệm vụ\n\n";

std::string grid_table(std::size_t rows) {
  std::string s = kHeader;
  const std::string border = "+----------------------+------------------------------+\n";
  s += border;
  for (std::size_t k = 0; k < rows; ++k) {
    s += "| Mục " + std::to_string(k % 1000000) +
         std::string(16 - std::to_string(k % 1000000).size(), ' ') +
         " | Nội dung của mục, dòng một   |\n";
    s += "| - ý một;\\            | dòng hai                     |\n";
    s += border;
  }
  return s + "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n";
}

std::string dashes_and_paragraphs(std::size_t pairs) {
  std::string s = kHeader;
  for (std::size_t k = 0; k < pairs; ++k) {
    // A rule after a blank line (a table opener that never closes before the next rule), a rule
    // right under text, and a one-line header over a rule with no body.
    s += "------ ------\n\nĐoạn văn số " + std::to_string(k) + " nói về công việc.\n";
    s += "Dòng tiếp theo\n------ ------\n\n";
  }
  return s;
}

std::string run_on(std::size_t bytes) {
  std::string s = "ỦY BAN NHÂN DÂN HUYỆN TÂN AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
                  "- Hạnh phúc Số: 215/UBND-VP Tân An, ngày 18 tháng 9 năm 2024 V/v tổ chức công "
                  "việc Kính gửi: - Các phòng, ban; - Ủy ban nhân dân các xã. ";
  for (std::size_t k = 0; s.size() < bytes; ++k) {
    s += "Thực hiện Kế hoạch số 12/KH-A ngày 2/8/2024 và Luật X ngày 1 tháng 1 năm 2020, "
         "các đơn vị triển khai: - việc một; - việc hai; KT. GIÁM ĐỐC ký thay; "
         "báo cáo kết quả trước ngày 30 tháng 9 năm 2024. ";
    if (k % 7 == 0) s += "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; ";
  }
  return s + "Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Hoa\n";
}

std::string capitals_and_authorities(std::size_t lines) {
  std::string s;
  for (std::size_t k = 0; k < lines; ++k) {
    switch (k % 4) {
    case 0:
      s += "ỦY BAN NHÂN DÂN TỈNH LONG AN\n";
      break;
    case 1:
      s += "TM. ỦY BAN NHÂN DÂN\n";
      break;
    case 2:
      s += "KT. CHỦ TỊCH\n";
      break;
    default:
      s += "PHÓ CHỦ TỊCH\n";
      break;
    }
  }
  return s + "\nNguyễn Văn An\n";
}

std::string furniture(std::size_t lines) {
  std::string s;
  for (std::size_t k = 0; k < lines; ++k) {
    switch (k % 5) {
    case 0:
      s += "Ký bởi: Văn phòng Ủy ban nhân dân tỉnh\n";
      break;
    case 1:
      s += "CÔNG BÁO/Số 757 + 758/Ngày 18-6-2025\n";
      break;
    case 2:
      s += "báo cáo về công báo số liệu của các sở\n";
      break;
    case 3:
      s += "Trang " + std::to_string(k % 100) + "/99\n";
      break;
    default:
      s += "Nội dung dòng " + std::to_string(k) + " của văn bản.\n";
      break;
    }
  }
  return s;
}

std::string title_citations(std::size_t count) {
  std::string s = kHeader + "Căn cứ ";
  for (std::size_t k = 0; k < count; ++k) s += "Luật A ngày 1 tháng 1 năm 2020; ";
  return s + "\n";
}

/// A task section of `count` headings, each with labelled lines under it, one of them a field
/// of many parts wrapping over lines of its item; then one line of `count` fields split at ';'.
std::string task_fields(std::size_t count) {
  std::string s = kHeader + "II. NHIỆM VỤ CỤ THỂ\n\n";
  for (std::size_t k = 0; k < count; ++k) {
    s += std::to_string(k % 100 + 1) + ". Tổ chức hoạt động số " + std::to_string(k) + "\n\n";
    s += "- Cơ quan chủ trì: Văn phòng;\nphối hợp: Đoàn Thanh niên; Hội Phụ nữ\n\n";
    s += "- Thời gian: trước ngày 30/4/2024.\n\n";
  }
  s += "- Sản phẩm: báo cáo";
  for (std::size_t k = 0; k < count; ++k) s += "; kinh phí: ngân sách; phối hợp: các ban";
  return s + "\n";
}

} // namespace

TEST_CASE("scaling: 4n tasks with labelled lines and a line of 4n fields cost < 8× n") {
  check_linear(task_fields, 2000, 2000, 1 << 17);
}

TEST_CASE("scaling: a pandoc grid table of 4n rows costs < 8× n rows") {
  check_linear(grid_table, 500, 500, 1 << 16);
}

TEST_CASE("scaling: 4n alternating dash lines and paragraphs cost < 8× n (no rescanning)") {
  check_linear(dashes_and_paragraphs, 500, 500, 1 << 16);
}

TEST_CASE("scaling: a run-on document of 4n bytes on one line costs < 8× n bytes") {
  // A 2 MB line and an 8 MB one where the pass is fast enough; smaller where it is not.
  check_linear(run_on, 32 * 1024, 2 * 1024 * 1024, 2 * 1024 * 1024);
}

TEST_CASE("scaling: 4n issuer-capitals and TM./KT. authority lines cost < 8× n lines") {
  check_linear(capitals_and_authorities, 2000, 2000, 1 << 18);
}

TEST_CASE("scaling: 4n lines of stamps, running heads and page markers cost < 8× n lines") {
  check_linear(furniture, 25000, 25000, 1 << 19); // 100k lines and more
}

TEST_CASE("scaling: one paragraph of 4n title citations costs < 8× n citations") {
  check_linear(title_citations, 12500, 12500, 1 << 18); // 50k citations and more
}
