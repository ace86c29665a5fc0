// Stub models: number (with its issuer code), date, place and, when the document has a header,
// the issuer lines the compiler will read (the name, and the parent line above it).
#include "citation_check.hpp"

#include "archive_plan.hpp"
#include "offices.hpp"
#include "unicode.hpp"

namespace vanban::gen {
namespace {

Document stub_of(const PlannedDoc& d) {
  const Office& o = offices()[d.office];
  Document doc;
  DocNumber n;
  n.text = d.number;
  n.raw = d.number;
  n.seq = d.seq;
  if (!d.type.empty()) n.type_code = d.type;
  n.issuer_code = o.code;
  doc.number = n;
  doc.date = d.date.iso();
  doc.place = o.place;
  if (d.layout != Layout::Absent) {
    Issuer issuer;
    issuer.name = unicode::to_upper(o.name);
    if (!o.parent.empty()) issuer.parent = unicode::to_upper(o.parent);
    doc.issuer = issuer;
  }
  return doc;
}

std::string id_of(std::size_t i) {
  return std::to_string(i);
}

} // namespace

CitationCheck::CitationCheck(const std::vector<PlannedDoc>& docs) : docs_(docs) {
  stubs_.reserve(docs.size());
  for (const auto& d : docs) stubs_.push_back(stub_of(d));
  for (std::size_t i = 0; i < docs.size(); ++i) resolver_.add(id_of(i), stubs_[i]);
}

bool CitationCheck::resolves(std::size_t citing, std::size_t target, bool dated,
                             const std::string& issuer) const {
  Reference ref;
  ref.number = docs_[target].number;
  if (dated) ref.date = docs_[target].date.iso();
  if (!issuer.empty()) ref.issuer = issuer;
  const auto got = resolver_.resolve(id_of(citing), stubs_[citing], ref);
  return got.kind == graph::Resolution::Kind::Resolved && got.ids.size() == 1 &&
         got.ids[0] == id_of(target);
}

} // namespace vanban::gen
