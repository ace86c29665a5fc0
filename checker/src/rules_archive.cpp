// reference.unresolved and reference.date-mismatch: citations against the archive (--db).
#include "citation_columns.hpp"
#include "rule_table.hpp"
#include "rules.hpp"

namespace vanban::check {
namespace {

std::string_view year(std::string_view iso) {
  return iso.substr(0, 4);
}

} // namespace

void check_archive(Context& ctx) {
  const Archive* archive = ctx.options.archive;
  if (!archive) return;
  const auto columns = citation_columns(ctx.src, ctx.doc.references);
  for (std::size_t k = 0; k < ctx.doc.references.size(); ++k) {
    const auto& r = ctx.doc.references[k];
    if (r.number.empty()) continue;
    const int col = columns[k];
    auto entries = archive->find(r.number);
    // Numbers restart every year in every office: only an entry of the cited year is the same
    // document, so a cited date matches one entry exactly, or is a date error within its year.
    const ArchiveEntry* same_year = nullptr;
    bool exact = !r.date && !entries.empty();
    for (const auto& e : entries) {
      if (r.date && e.date == *r.date) exact = true;
      if (r.date && !e.date.empty() && year(e.date) == year(*r.date)) same_year = &e;
    }
    if (exact) continue;
    if (same_year) {
      ctx.report("reference.date-mismatch", r.line, col,
                 {{"number", r.number},
                  {"cited", display_date(*r.date)},
                  {"indexed", display_date(same_year->date)},
                  {"path", same_year->path}});
      continue;
    }
    std::string phrase =
        r.date ? ui_text("date-phrase", ctx.options.lang, {{"date", display_date(*r.date)}}) : "";
    ctx.report("reference.unresolved", r.line, col,
               {{"number", r.number}, {"date_phrase", phrase}});
  }
}

} // namespace vanban::check
