// Campaigns of documents: a directive at the top, the plans that implement it level by level,
// the reports that come back up; then numbers per office and year, then citation forms.
#include "archive_plan.hpp"

#include "citation_check.hpp"
#include "offices.hpp"
#include "random.hpp"
#include "unicode.hpp"
#include "vocabulary.hpp"

#include <algorithm>
#include <map>

namespace vanban::gen {
namespace {

constexpr int kFirstYear = 2022, kYears = 4;

/// Offices by role, from the fixed office table.
struct Directory {
  struct District {
    int ldld = -1, ubnd = -1, huyen_uy = -1;
    std::vector<int> cdcs;
  };
  struct Prov {
    int ldld = -1, ubnd = -1, tinh_uy = -1;
    std::vector<int> cdn;
    std::vector<District> districts;
  };
  std::vector<Prov> provs;

  Directory() {
    const auto& os = offices();
    provs.resize(provinces().size());
    for (int i = 0; i < static_cast<int>(os.size()); ++i) {
      const auto& o = os[i];
      if (o.province < 0) continue;
      auto& p = provs[o.province];
      if (o.district >= 0 && static_cast<int>(p.districts.size()) <= o.district)
        p.districts.resize(o.district + 1);
      switch (o.kind) {
      case OfficeKind::LdldTinh:
        p.ldld = i;
        break;
      case OfficeKind::UbndTinh:
        p.ubnd = i;
        break;
      case OfficeKind::TinhUy:
        p.tinh_uy = i;
        break;
      case OfficeKind::Cdn:
        p.cdn.push_back(i);
        break;
      case OfficeKind::LdldHuyen:
        p.districts[o.district].ldld = i;
        break;
      case OfficeKind::UbndHuyen:
        p.districts[o.district].ubnd = i;
        break;
      case OfficeKind::HuyenUy:
        p.districts[o.district].huyen_uy = i;
        break;
      case OfficeKind::Cdcs:
        p.districts[o.district].cdcs.push_back(i);
        break;
      case OfficeKind::Tld:
        break;
      }
    }
  }
};

class Planner {
public:
  Planner(std::size_t limit, std::uint64_t seed) : limit_(limit), r_(seed) {}

  std::vector<PlannedDoc> run() {
    while (docs_.size() < limit_) {
      const int pick = r_.between(0, 99);
      if (pick < 40)
        union_campaign();
      else if (pick < 65)
        party_campaign();
      else if (pick < 82)
        policy_campaign();
      else
        rules_campaign();
    }
    // Citations point to earlier documents only, so cutting the tail keeps them whole.
    docs_.resize(limit_);
    return std::move(docs_);
  }

private:
  std::size_t limit_;
  Random r_;
  Directory dir_;
  std::vector<PlannedDoc> docs_;
  int theme_ = 0;
  /// The last provincial report of each (province, theme): next year's plan cites it, so that
  /// chains run over several years.
  std::map<std::pair<std::size_t, int>, std::size_t> last_report_;

  std::size_t add(int office, std::string type, Date date, std::vector<Citation> cites) {
    PlannedDoc d;
    d.office = office;
    d.type = std::move(type);
    d.theme = theme_;
    d.date = date.working_day();
    d.citations = std::move(cites);
    docs_.push_back(std::move(d));
    return docs_.size() - 1;
  }
  Date after(std::size_t doc, int lo, int hi) { return docs_[doc].date.plus(r_.between(lo, hi)); }
  Date after_all(const std::vector<std::size_t>& ds, int lo, int hi) {
    Date last = docs_[ds.front()].date;
    for (auto d : ds)
      if (last < docs_[d].date) last = docs_[d].date;
    return last.plus(r_.between(lo, hi));
  }
  static Citation ref(std::size_t target, std::string relation) {
    Citation c;
    c.target = target;
    c.relation = std::move(relation);
    return c;
  }
  /// External documents of the theme issued before `date`: basis laws or party documents.
  void externals(std::vector<Citation>& cites, const std::vector<int>& pool, Date date,
                 const std::string& relation, int how_many) {
    std::vector<int> seen;
    for (int k = 0; k < how_many && !pool.empty(); ++k) {
      const int e = r_.pick(pool);
      if (!(external_docs()[e].date < date)) continue;
      if (std::find(seen.begin(), seen.end(), e) != seen.end()) continue;
      seen.push_back(e);
      Citation c;
      c.external = e;
      c.relation = relation;
      cites.push_back(c);
    }
  }
  Date start_date() {
    return Date{kFirstYear + r_.between(0, kYears - 1), r_.between(1, 10), r_.between(1, 28)};
  }
  std::vector<std::size_t> distinct(std::size_t n, std::size_t k) {
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i) all[i] = i;
    return r_.sample(all, k);
  }
  const Theme& theme() const { return themes()[theme_]; }

