// The units of an archive (its issuing bodies) and how an addressee's words name them.
#include "issuer_profile.hpp"
#include "vanban/follow_up.hpp"
#include "vanban/text/name_fold.hpp"
#include "vanban/text/text.hpp"

#include <algorithm>
#include <map>

namespace vanban::graph {
// The types UnitDirectory::Impl holds: in a named namespace, as Impl itself has external linkage.
namespace unit_directory {

struct UnitRecord {
  IssuerProfile profile;
  std::string name;
};

/// Looked up with a string_view as well: a graph edge names its documents by views.
struct IdHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
/// Document id → unit.
using UnitOfDocument = std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>>;

} // namespace unit_directory
using unit_directory::UnitOfDocument;
using unit_directory::UnitRecord;

namespace {

/// Levels from the top: a collective entry names units below or at its writer's level. No level
/// ranks below every level.
int rank(const std::optional<IssuerLevel>& level) {
  return level ? static_cast<int>(*level) : static_cast<int>(kIssuerLevels);
}
constexpr int kCentralRank = static_cast<int>(IssuerLevel::Central);
constexpr int kProvinceRank = static_cast<int>(IssuerLevel::Province);
constexpr int kDistrictRank = static_cast<int>(IssuerLevel::District);

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

/// An optional enum as a key's field: its number, or "-" for none.
template <typename Enum> std::string key_field(const std::optional<Enum>& e) {
  return e ? std::to_string(static_cast<int>(*e)) : "-";
}

/// The key of a unit within this process (never stored): equal profiles, equal keys.
std::string key_of(const IssuerProfile& p) {
  return key_field(p.kind) + "|" + key_field(p.level) + "|" + p.area.value_or("") + "|" +
         join(p.name);
}

/// The key of a named body by kind and name, for how other documents write it.
std::string written_key(IssuerKind kind, const std::vector<std::string>& name) {
  return std::to_string(static_cast<int>(kind)) + "|" + join(name);
}

/// How a clerk writes each kind before the level and area (data/issuer_words.json).
const std::string& kind_label(IssuerKind kind) {
  return issuer_words().label(kind);
}

/// "tam đường" → "Tam Đường".
std::string title_words(const std::string& folded) {
  std::string out;
  for (auto w : text::split(folded, ' ')) out += (out.empty() ? "" : " ") + text::sentence_case(w);
  return out;
}

bool has_vowel(const std::string& word) {
  return text::name_words(word).empty() ||
         text::name_words(word).front().find_first_of("aeiouy") != std::string::npos;
}

/// An organ phrase a named unit's name may start with, printed as its kind's label.
struct Relabel {
  IssuerKind kind;
  std::string phrase; ///< lower case, as written in data/issuer_words.json
  std::size_t words;  ///< the phrase's words: where the unit's own name starts
};

const std::vector<Relabel>& relabelled_organs() {
  static const std::vector<Relabel> organs = [] {
    std::vector<Relabel> out;
    for (const auto& o : issuer_words().organs)
      if (o.relabel) {
        const std::string low = text::to_lower(o.phrase);
        out.push_back({o.kind, low, text::split(low, ' ').size()});
      }
    return out;
  }();
  return organs;
}

/// A header name in capitals read as a clerk writes it: the organ phrase and the name's first
/// word capitalised, acronyms (THCS, CP: no vowel) kept, the area's words capitalised, the rest
/// in lower case ("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH LAI CHÂU" → "Công đoàn ngành Y tế tỉnh Lai Châu").
std::string readable_header(const std::string& header, const IssuerProfile& p) {
  if (!text::is_upper(header)) return header;
  std::vector<std::string> area;
  if (p.area)
    for (auto w : text::split(*p.area, ' ')) area.emplace_back(w);
  const std::string low = text::to_lower(header);
  std::size_t name_start = 0;
  for (const auto& o : relabelled_organs())
    if (low.rfind(o.phrase, 0) == 0) name_start = o.words;
  std::string out;
  std::size_t i = 0;
  for (auto w : text::split(header, ' ')) {
    std::string word(w), lower = text::to_lower(w);
    const bool in_area = std::find(area.begin(), area.end(), text::fold_tones(lower)) != area.end();
    if (!has_vowel(word))
      ; // an acronym, as written
    else if (i == 0 || i == name_start || in_area)
      word = text::sentence_case(lower);
    else
      word = lower;
    out += (out.empty() ? "" : " ") + word;
    ++i;
  }
  return out;
}

/// The organ phrase a named unit's name starts with, replaced by its label.
std::string named_unit_name(const IssuerProfile& p, const std::string& written) {
  const std::string low = text::to_lower(written);
  for (const auto& o : relabelled_organs())
    if (low.rfind(o.phrase, 0) == 0 && p.kind == o.kind)
      return kind_label(o.kind) + written.substr(o.phrase.size());
  return written;
}

std::string display_name(const IssuerProfile& p, const std::optional<std::string>& header,
                         const std::optional<std::string>& written) {
  if (!p.name.empty() && written) return named_unit_name(p, *written);
  if (!p.name.empty() && header) return named_unit_name(p, readable_header(*header, p));
  if (!p.kind) return header.value_or("");
  std::string out = kind_label(*p.kind);
  if (p.level && *p.level != IssuerLevel::Central && !is_party_committee(*p.kind))
    out += " " + issuer_words().word(*p.level);
  if (p.area && *p.kind != IssuerKind::Tld) out += " " + title_words(*p.area);
  return out;
}

/// Reads one comma-separated part; a part without an organ of its own continues the previous
/// part's ("TP" after "LĐLĐ các huyện", "Mường Tè" after "LĐLĐ huyện Phong Thổ"). Nothing when
/// the part names no kind of body ("Các sở, ban, ngành", "Chi bộ").
/// The phrase each kind that has named bodies is written with, folded.
const std::map<IssuerKind, std::string>& organ_phrases() {
  static const std::map<IssuerKind, std::string> phrases = [] {
    std::map<IssuerKind, std::string> out;
    for (const auto& o : issuer_words().organs) out.emplace(o.kind, text::fold_tones(o.phrase));
    return out;
  }();
  return phrases;
}

/// "Các CĐCS trực thuộc", "Các công đoàn cơ sở doanh nghiệp": words after the organ in lower
/// case say which bodies, they do not name one; a body's own name is capitalised ("Công đoàn cơ
/// sở Công ty Cổ phần Thủy điện Nậm Na", "CĐCS Trường THCS …").
bool names_a_body(const std::string& part, IssuerKind kind) {
  auto phrase = organ_phrases().find(kind);
  if (phrase == organ_phrases().end()) return true;
  std::vector<std::string> cased, folded, organ;
  const std::string expanded = text::expand_abbreviations(part); // split() views into it
  for (auto w : text::split(expanded, ' ')) {
    cased.emplace_back(w);
    folded.push_back(text::fold_tones(w));
  }
  for (auto w : text::split(phrase->second, ' ')) organ.emplace_back(w);
  std::size_t after = 0;
  for (std::size_t i = 0; i + organ.size() <= folded.size(); ++i)
    if (std::equal(organ.begin(), organ.end(), folded.begin() + static_cast<long>(i)))
      after = i + organ.size();
  for (std::size_t i = after; i < cased.size(); ++i)
    if (text::upper_at(cased[i], 0)) return true;
  return false;
}

std::optional<IssuerProfile> read_part(const std::string& part,
                                       const std::optional<IssuerProfile>& previous) {
  IssuerProfile p = profile_of_text(part);
  if (p.kind && !p.name.empty() && !names_a_body(part, *p.kind)) p.name.clear();
  if (p.kind) return p;
  if (!previous || !previous->kind) return std::nullopt;
  if (!p.level && text::upper_at(part, 0)) {
    const IssuerLevel level =
        previous->level == IssuerLevel::Province ? IssuerLevel::Province : IssuerLevel::District;
    IssuerProfile q = profile_of_text(kind_label(*previous->kind) + " " +
                                      issuer_words().word(level) + " " + part);
    if (q.area) return q;
  }
  if (!p.level) return std::nullopt;
  p.kind = previous->kind;
  // A bare level word lists more bodies of the previous part's level: "TP" after "LĐLĐ các
  // huyện" is a city of the province, "thành phố" after "LĐLĐ các tỉnh" a city of the centre.
  if (!p.area && previous->level) p.level = previous->level;
  return p;
}

/// "LĐLĐ các huyện, TP, CĐN, CĐVC tỉnh" → LĐLĐ huyện, LĐLĐ (thành phố), CĐN, CĐVC tỉnh;
/// "Liên đoàn Lao động các huyện: Tam Đường, Phong Thổ" → the two districts' LĐLĐ (the head
/// before ':' only says what the list after it names).
std::vector<IssuerProfile> segments(std::string_view addressee) {
  std::string s(addressee);
  for (const auto& joiner : issuer_words().list_joiners) {
    const std::string spaced = " " + joiner + " ";
    for (std::size_t at; (at = s.find(spaced)) != std::string::npos;)
      s.replace(at, spaced.size(), ",");
  }
  for (std::size_t at; (at = s.find(';')) != std::string::npos;) s[at] = ',';
  std::string head, tail = s;
  if (auto colon = s.find(':'); colon != std::string::npos) {
    head = s.substr(0, colon);
    tail = s.substr(colon + 1);
  }
  std::optional<IssuerProfile> previous;
  if (!head.empty()) previous = read_part(std::string(text::trim(head)), std::nullopt);
  std::vector<IssuerProfile> out;
  for (auto part : text::split(tail, ',')) {
    const std::string seg(text::trim(part));
    if (seg.empty()) continue;
    previous = read_part(seg, previous);
    if (previous) out.push_back(*previous);
  }
  return out;
}

} // namespace

struct UnitDirectory::Impl {
  std::vector<UnitRecord> units;
  std::unordered_map<std::string, std::size_t> by_key;
  UnitOfDocument by_doc;
  std::unordered_map<IssuerKind, std::vector<std::size_t>> by_kind;
  std::vector<std::optional<std::string>> headers; ///< a header name seen for each unit
  /// How other documents write a named body in lower case ("Công đoàn cơ sở Công ty Cổ phần
  /// Thủy điện Nậm Na" in a Kính gửi), by kind and name: headers are in capitals.
  std::unordered_map<std::string, std::string> written;
  /// Who signed each document of a unit that has no name of its own, and which named units each
  /// signer signed for (by kind, level and area): the chair signs for one body all year, so a
  /// headerless document goes to the body its signer signs for.
  std::unordered_map<std::string, std::string> nameless_signer;
  std::unordered_map<std::string, std::vector<std::size_t>> signs_for;

