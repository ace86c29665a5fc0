// date.missing, date.invalid, date.format: the issue date as written after the place.
#include "rules.hpp"

#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <cctype>

namespace vanban::check {
namespace {

struct Field {
  std::size_t begin = 0, end = 0; ///< byte span of the digits
};

/// The word before a date's part (data/date_phrases.json: "day_word" → "ngày").
std::string_view date_word(std::string_view key) {
  return tables::get().phrases("date_phrases." + std::string(key)).at(0);
}

/// The digits after the word `word` ("ngày", "tháng") in the lower-cased date text.
std::optional<Field> digits_after(std::string_view lower, std::string_view word) {
  auto pos = lower.find(word);
  if (pos == std::string_view::npos) return std::nullopt;
  pos += word.size();
  while (pos < lower.size() && lower[pos] == ' ') ++pos;
  Field f{pos, pos};
  while (f.end < lower.size() && std::isdigit(static_cast<unsigned char>(lower[f.end]))) ++f.end;
  if (f.end == f.begin) return std::nullopt;
  return f;
}

int value(std::string_view s, const Field& f) {
  return std::stoi(std::string(s.substr(f.begin, f.end - f.begin)));
}

/// "ngày 8 tháng 3 năm 2024" → "ngày 08 tháng 3 năm 2024"; unchanged when already right.
std::string with_leading_zeros(std::string_view written) {
  // lower_aligned keeps byte offsets, so spans found in it index the text as written.
  const std::string lower = text::lower_aligned(written);
  auto day = digits_after(lower, date_word("day_word"));
  auto month = digits_after(lower, date_word("month_word"));
  std::string out(written);
  // Pad the later field first so the earlier span stays valid.
  if (month && month->end - month->begin == 1 && value(written, *month) <= 2)
    out.insert(month->begin, "0");
  if (day && day->end - day->begin == 1) out.insert(day->begin, "0");
  return out;
}

} // namespace

void check_date(Context& ctx) {
  const auto& d = ctx.doc;
  if (!d.facts.date_text || text::trim(*d.facts.date_text).empty()) {
    if (!d.date)
      ctx.report("date.missing", Context::first_nonzero({d.lines.number, d.lines.issuer}));
    return;
  }
  const std::string written(text::trim(*d.facts.date_text));
  const int line = d.lines.date;
  // The model squeezes spaces: an unfilled "ngày    tháng" is found by its first word instead.
  const bool as_written = ctx.src.line(line).find(written) != std::string_view::npos;
  const int col =
      ctx.src.column_of(line, as_written ? std::string_view(written) : date_word("day_word"));
  if (!d.date) {
    const std::string lower = text::lower_aligned(written);
    const bool unfilled = !digits_after(lower, date_word("day_word")) ||
                          !digits_after(lower, date_word("month_word"));
    ctx.report("date.invalid", line, col, {{"written", written}}, unfilled ? "unfilled" : "");
    return;
  }
  auto expected = with_leading_zeros(written);
  if (expected != written)
    ctx.report("date.format", line, col, {{"written", written}, {"expected", expected}});
}

} // namespace vanban::check
