// Recognises the labelled lines under a task (task_fields.hpp).
#include "task_fields.hpp"

#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <optional>

namespace vanban::stages {
namespace {

/// A label is a few words ("Cơ quan, đơn vị chủ trì thực hiện"); more, and the text before ':'
/// is a sentence ("Ban Tuyên giáo chủ trì, phối hợp với … ; thời gian").
constexpr int kMaxLabelWords = 7;

struct Kind {
  const char* list; ///< the phrase list of data/body_phrases.json
  TaskFieldKind kind;
};
/// Each list holds a label's first words; the first list with a phrase opening the label decides.
/// Deadlines come first, so that a label opening with "thời gian" is a deadline whatever follows.
constexpr Kind kKinds[] = {{"task_deadline_fields", TaskFieldKind::Deadline},
                           {"task_lead_labels", TaskFieldKind::Lead},
                           {"task_partner_labels", TaskFieldKind::Partner},
                           {"task_detail_labels", TaskFieldKind::Detail}};

/// The kind of field `part` is, with its value, when the words before its first ':' are a label.
std::optional<TaskField> field(std::string_view part) {
  part = text::trim(part);
  const std::size_t colon = part.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  const std::string_view label = text::trim(part.substr(0, colon));
  int words = 1;
  for (char c : label)
    if (c == ' ' && ++words > kMaxLabelWords) return std::nullopt;
  const std::string_view value = text::trim(part.substr(colon + 1));
  if (label.empty() || value.empty()) return std::nullopt; // "Trách nhiệm:" leads a list in
  for (const auto& k : kKinds)
    for (const auto& phrase : tables::get().phrases(std::string("body_phrases.") + k.list))
      if (text::starts_with_word(label, phrase)) return TaskField{k.kind, part, value};
  return std::nullopt;
}

} // namespace

std::vector<TaskField> task_fields(std::string_view line) {
  std::vector<TaskField> fields;
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t semicolon = line.find(';', start);
    if (semicolon == std::string_view::npos) semicolon = line.size();
    const std::string_view part = line.substr(start, semicolon - start);
    if (auto f = field(part)) {
      fields.push_back(*f);
    } else if (fields.empty()) {
      return fields; // the line opens with no field
    } else if (!text::trim(part).empty()) {
      // The rest of the field before: widen its text and value over this part.
      auto& last = fields.back();
      const std::string_view kept = text::trim(part);
      const char* end = kept.data() + kept.size();
      last.text =
          std::string_view(last.text.data(), static_cast<std::size_t>(end - last.text.data()));
      last.value =
          std::string_view(last.value.data(), static_cast<std::size_t>(end - last.value.data()));
    }
    start = semicolon + 1;
  }
  return fields;
}

} // namespace vanban::stages