  std::size_t unit_for(const IssuerProfile& p, const std::optional<std::string>& header) {
    const std::string key = key_of(p);
    auto [it, added] = by_key.emplace(key, units.size());
    if (added) {
      units.push_back({p, {}});
      headers.push_back(header);
      if (p.kind) by_kind[*p.kind].push_back(it->second);
    } else if (!headers[it->second] && header) {
      headers[it->second] = header;
    }
    return it->second;
  }

  /// True when unit `u` lies inside the area of `from` (any unit for a central writer).
  bool inside(const UnitRecord& u, const UnitRecord* from) const {
    if (!from) return true;
    switch (rank(from->profile.level)) {
    case kCentralRank:
      return true;
    case kProvinceRank:
      return from->profile.province && u.profile.province == from->profile.province;
    default:
      return from->profile.area && u.profile.area == from->profile.area &&
             rank(u.profile.level) >= kDistrictRank;
    }
  }

  bool matches(const UnitRecord& u, const IssuerProfile& seg, const UnitRecord* from) const {
    const IssuerProfile& p = u.profile;
    if (seg.level && p.level != seg.level) return false;
    if (seg.area) {
      // A named area: that body, wherever the writer sits.
      if (p.area != seg.area) return false;
      return !text::names_differ(p.name, seg.name);
    }
    if (!seg.name.empty()) return text::words_within(seg.name, p.name) && inside(u, from);
    if (seg.level && from && rank(seg.level) < rank(from->profile.level)) {
      // "Thường trực LĐLĐ tỉnh" written in a district: the province above it.
      if (rank(seg.level) == kCentralRank) return true;
      return from->profile.province && p.province == from->profile.province;
    }
    return inside(u, from);
  }
};

UnitDirectory::UnitDirectory() : impl_(std::make_unique<Impl>()) {}
UnitDirectory::~UnitDirectory() = default;
UnitDirectory::UnitDirectory(UnitDirectory&&) noexcept = default;
UnitDirectory& UnitDirectory::operator=(UnitDirectory&&) noexcept = default;

void UnitDirectory::add(const std::string& id, const Document& doc) {
  IssuerProfile p = profile_of_document(doc);
  if (!p.kind && !doc.issuer) return; // nothing says who issued it
  // A central body's headerless documents say no level: the same body as its headed ones.
  if (p.kind && !p.level && is_central_kind(*p.kind)) p.level = IssuerLevel::Central;
  std::optional<std::string> header;
  if (doc.issuer && !doc.issuer->name.empty()) header = doc.issuer->name;
  if (!p.kind) p.name = text::name_words(header.value_or(""));
  const std::size_t unit = impl_->unit_for(p, header);
  impl_->by_doc[id] = unit;
  if (doc.signer && !doc.signer->name.empty() && p.kind) {
    IssuerProfile bare = p;
    bare.name.clear();
    const std::string key = key_of(bare) + "|" + doc.signer->name;
    if (p.name.empty()) {
      impl_->nameless_signer.emplace(id, key);
    } else {
      auto& list = impl_->signs_for[key];
      if (std::find(list.begin(), list.end(), unit) == list.end()) list.push_back(unit);
    }
  }
  for (const auto& r : doc.recipients) {
    if (text::is_upper(r.name)) continue;
    const IssuerProfile named = profile_of_text(r.name);
    if (named.kind && !named.name.empty())
      impl_->written.emplace(written_key(*named.kind, named.name), r.name);
  }
}

namespace {

/// A headerless document of a body whose kind and area several named bodies share (two CĐCS in
/// one district) belongs to the one whose document it cites: a report implements its own plan.
void attribute_by_citations(UnitOfDocument& by_doc, const std::vector<UnitRecord>& units,
                            const std::unordered_map<std::string, std::vector<std::size_t>>& named,
                            const CitationGraph& g) {
  for (auto& [doc, u] : by_doc) {
    const auto& p = units[u].profile;
    if (!p.name.empty() || !p.kind) continue;
    auto twins = named.find(key_of(p));
    if (twins == named.end() || twins->second.size() < 2) continue;
    for (std::size_t ei : g.outgoing(doc)) {
      auto cited = by_doc.find(g.edges()[ei].to);
      if (cited == by_doc.end()) continue;
      const auto& list = twins->second;
      if (std::find(list.begin(), list.end(), cited->second) != list.end()) {
        u = cited->second;
        break;
      }
    }
  }
}

/// Districts that data/places.json does not place: their province is the one whose provincial
/// bodies their documents cite most (a district plan implements the province's).
void place_by_citations(std::vector<UnitRecord>& units, const UnitOfDocument& by_doc,
                        const CitationGraph& g) {
  std::unordered_map<std::string, std::map<std::string, std::size_t>> votes; // area → province
  for (const auto& e : g.edges()) {
    if (e.ambiguous) continue;
    auto from = by_doc.find(e.from), to = by_doc.find(e.to);
    if (from == by_doc.end() || to == by_doc.end()) continue;
    const auto &f = units[from->second].profile, &t = units[to->second].profile;
    if (f.area && !f.province && rank(f.level) == kDistrictRank && t.province &&
        rank(t.level) == kProvinceRank)
      ++votes[*f.area][*t.province];
  }
  for (auto& u : units) {
    auto& p = u.profile;
    if (p.province || !p.area || rank(p.level) != kDistrictRank) continue;
    auto it = votes.find(*p.area);
    if (it == votes.end()) continue;
    p.province = std::max_element(it->second.begin(), it->second.end(), [](auto& a, auto& b) {
                   return a.second < b.second;
                 })->first;
  }
}

} // namespace

void UnitDirectory::finish(const CitationGraph* graph) {
  auto& d = *impl_;
  // Named units by kind, level and area: where exactly one exists, its nameless twin is it.
  std::unordered_map<std::string, std::vector<std::size_t>> named;
  for (std::size_t u = 0; u < d.units.size(); ++u) {
    const auto& p = d.units[u].profile;
    if (!p.name.empty() && p.kind) {
      IssuerProfile bare = p;
      bare.name.clear();
      named[key_of(bare)].push_back(u);
    }
  }
  std::vector<std::size_t> merged_into(d.units.size());
  for (std::size_t u = 0; u < d.units.size(); ++u) {
    merged_into[u] = u;
    const auto& p = d.units[u].profile;
    if (!p.name.empty() || !p.kind) continue;
    auto it = named.find(key_of(p));
    if (it != named.end() && it->second.size() == 1) merged_into[u] = it->second.front();
  }
  for (auto& [id, u] : d.by_doc) u = merged_into[u];
  for (const auto& [doc, key] : d.nameless_signer) {
    auto it = d.signs_for.find(key);
    if (it != d.signs_for.end() && it->second.size() == 1) d.by_doc[doc] = it->second.front();
  }
  if (graph) {
    attribute_by_citations(d.by_doc, d.units, named, *graph);
    place_by_citations(d.units, d.by_doc, *graph);
  }
  // A unit left without documents (merged into its named twin) is no longer a unit to list; nor
  // is a nameless one that several named bodies share: its documents are one of theirs, which
  // nothing tells, and listing it as a body of its own would name a body that does not exist.
  std::vector<bool> listed(d.units.size(), false);
  for (const auto& [id, u] : d.by_doc) listed[u] = true;
  for (std::size_t u = 0; u < d.units.size(); ++u) {
    const auto& p = d.units[u].profile;
    if (p.name.empty() && p.kind && named.count(key_of(p))) listed[u] = false;
  }
  for (auto& [kind, list] : d.by_kind)
    std::erase_if(list, [&](std::size_t u) { return !listed[u]; });
  d.nameless_signer.clear();
  d.signs_for.clear();
  for (std::size_t u = 0; u < d.units.size(); ++u) {
    const auto& p = d.units[u].profile;
    std::optional<std::string> written;
    if (p.kind && !p.name.empty())
      if (auto it = d.written.find(written_key(*p.kind, p.name)); it != d.written.end())
        written = it->second;
    d.units[u].name = display_name(p, d.headers[u], written);
  }
}

std::size_t UnitDirectory::size() const {
  return impl_->units.size();
}

const std::string& UnitDirectory::name(std::size_t unit) const {
  return impl_->units.at(unit).name;
}

std::optional<std::size_t> UnitDirectory::unit_of(std::string_view doc_id) const {
  auto it = impl_->by_doc.find(doc_id);
  if (it == impl_->by_doc.end()) return std::nullopt;
  return it->second;
}

std::vector<std::size_t> UnitDirectory::named_by(std::string_view addressee,
                                                 std::optional<std::size_t> from) const {
  const auto& d = *impl_;
  const UnitRecord* writer = from ? &d.units.at(*from) : nullptr;
  std::vector<std::size_t> out;
  for (const auto& seg : segments(addressee)) {
    auto it = d.by_kind.find(*seg.kind);
    if (it == d.by_kind.end()) continue;
    for (std::size_t u : it->second)
      if (d.matches(d.units[u], seg, writer)) out.push_back(u);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::size_t>& AddresseeCache::named_by(const std::string& addressee,
                                                         std::optional<std::size_t> from) {
  std::string key = (from ? std::to_string(*from) : "-") + "\t" + addressee;
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  return cache_.emplace(std::move(key), units_.named_by(addressee, from)).first->second;
}

} // namespace vanban::graph
