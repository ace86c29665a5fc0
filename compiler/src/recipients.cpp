// Recipient items of Kính gửi and Nơi nhận: names, purposes "(để b/c)", the "Lưu:" archive.
#include "stages.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <algorithm>

namespace vanban::stages {
namespace {

/// The phrase list `key` of data/closing_phrases.json.
const std::vector<std::string>& recipient_phrases(std::string_view key) {
  return tables::get().phrases("closing_phrases." + std::string(key));
}

/// Whether `lower` is one of the phrases of `key` (the whole of it).
bool is_one_of(std::string_view lower, std::string_view key) {
  const auto& list = recipient_phrases(key);
  return std::find(list.begin(), list.end(), lower) != list.end();
}

/// The phrase of `key` that `item` opens with as a whole word, if any.
std::optional<std::string_view> opening_word(std::string_view item, std::string_view key) {
  for (const auto& w : recipient_phrases(key))
    if (text::starts_with_word(item, w)) return w;
  return std::nullopt;
}

/// "(để b/c)", "(B/c)", "(để báo cáo)" → "b/c"; other purposes ("để chỉ đạo") → nullopt.
std::optional<std::string> purpose_code(std::string_view inside) {
  std::string lower = text::to_lower(text::squeeze(inside));
  for (const auto& lead : recipient_phrases("purpose_leads")) {
    if (lower.rfind(lead, 0) == 0) {
      lower = lower.substr(lead.size());
      break;
    }
  }
  if (is_one_of(lower, "report_purposes")) return "b/c";
  if (is_one_of(lower, "execute_purposes")) return "t/h";
  if (is_one_of(lower, "coordinate_purposes")) return "p/h";
  return std::nullopt;
}

/// Splits a trailing "(…)" off `item`; returns true when there was one.
bool take_parenthesis(std::string_view& item, std::string_view& inside) {
  item = text::trim_end_chars(item, ";.,");
  if (item.empty() || item.back() != ')') return false;
  std::size_t open = item.rfind('(');
  if (open == std::string_view::npos) return false;
  inside = item.substr(open + 1, item.size() - open - 2);
  item = text::trim_end_chars(item.substr(0, open), ";.,");
  return true;
}

std::string_view strip_bullet(std::string_view s) {
  s = text::trim(s);
  while (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == '*')) s = text::trim(s.substr(1));
  if (s.rfind("•", 0) == 0) s = text::trim(s.substr(std::string_view("•").size()));
  return s;
}

} // namespace

void add_recipients(std::string_view item, int line, RecipientRole role, Document& doc) {
  item = strip_bullet(item);
  if (item.empty()) return;
  if (auto label = opening_word(item, "archive_labels")) {
    std::string_view codes = text::after_label(item, *label);
    for (auto code : text::split(text::trim_end_chars(codes, ".;"), ','))
      doc.archive.emplace_back(text::trim_end_chars(code, ".;/"));
    if (!doc.lines.archive) doc.lines.archive = line;
    return;
  }
  if (item[0] == '}') {
    // A brace that grouped printed lines ("} B/c"): the grouping is lost in the text, so the
    // purpose cannot be given to any recipient without guessing.
    doc.diagnostics.push_back(
        {DiagnosticSeverity::Warning, line,
         "purpose '" + std::string(item) +
             "' belonged to a brace group whose lines are unknown; not attributed",
         "recipients.brace"});
    return;
  }
  for (std::string_view part : text::split(item, ';')) {
    std::string_view inside;
    std::string_view name = part;
    bool paren = take_parenthesis(name, inside);
    if (name.empty() && paren && !doc.recipients.empty() && doc.recipients.back().role == role) {
      // "- Đoàn Chủ tịch TLĐ; (để B/c)": the purpose of the previous part.
      if (!doc.recipients.back().purpose) doc.recipients.back().purpose = purpose_code(inside);
      continue;
    }
    if (name.empty()) continue;
    if (opening_word(name, "to_list_refs")) continue; // "Như trên", "Như kính gửi": the to-list
    Recipient r;
    r.name = text::squeeze(text::trim_end_chars(name, ";.,:"));
    r.role = role;
    if (paren) r.purpose = purpose_code(inside);
    r.line = line;
    if (!r.name.empty()) doc.recipients.push_back(std::move(r));
  }
}

} // namespace vanban::stages
