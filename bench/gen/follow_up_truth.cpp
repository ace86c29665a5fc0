// The planned answer to every directive: offices below the issuer that the down entry names, and
// which of them implemented it or reported on it.
#include "follow_up_truth.hpp"

#include "random.hpp"

#include <map>

namespace vanban::gen {
namespace {

constexpr const char* kToProvinces = "LĐLĐ các tỉnh, thành phố (để t/h);";
constexpr const char* kToDistricts = "LĐLĐ các huyện, CĐN, CĐVC tỉnh (để t/h);";
constexpr const char* kToGrassroots = "Các công đoàn cơ sở trực thuộc (để t/h);";

/// The offices `from`'s down entry names: every provincial LĐLĐ for TLĐ; the district LĐLĐ and
/// sector unions of the province for a provincial body; the grassroots unions of the district
/// for a district body.
bool named(const Office& from, const Office& to) {
  if (from.kind == OfficeKind::Tld) return to.kind == OfficeKind::LdldTinh;
  if (from.kind == OfficeKind::Cdcs) return false;
  if (from.district < 0)
    return to.province == from.province &&
           (to.kind == OfficeKind::LdldHuyen || to.kind == OfficeKind::Cdn);
  return to.kind == OfficeKind::Cdcs && to.province == from.province &&
         to.district == from.district;
}

} // namespace

std::string down_entry(const Office& office) {
  if (office.kind == OfficeKind::Tld) return kToProvinces;
  if (office.kind == OfficeKind::Cdcs) return "";
  return office.district < 0 ? kToDistricts : kToGrassroots;
}

bool is_down_entry(const std::string& item) {
  return item == kToProvinces || item == kToDistricts || item == kToGrassroots;
}

bool sends_down(const PlannedDoc& doc) {
  return Random(Random::mix(doc.seed, 0x666F6C6C6F77)).percent(60); // "follow"
}

std::vector<std::vector<SentUnit>> follow_up_truth(const Plan& plan) {
  const auto& docs = plan.docs;
  const auto& os = offices();
  // Who cites each document, and each office's first document.
  std::vector<std::vector<std::pair<std::size_t, const Citation*>>> cited_by(docs.size());
  std::map<int, std::size_t> first_of;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    first_of.emplace(docs[i].office, i);
    for (const auto& c : docs[i].citations)
      if (c.target) cited_by[*c.target].emplace_back(i, &c);
  }
  std::vector<std::vector<SentUnit>> out(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const Office& from = os[docs[i].office];
    if (down_entry(from).empty() || !sends_down(docs[i])) continue;
    // What each office answered: its plans first, then its reports on the document or on them.
    std::map<int, std::string> answer;
    std::vector<std::size_t> plans;
    for (const auto& [j, c] : cited_by[i]) {
      const bool report = docs[j].type == "BC";
      if (report)
        answer[docs[j].office] = "reported";
      else if (c->relation == "implements") {
        answer.emplace(docs[j].office, "implemented");
        plans.push_back(j);
      }
    }
    for (std::size_t p : plans)
      for (const auto& [j, c] : cited_by[p])
        if (docs[j].type == "BC" && docs[j].office == docs[p].office)
          answer[docs[j].office] = "reported";
    for (const auto& [office, first] : first_of) {
      if (office == docs[i].office || !named(from, os[office])) continue;
      auto it = answer.find(office);
      out[i].push_back({office, first, it == answer.end() ? "none" : it->second});
    }
  }
  return out;
}

} // namespace vanban::gen
