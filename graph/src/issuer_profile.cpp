// Reads issuer names (full or abbreviated) into comparable profiles, with data/places.json and
// data/issuer_words.json.
#include "issuer_profile.hpp"

#include "vanban/text/name_fold.hpp"
#include "vanban/text/text.hpp"
#include "vanban_graph_data.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace vanban::graph {
namespace {

/// The profile cache is cleared past this size, so that OCR noise cannot grow it without bound.
constexpr std::size_t kMaxCachedProfiles = 100000;

struct Places {
  std::unordered_map<std::string, std::string> province_of; ///< district → province, folded
  std::unordered_map<std::string, bool> is_province;
};

const Places& places() {
  static const Places p = [] {
    Places out;
    const auto j = nlohmann::json::parse(embedded::data_places());
    for (const auto& prov : j.at("provinces")) {
      std::string name = text::fold_tones(prov.at("name").get<std::string>());
      out.is_province[name] = true;
      for (const auto& d : prov.at("districts"))
        out.province_of[text::fold_tones(d.get<std::string>())] = name;
    }
    return out;
  }();
  return p;
}

/// An issuer name as words: as written (abbreviations spelt out) for capitals, and folded
/// (text::fold_tones) for matching, so that "UỶ BAN" and "Ủy ban", "HOÁ" and "Hóa" agree.
struct Words {
  std::vector<std::string> cased;
  std::vector<std::string> folded;

  /// Index of the first word of `phrase` (folded words) at or after `from`, or npos.
  std::size_t find(const std::vector<std::string>& phrase, std::size_t from = 0) const {
    for (std::size_t i = from; i + phrase.size() <= folded.size(); ++i)
      if (std::equal(phrase.begin(), phrase.end(), folded.begin() + static_cast<long>(i))) return i;
    return std::string::npos;
  }
  bool capitalised(std::size_t i) const { return i < cased.size() && text::upper_at(cased[i], 0); }
  std::string folded_join(std::size_t begin, std::size_t end) const {
    std::string out;
    for (std::size_t i = begin; i < end; ++i) out += (i > begin ? " " : "") + folded[i];
    return out;
  }
};

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  for (auto w : text::split(s, ' ')) out.emplace_back(w);
  return out;
}

Words words_of(std::string_view issuer) {
  const std::string cased = text::expand_abbreviations(issuer);
  // Case folding and tone placement keep the spaces, so the two lists stay word for word.
  return {split_words(cased), split_words(text::fold_tones(cased))};
}

/// A phrase in the folded form of Words, from its usual spelling.
std::vector<std::string> phrase(std::string_view s) {
  return split_words(text::fold_tones(s));
}

/// The phrases of a list of data/issuer_words.json, in the folded form of Words.
std::vector<std::vector<std::string>> folded_phrases(const std::vector<std::string>& list) {
  std::vector<std::vector<std::string>> out;
  for (const auto& e : list) out.push_back(phrase(e));
  return out;
}

struct KindPhrase {
  std::vector<std::string> words;
  IssuerKind kind;
};

struct Kind {
  IssuerKind kind;
  std::size_t end; ///< the word after the last occurrence of the organ phrase
};

std::optional<Kind> kind_of(const Words& w) {
  // In the order of the data, most specific first: "tổng liên đoàn" contains "liên đoàn lao động".
  static const std::vector<KindPhrase> kinds = [] {
    std::vector<KindPhrase> out;
    for (const auto& k : issuer_words().kinds) out.push_back({phrase(k.phrase), k.kind});
    return out;
  }();
  for (const auto& k : kinds) {
    std::size_t at = w.find(k.words);
    if (at == std::string::npos) continue;
    // "Liên đoàn Lao động (LĐLĐ) tỉnh …" spells the phrase twice: the name follows the last.
    for (std::size_t next; (next = w.find(k.words, at + 1)) != std::string::npos;) at = next;
    return Kind{k.kind, at + k.words.size()};
  }
  return std::nullopt;
}