  /// TLĐ → provincial LĐLĐ → district LĐLĐ → grassroots unions, and the reports back up.
  void union_campaign() {
    theme_ = static_cast<int>(r_.below(themes().size()));
    const Date d0 = start_date();
    std::vector<Citation> rc;
    externals(rc, theme().party, d0, "implements", r_.between(0, 2));
    externals(rc, theme().basis, d0, "based_on", r_.between(0, 2));
    static const std::vector<std::string> root_types = {"KH", "KH", "HD", "CT", "CTr", "NQ"};
    const std::size_t root = add(0, r_.pick(root_types), d0, rc);
    for (auto p : distinct(dir_.provs.size(), r_.between(1, 4))) {
      if (docs_.size() >= limit_) return;
      const auto& pr = dir_.provs[p];
      std::vector<Citation> pc = {ref(root, "implements")};
      externals(pc, theme().basis, docs_[root].date, "based_on", r_.between(0, 1));
      const Date plan_date = after(root, 5, 40);
      if (auto last = last_report_.find({p, theme_});
          last != last_report_.end() && docs_[last->second].date < plan_date)
        pc.push_back(ref(last->second, "cites"));
      const std::size_t plan = add(pr.ldld, "KH", plan_date, pc);
      std::optional<std::size_t> letter;
      if (r_.percent(35)) letter = add(pr.ldld, "", after(plan, 2, 12), {ref(plan, "implements")});
      std::vector<std::size_t> district_reports;
      for (auto di : distinct(pr.districts.size(), r_.between(0, 3))) {
        const auto& d = pr.districts[di];
        std::vector<Citation> dc = {ref(plan, "implements")};
        if (letter && r_.percent(50)) dc.push_back(ref(*letter, "implements"));
        const std::size_t dplan = add(d.ldld, "KH", after_all({plan}, 4, 20), dc);
        std::vector<std::size_t> below = {dplan};
        if (r_.percent(30))
          below.push_back(add(d.ldld, "TB", after(dplan, 2, 10), {ref(dplan, "implements")}));
        std::vector<Citation> rep = {ref(dplan, "implements")};
        if (r_.percent(40)) rep.push_back(ref(plan, "implements"));
        for (auto ci : distinct(d.cdcs.size(), r_.between(0, 2))) {
          const std::size_t cplan = add(d.cdcs[ci], r_.percent(70) ? "KH" : "CTr",
                                        after(dplan, 3, 15), {ref(dplan, "implements")});
          below.push_back(cplan);
          if (r_.percent(70)) {
            const std::size_t crep =
                add(d.cdcs[ci], "BC", after(cplan, 40, 90), {ref(cplan, "implements")});
            below.push_back(crep);
            rep.push_back(ref(crep, "cites"));
          }
        }
        if (r_.percent(75))
          district_reports.push_back(add(d.ldld, "BC", after_all(below, 5, 25), rep));
      }
      if (!pr.cdn.empty() && r_.percent(40))
        add(pr.cdn[r_.below(pr.cdn.size())], "KH", after(plan, 3, 20), {ref(plan, "implements")});
      std::vector<Citation> prc = {ref(root, "implements"), ref(plan, "implements")};
      std::vector<std::size_t> before = {plan};
      for (auto dr : district_reports) {
        prc.push_back(ref(dr, "cites"));
        before.push_back(dr);
      }
      if (r_.percent(80))
        last_report_[{p, theme_}] = add(pr.ldld, "BC", after_all(before, 5, 25), prc);
    }
  }

