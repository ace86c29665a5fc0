// Reads issuer names (full or abbreviated) into comparable profiles, with data/places.json.
#include "issuer_profile.hpp"

#include "tables.hpp"
#include "text.hpp"
#include "vanban_graph_data.hpp"

#include <nlohmann/json.hpp>

#include <unordered_map>
#include <vector>

namespace vanban::graph {
namespace {

struct Places {
  std::unordered_map<std::string, std::string> province_of; ///< district (lower) → province (lower)
  std::unordered_map<std::string, bool> is_province;
};

const Places& places() {
  static const Places p = [] {
    Places out;
    const auto j = nlohmann::json::parse(embedded::data_places());
    for (const auto& prov : j.at("provinces")) {
      std::string name = text::to_lower(prov.at("name").get<std::string>());
      out.is_province[name] = true;
      for (const auto& d : prov.at("districts"))
        out.province_of[text::to_lower(d.get<std::string>())] = name;
    }
    return out;
  }();
  return p;
}

/// The abbreviations spelt out, case kept ("LĐLĐ tỉnh Lai Châu" → "Liên đoàn Lao động tỉnh Lai
/// Châu"), punctuation turned into spaces.
std::string expand(std::string_view s) {
  static const std::unordered_map<std::string, std::string> longs = [] {
    std::unordered_map<std::string, std::string> m;
    for (const auto& a : tables::get().abbreviations) m.emplace(a.short_form, a.long_form);
    return m;
  }();
  std::string out;
  out.reserve(s.size() + 32);
  std::size_t i = 0;
  while (i < s.size()) {
    // Words end at white space and at the punctuation around abbreviations: "(LĐLĐ)", "TP,".
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '(' && s[j] != ')' && s[j] != ',' && s[j] != ';')
      ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      auto it = longs.find(std::string(s.substr(i, j - i)));
      out += it == longs.end() ? std::string(s.substr(i, j - i)) : it->second;
    }
    i = j + 1;
  }
  return out;
}

bool contains(const std::string& s, std::string_view w) {
  return s.find(w) != std::string::npos;
}

std::optional<std::string> kind_of(const std::string& s) {
  // Most specific first: "tổng liên đoàn" contains "liên đoàn lao động".
  static const std::vector<std::pair<std::string_view, std::string_view>> kinds = {
      {"tổng liên đoàn", "TLĐ"},
      {"liên đoàn lao động", "LĐLĐ"},
      {"công đoàn ngành", "CĐN"},
      {"công đoàn cơ sở", "CĐCS"},
      {"công đoàn viên chức", "CĐVC"},
      {"ủy ban nhân dân", "UBND"},
      {"hội đồng nhân dân", "HĐND"},
      {"tỉnh ủy", "TU"},
      {"huyện ủy", "HU"},
      {"đoàn đại biểu quốc hội", "ĐDBQH"},
      {"bộ chính trị", "TW"},
      {"ban bí thư", "TW"},
      {"ban chấp hành trung ương", "TW"},
      {"chính phủ", "CP"},
      {"quốc hội", "QH"}};
  for (const auto& [phrase, kind] : kinds)
    if (contains(s, phrase)) return std::string(kind);
  return std::nullopt;
}

/// "… tỉnh Lai Châu" → ("tỉnh", "lai châu"): the area is the run of capitalised words after the
/// level word (header names are all capitals, so all their words count).
void level_and_area(const std::string& cased, const std::string& s, IssuerProfile& p) {
  for (std::string_view level : {"tỉnh", "huyện", "thành phố"}) {
    std::size_t at = 0;
    while ((at = s.find(level, at)) != std::string::npos) {
      std::size_t end = at + level.size();
      // "tỉnh ủy" is a body, not a level.
      if (s.compare(end, std::string_view(" ủy").size(), " ủy") == 0 ||
          (at > 0 && s[at - 1] != ' ')) {
        at = end;
        continue;
      }
      p.level = std::string(level == "thành phố" ? "huyện" : level);
      std::size_t i = end;
      std::size_t area_end = end;
      while (i < cased.size() && cased[i] == ' ' && text::upper_at(cased, i + 1)) {
        std::size_t next = cased.find(' ', i + 1);
        area_end = next == std::string::npos ? cased.size() : next;
        i = area_end;
      }
      if (area_end > end)
        p.area = std::string(text::trim(std::string_view(s).substr(end, area_end - end)));
      return;
    }
  }
  if (contains(s, "việt nam") || contains(s, "trung ương") || contains(s, "bộ chính trị") ||
      contains(s, "chính phủ"))
    p.level = "trung ương";
}

void fill_province(IssuerProfile& p) {
  if (!p.area) return;
  const auto& pl = places();
  if (p.level == "tỉnh" || (!p.level && pl.is_province.count(*p.area))) {
    p.province = p.area;
    return;
  }
  if (auto it = pl.province_of.find(*p.area); it != pl.province_of.end()) p.province = it->second;
}

} // namespace

bool IssuerProfile::compatible(const IssuerProfile& o) const {
  auto differ = [](const std::optional<std::string>& a, const std::optional<std::string>& b) {
    return a && b && *a != *b;
  };
  return !differ(kind, o.kind) && !differ(level, o.level) && !differ(area, o.area) &&
         !differ(province, o.province);
}

IssuerProfile profile_of_text(std::string_view issuer) {
  IssuerProfile p;
  const std::string cased = expand(issuer);
  const std::string s = text::lower_aligned(cased); // same byte offsets as `cased`
  p.kind = kind_of(s);
  level_and_area(cased, s, p);
  fill_province(p);
  return p;
}

IssuerProfile profile_of_document(const Document& doc) {
  IssuerProfile p;
  if (doc.issuer) {
    p = profile_of_text(doc.issuer->name);
    if (!p.kind && doc.issuer->parent) p.kind = profile_of_text(*doc.issuer->parent).kind;
    if (!p.area && doc.issuer->parent) {
      IssuerProfile parent = profile_of_text(*doc.issuer->parent);
      p.area = parent.area;
      p.level = p.level ? p.level : parent.level;
      p.province = parent.province;
    }
  }
  if (!p.kind && doc.number && doc.number->issuer_code)
    p.kind = kind_of(text::to_lower(expand(*doc.number->issuer_code)));
  if (!p.area && doc.place) {
    // No header (the seeds): the place of issue is the body's own area.
    std::string place = text::to_lower(*doc.place);
    const auto& pl = places();
    if (pl.is_province.count(place)) {
      p.level = p.level ? p.level : std::optional<std::string>("tỉnh");
      p.area = place;
      p.province = place;
    } else if (auto it = pl.province_of.find(place); it != pl.province_of.end()) {
      p.province = it->second;
    }
  }
  return p;
}

IssuerProfile profile_of_citation(std::string_view issuer, const IssuerProfile& citing) {
  IssuerProfile p = profile_of_text(issuer);
  if (p.level && !p.area) {
    if (*p.level == "tỉnh" && citing.province) {
      p.area = citing.province;
      p.province = citing.province;
    } else if (*p.level == "huyện" && citing.level == "huyện") {
      p.area = citing.area;
      p.province = citing.province;
    }
  }
  return p;
}

} // namespace vanban::graph
