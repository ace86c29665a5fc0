// Resolution of citations: number → date → issuer, never a guess between equals.
#include "vanban/resolve.hpp"

#include "issuer_profile.hpp"
#include "vanban/text/name_fold.hpp"
#include "vanban/text/number_key.hpp"
#include "vanban/text/text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>

namespace vanban::graph {

struct Resolver::Impl {
  struct Entry {
    std::string id;
    std::optional<std::string> date;
    std::uint32_t issuer = 0; ///< index into profiles
  };
  /// Every distinct issuer profile once: one office issues thousands of the archive's documents,
  /// and a profile per entry (its name words each a string) took about 35 MB of the graph
  /// rebuild's peak at 100,000 documents.
  std::vector<IssuerProfile> profiles;
  std::unordered_map<std::string, std::uint32_t> profile_of_key;

  std::uint32_t intern(IssuerProfile p) {
    std::string key = seat_key(p);
    // '\x1f' cannot be in a folded name; '\x01' stands for an unknown area or province.
    key += '\x1f' + std::to_string(p.level ? static_cast<int>(*p.level) : -1);
    key += '\x1f' + p.area.value_or("\x01") + '\x1f' + p.province.value_or("\x01");
    auto [it, inserted] = profile_of_key.emplace(std::move(key), profiles.size());
    if (inserted) profiles.push_back(std::move(p));
    return it->second;
  }
  std::unordered_map<std::string, std::vector<Entry>> by_number;
  /// Laws and codes by type and title ("Luật|tochucchinhphu"): central documents cite them so.
  std::unordered_map<std::string, std::vector<Entry>> by_title;
  /// Where each named body is, learnt from headers that say both ("CÔNG ĐOÀN CƠ SỞ CÔNG TY … /
  /// LIÊN ĐOÀN LAO ĐỘNG HUYỆN HẢI HÀ"), so that a citation naming the body but not its district
  /// still rules out a headerless namesake's number elsewhere. A name seen in two areas places
  /// nothing (nullopt).
  std::unordered_map<std::string, std::optional<IssuerProfile>> seats;

