// header.issuer-missing, header.motto-missing, type.missing, subject.missing.
#include "doc_kind.hpp"
#include "rules.hpp"

namespace vanban::check {

void check_header(Context& ctx) {
  const auto& d = ctx.doc;
  const auto& at = d.lines;
  if (!d.issuer || at.issuer == 0) ctx.report("header.issuer-missing", 1);
  if (at.motto == 0) ctx.report("header.motto-missing", 1);
  const bool cong_van = is_cong_van(d);
  // A công văn has no type name by design; its missing V/v is a subject finding, not a type one.
  // The model may infer the type from the number's code, so the type line itself is what counts.
  if (!cong_van && (!d.type || at.type == 0)) {
    ctx.report("type.missing", Context::first_nonzero({at.date, at.number}));
    return; // without the type line the subject cannot be told from the body: one finding, not two
  }
  if (!d.subject || d.subject->empty())
    ctx.report("subject.missing", Context::first_nonzero({at.type, at.number, at.date}), 1, {},
               cong_van ? "cong-van" : "");
}

} // namespace vanban::check
