// recipients.missing, recipients.archive-missing, signer.*: the end of the document.
#include "doc_kind.hpp"
#include "rule_table.hpp"
#include "rules.hpp"

#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <algorithm>

namespace vanban::check {
namespace {

/// The collective body ("BAN THƯỜNG VỤ") among the issuer's header lines, or empty.
std::string collective_body(const Document& d) {
  if (!d.issuer) return {};
  for (const auto& line : d.issuer->lines) {
    auto upper = text::to_upper(text::trim(line));
    for (const auto& body : rule_table().collective_bodies)
      if (upper.rfind(body, 0) == 0) return body;
  }
  return {};
}

/// Laws, codes, consolidated texts and the National Assembly's resolutions carry no Nơi nhận.
bool has_distribution(const Document& d) {
  const auto& t = rule_table();
  if (d.type && std::find(t.without_distribution_types.begin(), t.without_distribution_types.end(),
                          *d.type) != t.without_distribution_types.end())
    return false;
  if (d.number && d.number->issuer_code)
    for (const auto& code : t.without_distribution_issuers)
      if (d.number->issuer_code->rfind(code, 0) == 0) return false;
  return true;
}

void check_recipients(Context& ctx) {
  const auto& d = ctx.doc;
  const auto& at = d.lines;
  if (at.noi_nhan == 0 && has_distribution(d))
    ctx.report("recipients.missing", Context::first_nonzero({at.authority, at.position, at.signer,
                                                             ctx.src.line_count()}));
  else if (at.archive == 0 && d.archive.empty())
    ctx.report("recipients.archive-missing", at.noi_nhan);
  if (is_cong_van(d) && at.kinh_gui == 0)
    ctx.report("recipients.missing", Context::first_nonzero({at.subject, at.date, at.number}), 1,
               {}, "kinh-gui");
}

void check_authority(Context& ctx, const Signer& s) {
  const int line = Context::first_nonzero({ctx.doc.lines.position, s.line});
  const std::string body = collective_body(ctx.doc);
  // A deputy never signs in their own name: KT. (for the head) or TM. (for the body) is required.
  const auto& deputy = tables::get().phrases("closing_phrases.deputy_words");
  if (std::any_of(deputy.begin(), deputy.end(),
                  [&](const std::string& w) { return text::starts_with_word(*s.position, w); })) {
    // Without a collective body in the issuer, the message names the first one of the rules.
    const auto& bodies = rule_table().collective_bodies;
    const std::string named = !body.empty()    ? body
                              : bodies.empty() ? std::string()
                                               : bodies.front();
    ctx.report("signer.authority-missing", line, 1, {{"position", *s.position}, {"body", named}});
    return;
  }
  if (!body.empty())
    ctx.report("signer.authority-missing", line, 1, {{"body", body}}, "collective");
}

} // namespace

void check_closing(Context& ctx) {
  check_recipients(ctx);
  const auto& d = ctx.doc;
  if (!d.signer || text::trim(d.signer->name).empty()) {
    ctx.report("signer.missing",
               Context::first_nonzero({d.lines.position, d.lines.authority, ctx.src.line_count()}));
    return;
  }
  const Signer& s = *d.signer;
  // "Q. CHỦ TỊCH" names the acting head on one line: the authority line is the position.
  const bool acting = s.authority && *s.authority == "Q" && s.on_behalf_of;
  if ((!s.position || s.position->empty()) && !acting)
    ctx.report("signer.position-missing", s.line, 1, {{"name", s.name}});
  else if (!s.authority)
    check_authority(ctx, s);
}

} // namespace vanban::check