  /// Tỉnh ủy directive → UBND plan → LĐLĐ plan, Huyện ủy and UBND huyện plans, grassroots.
  void party_campaign() {
    theme_ = static_cast<int>(r_.below(themes().size()));
    const auto& pr = dir_.provs[r_.below(dir_.provs.size())];
    const Date d0 = start_date();
    std::vector<Citation> rc;
    externals(rc, theme().party, d0, "implements", r_.between(1, 2));
    const std::size_t ct = add(pr.tinh_uy, r_.percent(60) ? "CT" : "NQ", d0, rc);
    std::vector<Citation> uc = {ref(ct, "implements")};
    externals(uc, theme().basis, docs_[ct].date, "based_on", r_.between(0, 2));
    const std::size_t ukh = add(pr.ubnd, "KH", after(ct, 10, 40), uc);
    const std::size_t lkh =
        add(pr.ldld, "KH", after(ukh, 5, 20), {ref(ct, "implements"), ref(ukh, "implements")});
    for (auto di : distinct(pr.districts.size(), r_.between(0, 2))) {
      if (docs_.size() >= limit_) return;
      const auto& d = pr.districts[di];
      const std::size_t hkh = add(d.huyen_uy, "KH", after(ct, 10, 30), {ref(ct, "implements")});
      add(d.ubnd, "KH", after_all({ukh, hkh}, 5, 20),
          {ref(ukh, "implements"), ref(hkh, "implements")});
      const std::size_t lcv = add(d.ldld, "", after(lkh, 3, 15), {ref(lkh, "implements")});
      std::vector<Citation> rep = {ref(lkh, "implements")};
      std::vector<std::size_t> below = {lcv};
      if (!d.cdcs.empty() && r_.percent(60)) {
        const int c = d.cdcs[r_.below(d.cdcs.size())];
        const std::size_t ctr =
            add(c, "CTr", after(lcv, 3, 15), {ref(lcv, "implements"), ref(lkh, "implements")});
        const std::size_t crep = add(c, "BC", after(ctr, 20, 60), {ref(ctr, "implements")});
        below.push_back(crep);
        rep.push_back(ref(crep, "cites"));
      }
      if (r_.percent(60)) add(d.ldld, "BC", after_all(below, 5, 30), rep);
    }
    if (r_.percent(50))
      add(pr.ubnd, "", after(ukh, 30, 100), {ref(ct, "implements"), ref(ukh, "implements")});
  }

  /// A provincial decision, a proposal (Tờ trình) about it, the conclusion, the decision that
  /// replaces it, the union's guidance and the districts' reports.
  void policy_campaign() {
    theme_ = static_cast<int>(r_.below(themes().size()));
    const auto& pr = dir_.provs[r_.below(dir_.provs.size())];
    const Date d0 = start_date();
    std::vector<Citation> qc;
    externals(qc, theme().basis, d0, "based_on", r_.between(1, 3));
    const std::size_t q1 = add(pr.ubnd, "QĐ", d0, qc);
    std::vector<Citation> tc = {ref(q1, "cites")};
    externals(tc, theme().basis, docs_[q1].date.plus(30), "based_on", r_.between(0, 1));
    const std::size_t tt = add(pr.ldld, "TTr", after(q1, 30, 120), tc);
    const std::size_t tb =
        add(pr.ubnd, "TB", after(tt, 10, 30), {ref(tt, "cites"), ref(q1, "cites")});
    std::vector<Citation> q2c;
    externals(q2c, theme().basis, docs_[tb].date, "based_on", r_.between(1, 2));
    q2c.push_back(ref(tt, "cites"));
    q2c.push_back(ref(q1, "replaces"));
    const std::size_t q2 = add(pr.ubnd, "QĐ", after(tb, 30, 200), q2c);
    const std::size_t hd = add(pr.ldld, "HD", after(q2, 10, 40), {ref(q2, "implements")});
    for (auto di : distinct(pr.districts.size(), r_.between(0, 2))) {
      if (docs_.size() >= limit_) return;
      const auto& d = pr.districts[di];
      add(d.ubnd, "KH", after(q2, 10, 30), {ref(q2, "implements")});
      add(d.ldld, "BC", after(hd, 30, 90), {ref(hd, "implements"), ref(q2, "cites")});
    }
  }