  static std::string seat_key(const IssuerProfile& p) {
    std::string key = std::to_string(p.kind ? static_cast<int>(*p.kind) : -1); // this process only
    for (const auto& w : p.name) key += ' ' + w;
    return key;
  }
  void learn_seat(const IssuerProfile& p) {
    if (!p.kind || p.name.empty() || !p.area) return;
    auto [it, inserted] = seats.emplace(seat_key(p), p);
    if (!inserted && it->second && it->second->area != p.area) it->second.reset();
  }
  void place_by_seat(IssuerProfile& cited) const {
    if (!cited.kind || cited.name.empty() || cited.area) return;
    auto it = seats.find(seat_key(cited));
    if (it == seats.end() || !it->second) return;
    cited.area = it->second->area;
    cited.province = it->second->province;
    if (!cited.level) cited.level = it->second->level;
  }
  /// The profile of the document whose references are being resolved: they come one document at a
  /// time, so only the last is kept (a profile of every citing document was 20 MB of the graph
  /// rebuild's peak at 100,000 documents). resolve is const but not thread-safe.
  mutable std::optional<std::pair<std::string, IssuerProfile>> citing_profile;
};

Resolver::Resolver() : impl_(std::make_unique<Impl>()) {}
Resolver::~Resolver() = default;
Resolver::Resolver(Resolver&&) noexcept = default;
Resolver& Resolver::operator=(Resolver&&) noexcept = default;

std::string Resolver::title_key(const std::string& type, const std::string& title) {
  // Folded words joined without spaces: OCR splits words ("Chính ph ủ") but keeps letters.
  std::string key = type + "|";
  for (const auto& w : text::name_words(title)) key += w;
  return key;
}

void Resolver::add(const std::string& id, const Document& doc) {
  if (doc.type && doc.subject && doc.subject->rfind(*doc.type + " ", 0) == 0) {
    // "Luật Đất đai": the title a citation by title names ("Luật Đất đai ngày 18 tháng 01 …").
    const std::string title = doc.subject->substr(doc.type->size() + 1);
    // A title entry has no issuer: resolve_title never reads it.
    impl_->by_title[title_key(*doc.type, title)].push_back({id, doc.date, 0});
  }
  if (!doc.number) return;
  IssuerProfile issuer = profile_of_document(doc);
  impl_->learn_seat(issuer);
  const std::uint32_t profile = impl_->intern(std::move(issuer));
  impl_->by_number[number_key(doc.number->text)].push_back({id, doc.date, profile});
}

namespace {

std::string year_of(const std::string& iso) {
  return iso.substr(0, 4);
}

} // namespace

Resolution Resolver::resolve(const std::string& citing_id, const Document& citing,
                             const Reference& ref) const {
  Resolution out;
  if (ref.number.empty()) return resolve_title(citing_id, ref);
  auto it = impl_->by_number.find(number_key(ref.number));
  if (it == impl_->by_number.end()) return out;

  std::vector<const Impl::Entry*> c;
  for (const auto& e : it->second)
    if (e.id != citing_id) c.push_back(&e);

  // Narrow only when the narrower set is not empty; an empty result means "no such document".
  auto narrow = [&](auto keep) {
    std::vector<const Impl::Entry*> kept;
    for (const auto* e : c)
      if (keep(*e)) kept.push_back(e);
    c = std::move(kept);
  };
  if (ref.date) {
    std::vector<const Impl::Entry*> before = c;
    narrow([&](const Impl::Entry& e) { return e.date == ref.date; });
    if (c.empty()) {
      // A date off by a typo still names the year: numbers restart every 1 January.
      c = std::move(before);
      narrow(
          [&](const Impl::Entry& e) { return e.date && year_of(*e.date) == year_of(*ref.date); });
    }
  } else if (citing.date) {
    // An undated citation cannot mean a document issued after the citing one.
    narrow([&](const Impl::Entry& e) { return !e.date || *e.date <= *citing.date; });
  }
  if (ref.issuer && !c.empty()) {
    // The citing document's profile is the same for all its references: computed once.
    auto& cached = impl_->citing_profile;
    if (!cached || cached->first != citing_id)
      cached.emplace(citing_id, profile_of_document(citing));
    IssuerProfile cited = profile_of_citation(*ref.issuer, cached->second);
    impl_->place_by_seat(cited);
    narrow([&](const Impl::Entry& e) { return impl_->profiles[e.issuer].compatible(cited); });
  }
  if (c.size() > 1 && !ref.date && citing.date) {
    // Undated and still tied: the one issued in the citing document's own year, if it alone is.
    std::vector<const Impl::Entry*> same_year;
    for (const auto* e : c)
      if (e->date && year_of(*e->date) == year_of(*citing.date)) same_year.push_back(e);
    if (same_year.size() == 1) c = std::move(same_year);
  }
  if (c.empty()) return out;
  for (const auto* e : c) out.ids.push_back(e->id);
  std::sort(out.ids.begin(), out.ids.end());
  out.kind = c.size() == 1 ? Resolution::Kind::Resolved : Resolution::Kind::Ambiguous;
  return out;
}

Resolution Resolver::resolve_title(const std::string& citing_id, const Reference& ref) const {
  Resolution out;
  if (!ref.type || !ref.title) return out;
  auto it = impl_->by_title.find(title_key(*ref.type, *ref.title));
  if (it == impl_->by_title.end()) return out;
  // A title names every version of a law ("Luật Đất đai" of 2013 and of 2024): the date, when
  // the citation gives one, must be the law's own.
  for (const auto& e : it->second)
    if (e.id != citing_id && (!ref.date || e.date == ref.date)) out.ids.push_back(e.id);
  if (out.ids.empty()) return out;
  std::sort(out.ids.begin(), out.ids.end());
  out.kind = out.ids.size() == 1 ? Resolution::Kind::Resolved : Resolution::Kind::Ambiguous;
  return out;
}

} // namespace vanban::graph