/// The capitalised words from `begin` (header names are all capitals, so all their words count).
std::size_t capitalised_run(const Words& w, std::size_t begin) {
  std::size_t end = begin;
  while (w.capitalised(end)) ++end;
  return end;
}

bool level_word_at(const Words& w, std::size_t i) {
  static const std::vector<std::vector<std::string>> levels =
      folded_phrases(issuer_words().area_words);
  for (const auto& l : levels)
    if (w.find(l, i) == i) return true;
  return false;
}

/// "… tỉnh Lai Châu" → ("tỉnh", "lai châu"): the area is the run of capitalised words after the
/// level word. "Tỉnh ủy Nghệ An" names its province the same way after the body.
void level_and_area(const Words& w, IssuerProfile& p) {
  struct Level {
    std::vector<std::string> words;
    IssuerLevel level;
  };
  static const std::vector<Level> levels = [] {
    std::vector<Level> out;
    for (const auto& l : issuer_words().levels) out.push_back({phrase(l.phrase), l.level});
    return out;
  }();
  static const std::vector<std::vector<std::string>> bodies =
      folded_phrases(issuer_words().body_suffixes);
  for (const auto& [words, level] : levels) {
    for (std::size_t at = 0; (at = w.find(words, at)) != std::string::npos; ++at) {
      const std::size_t end = at + words.size();
      std::size_t body_words = 0; // "ủy" after the level word: a body ("Tỉnh ủy")
      for (const auto& b : bodies)
        if (end + b.size() <= w.folded.size() &&
            std::equal(b.begin(), b.end(), w.folded.begin() + static_cast<long>(end)))
          body_words = b.size();
      const bool is_body = body_words > 0;
      const std::size_t area_begin = end + body_words;
      const std::size_t area_end = capitalised_run(w, area_begin);
      // "Ban Thường vụ Tỉnh ủy" is a body whose name says no area: look on.
      if (is_body && area_end == area_begin) continue;
      p.level = level;
      if (area_end > area_begin) p.area = w.folded_join(area_begin, area_end);
      return;
    }
  }
  static const std::vector<std::vector<std::string>> central =
      folded_phrases(issuer_words().central_words);
  for (const auto& c : central)
    if (w.find(c) != std::string::npos) p.level = IssuerLevel::Central;
}

/// The words after the organ phrase up to a level word: "Công đoàn cơ sở Công ty Cổ phần May Hải
/// Hà" → the company; "Liên đoàn Lao động tỉnh Lai Châu" → none (kind and area say it all).
std::vector<std::string> name_after(const Words& w, std::size_t begin) {
  std::size_t end = begin;
  while (end < w.folded.size() && !level_word_at(w, end)) ++end;
  std::string name;
  for (std::size_t i = begin; i < end; ++i) name += (i > begin ? " " : "") + w.folded[i];
  return text::name_words(name);
}

void fill_province(IssuerProfile& p) {
  if (!p.area) return;
  const auto& pl = places();
  if (p.level == IssuerLevel::Province || (!p.level && pl.is_province.count(*p.area))) {
    p.province = p.area;
    return;
  }
  if (auto it = pl.province_of.find(*p.area); it != pl.province_of.end()) p.province = it->second;
}

/// Central bodies write their seat ("Hà Nội, ngày …"), which is not their area.
bool is_central_body(const std::optional<IssuerKind>& kind) {
  return kind && is_central_kind(*kind);
}

/// Kinds that exist in a district: a headerless document of theirs issued in a district is that
/// district's.
bool may_be_district_body(const std::optional<IssuerKind>& kind) {
  using enum IssuerKind;
  return !kind || *kind == Ldld || *kind == Ubnd || *kind == Hdnd || *kind == Hu || *kind == Cdcs;
}