  /// A union's own rules: the year's work programme, a regulation, its amendment, a district
  /// decision and its repeal, a sector union's proposal.
  void rules_campaign() {
    theme_ = static_cast<int>(r_.below(themes().size()));
    const std::size_t pi = r_.below(dir_.provs.size());
    const auto& pr = dir_.provs[pi];
    const int year = kFirstYear + r_.between(0, kYears - 1);
    std::vector<Citation> cc;
    externals(cc, {14, 16}, Date{year, 1, 5}, "implements", 1);
    const std::size_t ctr = add(pr.ldld, "CTr", Date{year, 1, r_.between(5, 25)}, cc);
    add(pr.ldld, "", after(ctr, 20, 60), {ref(ctr, "based_on")});
    std::vector<Citation> qc = {ref(ctr, "based_on")};
    externals(qc, {0, 1}, docs_[ctr].date, "based_on", 1);
    const std::size_t q = add(pr.ldld, "QĐ", after(ctr, 10, 60), qc);
    const std::size_t qa = add(pr.ldld, "QĐ", after(q, 60, 200), {ref(q, "amends")});
    if (!pr.districts.empty()) {
      const auto& d = pr.districts[r_.below(pr.districts.size())];
      const std::size_t dq = add(d.ldld, "QĐ", after(q, 5, 30), {ref(q, "based_on")});
      if (r_.percent(60)) add(d.ldld, "QĐ", after(dq, 20, 90), {ref(dq, "repeals")});
    }
    if (!pr.cdn.empty())
      add(pr.cdn[r_.below(pr.cdn.size())], "TTr", after(qa, 5, 40),
          {ref(q, "based_on"), ref(qa, "based_on")});
    if (r_.percent(50)) add(pr.ldld, "TB", after(qa, 5, 40), {ref(qa, "cites")});
  }
};

std::string pad2(int seq) {
  return seq < 10 ? "0" + std::to_string(seq) : std::to_string(seq);
}

std::string file_code(const std::string& type) {
  if (type.empty()) return "cv";
  std::string out = unicode::to_lower(type);
  if (out == "qđ") out = "qd";
  return out;
}

/// Numbers run per office and year, in date order; công văn on their own series, party
/// documents per type. Gaps stand for the documents not in this archive.
void number_documents(std::vector<PlannedDoc>& docs, Random& r) {
  const auto& os = offices();
  std::map<std::tuple<int, int, std::string>, std::vector<std::size_t>> series;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto& d = docs[i];
    const Office& o = os[d.office];
    std::string s = o.party ? d.type : (d.type.empty() ? "CV" : "main");
    series[{d.office, d.date.y, s}].push_back(i);
  }
  for (auto& [key, list] : series) {
    std::stable_sort(list.begin(), list.end(),
                     [&](std::size_t a, std::size_t b) { return docs[a].date < docs[b].date; });
    const Office& o = os[std::get<0>(key)];
    const bool big = o.kind == OfficeKind::UbndTinh || o.kind == OfficeKind::UbndHuyen;
    int seq = big ? r.between(20, 400) : r.between(0, 6);
    for (auto i : list) {
      seq += big ? r.between(3, 90) : r.between(1, 9);
      auto& d = docs[i];
      d.seq = seq;
      if (o.party)
        d.number = pad2(seq) + "-" + d.type + "/" + o.code;
      else if (d.type.empty())
        d.number = pad2(seq) + "/" + o.code;
      else
        d.number = pad2(seq) + "/" + d.type + "-" + o.code;
      char name[32];
      std::snprintf(name, sizeof name, "%05d-", seq);
      d.path = o.slug + "/" + std::to_string(d.date.y) + "/" + name + file_code(d.type) + ".md";
    }
  }
}

