// number.*: the "Số:" line against the number grammar, the document type and the known codes.
#include "doc_kind.hpp"
#include "rules.hpp"

#include "vanban/text/number.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

namespace vanban::check {
namespace {

/// The type code of a canonical type name ("Kế hoạch" → "KH"), or empty.
std::string code_of_type(const std::string& name) {
  for (const auto& t : tables::get().types)
    if (t.name == name && t.code) return *t.code;
  return {};
}

/// "QH14" → "QH": legislature codes carry the term number.
std::string without_digits(std::string code) {
  while (!code.empty() && code.back() >= '0' && code.back() <= '9') code.pop_back();
  return code;
}

void check_type(Context& ctx, const DocNumber& n, int line, int col) {
  const auto& d = ctx.doc;
  if (!n.type_code || !d.type || is_untyped_type(*d.type)) return;
  const std::string* code_type = tables::get().type_name(*n.type_code);
  if (!code_type || *code_type == *d.type) return; // an unknown code is not a mismatch
  ctx.report("number.type-mismatch", line, col,
             {{"code", *n.type_code},
              {"code_type", *code_type},
              {"type", *d.type},
              {"type_lower", text::to_lower(*d.type)},
              {"expected", code_of_type(*d.type)}});
}

void check_issuer(Context& ctx, const DocNumber& n, int line, int col) {
  if (!n.issuer_code) return;
  const auto& codes = ctx.codes;
  if (!codes.count(*n.issuer_code) && !codes.count(without_digits(*n.issuer_code)))
    ctx.report("number.issuer-unknown", line, col, {{"code", *n.issuer_code}});
}

} // namespace

void check_number(Context& ctx) {
  const auto& d = ctx.doc;
  const int line = d.lines.number;
  auto written = d.facts.number_text ? text::trim(*d.facts.number_text) : std::string_view();
  if (written.empty()) {
    if (!d.number) ctx.report("number.missing", Context::first_nonzero({line, d.lines.issuer}));
    return;
  }
  const int col = ctx.src.column_of(line, written);
  auto parsed = number::parse_leading(written, number::Mode::Relaxed);
  if (!parsed) {
    ctx.report("number.malformed", line, col, {{"written", std::string(written)}}, "no-seq");
    return;
  }
  const DocNumber& n = parsed->number;
  auto raw = written.substr(parsed->begin, parsed->end - parsed->begin);
  if (raw != n.text)
    ctx.report("number.malformed", line, col,
               {{"written", std::string(raw)}, {"expected", n.text}});
  std::size_t digits = 0;
  while (digits < raw.size() && raw[digits] >= '0' && raw[digits] <= '9') ++digits;
  if (n.seq < 10 && digits < 2)
    ctx.report("number.leading-zero", line, col,
               {{"seq", std::string(raw.substr(0, digits))}, {"expected", "0" + n.text}});
  check_type(ctx, n, line, col);
  check_issuer(ctx, n, line, col);
}

} // namespace vanban::check
