// The labelled lines that describe a task rather than assign one ("- Cơ quan chủ trì: …",
// "- Thời gian: Quý II/2025", "- Sản phẩm: …"): plans set them under each task, as a list
// below a numbered item or heading.
#pragma once

#include <string_view>
#include <vector>

namespace vanban::stages {

enum class TaskFieldKind {
  Lead,     ///< who carries the task out ("Cơ quan chủ trì", "Đơn vị thực hiện")
  Partner,  ///< who helps ("Cơ quan phối hợp")
  Deadline, ///< when ("Thời gian", "Tiến độ", "Thời hạn")
  Detail,   ///< anything else a plan says of a task ("Sản phẩm", "Kinh phí", "Nội dung")
};

struct TaskField {
  TaskFieldKind kind;
  std::string_view text;  ///< the whole field, label included ("Thời gian: Quý II/2025")
  std::string_view value; ///< after the label's ':', trimmed ("Quý II/2025")
};

/// The fields of `line` when it opens with one (data/body_phrases.json: task_lead_labels,
/// task_partner_labels, task_deadline_fields, task_detail_labels, each a label's first words):
/// one per part between semicolons ("Chủ trì: Văn phòng; thời gian: thường xuyên"), a part that
/// is no field belonging to the field before it ("Phối hợp: Đoàn Thanh niên; Hội Phụ nữ"). Empty
/// when the line does not open with a field: it is then a task or a sentence.
std::vector<TaskField> task_fields(std::string_view line);

} // namespace vanban::stages
