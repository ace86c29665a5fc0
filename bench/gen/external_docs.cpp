// Documents cited from outside the archive: laws, decrees, decisions of the Prime Minister and
// central party documents. Their numbers carry symbols (QH, NĐ-CP, TTg, TW) that no archived
// office uses, so the resolver must leave them unresolved.
#include "archive_plan.hpp"

namespace vanban::gen {

const std::vector<ExternalDoc>& external_docs() {
  static const std::vector<ExternalDoc> list = {
      {"Luật", "Công đoàn", "12/2012/QH13", {2012, 6, 20}, "", ""},
      {"Bộ luật", "Lao động", "45/2019/QH14", {2019, 11, 20}, "", ""},
      {"Luật", "An toàn, vệ sinh lao động", "84/2015/QH13", {2015, 6, 25}, "", ""},
      {"Luật", "Nhà ở", "27/2023/QH15", {2023, 11, 27}, "", ""},
      {"Luật", "Phòng, chống tham nhũng", "36/2018/QH14", {2018, 11, 20}, "", ""},
      {"Luật", "Bình đẳng giới", "73/2006/QH11", {2006, 11, 29}, "", ""},
      {"Luật", "Giao dịch điện tử", "20/2023/QH15", {2023, 6, 22}, "", ""},
      {"Luật", "Thực hành tiết kiệm, chống lãng phí", "44/2013/QH13", {2013, 11, 26}, "", ""},
      {"Nghị định", "", "135/2020/NĐ-CP", {2020, 11, 18}, "Chính phủ", "quy định về tuổi nghỉ hưu"},
      {"Nghị định",
       "",
       "100/2024/NĐ-CP",
       {2024, 7, 26},
       "Chính phủ",
       "quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội"},
      {"Nghị định", "", "30/2020/NĐ-CP", {2020, 3, 5}, "Chính phủ", "về công tác văn thư"},
      {"Nghị định",
       "",
       "145/2020/NĐ-CP",
       {2020, 12, 14},
       "Chính phủ",
       "quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao "
       "động và quan hệ lao động"},
      {"Nghị định",
       "",
       "39/2016/NĐ-CP",
       {2016, 5, 15},
       "Chính phủ",
       "quy định chi tiết thi hành một số điều của Luật An toàn, vệ sinh lao động"},
      {"Nghị định",
       "",
       "74/2024/NĐ-CP",
       {2024, 6, 30},
       "Chính phủ",
       "quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động"},
      {"Nghị quyết",
       "",
       "02-NQ/TW",
       {2021, 6, 12},
       "Bộ Chính trị",
       "về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới"},
      {"Chỉ thị",
       "",
       "29-CT/TW",
       {2013, 11, 18},
       "Ban Bí thư",
       "về đẩy mạnh công tác an toàn lao động, vệ sinh lao động trong thời kỳ công nghiệp hóa, "
       "hiện đại hóa và hội nhập quốc tế"},
      {"Nghị quyết",
       "",
       "20-NQ/TW",
       {2008, 1, 28},
       "Ban Chấp hành Trung ương Đảng khóa X",
       "về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện "
       "đại hóa đất nước"},
      {"Chỉ thị",
       "",
       "05-CT/TW",
       {2016, 5, 15},
       "Bộ Chính trị",
       "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"},
      {"Quyết định",
       "",
       "06/QĐ-TTg",
       {2022, 1, 6},
       "Thủ tướng Chính phủ",
       "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
       "phục vụ chuyển đổi số quốc gia"},
      {"Quyết định",
       "",
       "749/QĐ-TTg",
       {2020, 6, 3},
       "Thủ tướng Chính phủ",
       "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"},
  };
  return list;
}

} // namespace vanban::gen