void choose_layouts(std::vector<PlannedDoc>& docs, Random& r) {
  for (auto& d : docs) {
    const int p = r.between(0, 99);
    d.layout = p < 25   ? Layout::Table
               : p < 45 ? Layout::Bold
               : p < 63 ? Layout::Heading
               : p < 75 ? Layout::Plain
                        : Layout::Absent;
    d.seed = r.next();
    // About 2–3 % of files each: the encodings and the noise of real archives.
    d.variants.nfd = r.per_mille(25);
    d.variants.crlf = r.per_mille(25);
    d.variants.old_tones = r.per_mille(25);
    d.variants.bom = r.per_mille(25);
    d.variants.ocr = r.per_mille(25);
  }
}

/// Undated and issuer-implied citations where the resolver can still find the target;
/// elsewhere the full form with date. Two documents of one number in one citing document both
/// keep their dates (vanban merges an undated mention into a dated one of the same number), and
/// a citation of the document's own number and date is dropped (vanban takes it for the
/// document itself).
void choose_forms(Plan& plan, Random& r) {
  auto& docs = plan.docs;
  const CitationCheck check(docs);
  const auto& os = offices();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto& citing = docs[i];
    std::erase_if(citing.citations, [&](const Citation& c) {
      return c.target && docs[*c.target].number == citing.number &&
             docs[*c.target].date.iso() == citing.date.iso();
    });
    std::map<std::string, int> per_number;
    for (const auto& c : citing.citations)
      if (c.target) ++per_number[docs[*c.target].number];
    for (auto& c : citing.citations) {
      if (!c.target) {
        c.dated = r.percent(85);
        c.form = IssuerForm::Full;
        continue;
      }
      const PlannedDoc& target = docs[*c.target];
      const Office& to = os[target.office];
      const Office& from = os[citing.office];
      const bool same_number = per_number[target.number] > 1 || target.number == citing.number;
      const bool same_area = to.province >= 0 && to.province == from.province &&
                             (to.district < 0 || to.district == from.district);
      // The wished form, then the resolver decides whether it still finds the target.
      const int p = r.between(0, 99);
      IssuerForm form = p < 45   ? IssuerForm::Full
                        : p < 65 ? IssuerForm::Short
                        : p < 85 ? IssuerForm::Implied
                                 : IssuerForm::None;
      if (form == IssuerForm::Implied && (to.cite_implied.empty() || !same_area))
        form = IssuerForm::Short;
      bool dated = same_number || r.percent(80);
      if (!check.resolves(i, *c.target, dated, to.cited_as(form))) {
        ++plan.stats.downgraded;
        form = IssuerForm::Full;
        dated = true;
        if (!check.resolves(i, *c.target, dated, to.cited_as(form))) ++plan.stats.unresolvable;
      }
      c.form = form;
      c.dated = dated;
      plan.stats.undated += !dated;
      plan.stats.implied += form == IssuerForm::Implied;
    }
  }
}

} // namespace

Plan make_plan(std::size_t n, std::uint64_t seed) {
  Plan plan;
  Random r(Random::mix(seed, 0x706C616E)); // "plan"
  plan.docs = Planner(n, r.next()).run();
  number_documents(plan.docs, r);
  choose_layouts(plan.docs, r);
  choose_forms(plan, r);
  return plan;
}

} // namespace vanban::gen