/// The profile of one text, uncached.
IssuerProfile read_profile(std::string_view issuer) {
  IssuerProfile p;
  const Words w = words_of(issuer);
  if (auto k = kind_of(w)) {
    p.kind = k->kind;
    // A party committee's name is its area ("Tỉnh ủy Nghệ An"), read by level_and_area.
    if (!is_party_committee(*p.kind)) p.name = name_after(w, k->end);
  }
  level_and_area(w, p);
  fill_province(p);
  return p;
}

} // namespace

bool is_central_kind(IssuerKind kind) {
  using enum IssuerKind;
  return kind == Tld || kind == Tw || kind == Cp || kind == Qh;
}

bool is_party_committee(IssuerKind kind) {
  return kind == IssuerKind::Tu || kind == IssuerKind::Hu;
}

IssuerProfile profile_of_text(std::string_view issuer) {
  // An archive names the same few hundred bodies over and over ("Ban Thường vụ LĐLĐ tỉnh"), and
  // folding a name costs ICU calls: each text is read once per thread.
  thread_local std::unordered_map<std::string, IssuerProfile> cache;
  std::string key(issuer);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() > kMaxCachedProfiles) cache.clear();
  return cache.emplace(std::move(key), read_profile(issuer)).first->second;
}

bool IssuerProfile::compatible(const IssuerProfile& o) const {
  auto differ = [](const auto& a, const auto& b) { return a && b && *a != *b; };
  return !differ(kind, o.kind) && !differ(level, o.level) && !differ(area, o.area) &&
         !differ(province, o.province) && !text::names_differ(name, o.name);
}

IssuerProfile profile_of_document(const Document& doc) {
  IssuerProfile p;
  if (doc.issuer) {
    p = profile_of_text(doc.issuer->name);
    if (!p.kind && doc.issuer->parent) {
      // "BAN THƯỜNG VỤ" under "LIÊN ĐOÀN LAO ĐỘNG TỈNH …": the parent is the body.
      IssuerProfile parent = profile_of_text(*doc.issuer->parent);
      p.kind = parent.kind;
      if (p.name.empty()) p.name = parent.name;
    }
    if (!p.area && doc.issuer->parent) {
      IssuerProfile parent = profile_of_text(*doc.issuer->parent);
      p.area = parent.area;
      p.level = p.level ? p.level : parent.level;
      p.province = parent.province;
    }
  }
  if (!p.kind && doc.number && doc.number->issuer_code)
    p.kind = profile_of_text(*doc.number->issuer_code).kind;
  if (!p.area && doc.place && !is_central_body(p.kind)) {
    // No header (the seeds): the place of issue is the body's own area.
    std::string place = text::fold_tones(*doc.place);
    const auto& pl = places();
    if (pl.is_province.count(place)) {
      p.level = p.level.value_or(IssuerLevel::Province);
      p.area = place;
      p.province = place;
    } else {
      if (auto it = pl.province_of.find(place); it != pl.province_of.end()) p.province = it->second;
      // Provincial bodies write their province (Nghị định 30/2020), so any other place is a
      // district's: "Bảo Thắng, ngày …". Without it every headerless district document would
      // match a citation of any district.
      if (may_be_district_body(p.kind) &&
          p.level.value_or(IssuerLevel::District) == IssuerLevel::District) {
        p.level = IssuerLevel::District;
        p.area = place;
      }
    }
  }
  return p;
}

IssuerProfile profile_of_citation(std::string_view issuer, const IssuerProfile& citing) {
  IssuerProfile p = profile_of_text(issuer);
  if (p.level && !p.area) {
    if (*p.level == IssuerLevel::Province && citing.province) {
      p.area = citing.province;
      p.province = citing.province;
    } else if (*p.level == IssuerLevel::District && citing.level == IssuerLevel::District) {
      p.area = citing.area;
      p.province = citing.province;
    }
  }
  return p;
}

} // namespace vanban::graph
