// Citations as clerks write them: type, number, date in one of the usual spellings, issuer in
// the form the plan chose (full, abbreviated, implied by the level, or none).
#include "writer_context.hpp"

namespace vanban::gen {
namespace {

std::string date_text(Random& r, const Date& d) {
  const int p = r.between(0, 9);
  if (p < 6) return d.slashed(true);
  if (p < 8) return d.slashed(false);
  return d.spelled().substr(std::string("ngày ").size());
}

std::string external_text(Context& c, const ExternalDoc& e, bool dated, bool with_about) {
  std::string s = e.type;
  if (!e.title.empty()) s += " " + e.title;
  s += " số " + e.number;
  if (dated) s += " ngày " + date_text(c.r, e.date);
  if (!e.issuer.empty()) s += " của " + e.issuer;
  if (with_about && !e.about.empty()) s += " " + e.about;
  return s;
}

} // namespace

std::string citation_text(Context& c, const Citation& cite, bool with_about) {
  if (!cite.target) return external_text(c, external_docs()[cite.external], cite.dated, with_about);
  const PlannedDoc& t = c.plan.docs[*cite.target];
  const Office& o = offices()[t.office];
  std::string s = type_name(t.type) + " số " + t.number;
  const std::string& issuer = o.cited_as(cite.form);
  const std::string date = cite.dated ? date_text(c.r, t.date) : "";
  // Usually the date follows the number; some clerks put it after the issuer.
  if (cite.dated && (issuer.empty() || c.r.percent(80)))
    s += (c.r.percent(25) ? ", ngày " : " ngày ") + date;
  if (!issuer.empty()) s += " của " + issuer;
  if (cite.dated && s.find(date) == std::string::npos) s += ", ngày " + date;
  if (with_about) s += " về " + themes()[t.theme].topic;
  return s;
}

} // namespace vanban::gen
