// reference.future-date and reference.malformed: citations dated later, or badly numbered.
// Malformed: a number after "số" that the grammar rejects ("số /KH-LĐLĐ", "số 37/KH LĐLĐ").
#include "citation_columns.hpp"
#include "rules.hpp"

#include "vanban/text/dates.hpp"
#include "vanban/text/number.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <cctype>

namespace vanban::check {
namespace {

void check_future(Context& ctx) {
  const auto& d = ctx.doc;
  if (!d.date) return;
  const auto columns = citation_columns(ctx.src, d.references);
  for (std::size_t k = 0; k < d.references.size(); ++k) {
    const auto& r = d.references[k];
    if (!r.date || *r.date <= *d.date) continue; // ISO dates compare as strings
    ctx.report(
        "reference.future-date", r.line, columns[k],
        {{"number", r.number}, {"cited", display_date(*r.date)}, {"date", display_date(*d.date)}});
  }
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}
bool ends_token(char c) {
  return is_space(c) || c == ',' || c == ';' || c == '(' || c == ')';
}

/// The token at `pos`: up to white space or list punctuation, without closing punctuation.
std::string_view token_at(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  while (end < s.size() && !ends_token(s[end])) ++end;
  return text::trim_end_chars(s.substr(pos, end - pos), ".:!?\"”’");
}

/// The code-like word after `pos` ("LĐLĐ" in "37/KH LĐLĐ"), when it is a known code.
std::string_view stray_code(std::string_view s, std::size_t pos,
                            const std::unordered_set<std::string>& codes) {
  if (pos >= s.size() || !is_space(s[pos])) return {};
  auto word = token_at(s, pos + 1);
  return text::is_upper(word) && codes.count(std::string(word)) ? word : std::string_view();
}

/// Checks the number-like token after one "số" at `pos` in line n.
void check_citation(Context& ctx, int n, std::size_t pos,
                    const std::unordered_set<std::string>& codes) {
  auto l = ctx.src.line(n);
  auto token = token_at(l, pos);
  if (token.find('/') == std::string_view::npos) return; // "số 10 người": not a number
  const int col = ctx.src.column(n, pos);
  if (token[0] == '/' || token.rfind("...", 0) == 0 || token.rfind("…", 0) == 0) {
    ctx.report("reference.malformed", n, col, {{"written", std::string(token)}}, "no-seq");
    return;
  }
  if (!std::isdigit(static_cast<unsigned char>(token[0])) || !text::has_letter(token)) return;
  if (dates::numeric_at(l, pos)) return; // "số 23/02/2024" is a date, not a number
  auto parsed = number::parse_at(l, pos, number::Mode::Relaxed);
  if (!parsed) {
    ctx.report("reference.malformed", n, col, {{"written", std::string(token)}});
    return;
  }
  if (auto code = stray_code(l, parsed->end, codes); !code.empty()) {
    std::string written(l.substr(pos, parsed->end - pos));
    ctx.report("reference.malformed", n, col,
               {{"written", written + " " + std::string(code)},
                {"expected", parsed->number.text + "-" + std::string(code)}},
               "no-dash");
    return;
  }
  if (parsed->end < pos + token.size()) // "37/KH_LĐLĐ": the grammar stopped inside the token
    ctx.report("reference.malformed", n, col, {{"written", std::string(token)}});
}

void check_malformed(Context& ctx) {
  const auto& codes = ctx.codes;
  for (int n = 1; n <= ctx.src.line_count(); ++n) {
    if (n == ctx.doc.lines.number) continue; // the document's own number: number.* rules
    auto l = ctx.src.line(n);
    const std::string lower = text::lower_aligned(l);
    for (const std::string& label : tables::get().phrases("number_phrases.bare_labels")) {
      for (auto at = lower.find(label); at != std::string::npos; at = lower.find(label, at + 1)) {
        std::size_t after = at + label.size();
        if (text::alnum_before(lower, at) || after >= lower.size() || !is_space(lower[after]))
          continue;
        while (after < lower.size() && is_space(lower[after])) ++after;
        if (after < lower.size()) check_citation(ctx, n, after, codes);
      }
    }
  }
}

} // namespace

void check_references(Context& ctx) {
  check_future(ctx);
  check_malformed(ctx);
}

} // namespace vanban::check
