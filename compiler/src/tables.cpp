// Loads the embedded data tables once and indexes them for the recognisers.
#include "tables.hpp"

#include "vanban/text/text.hpp"
#include "vanban_compiler_data.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace vanban::tables {
namespace {

/// Upper case without spaces: the key positions are looked up by.
std::string spaceless_upper(std::string_view s) {
  std::string key;
  for (char c : text::to_upper(s))
    if (c != ' ' && c != '\t') key += c;
  return key;
}

std::vector<Phrase> phrases(const nlohmann::json& list) {
  std::vector<Phrase> out;
  for (const auto& p : list)
    out.push_back({text::to_lower(p.at("phrase").get<std::string>()), p.at("relation")});
  // Longest first, so "sửa đổi, bổ sung" wins over "sửa đổi".
  std::stable_sort(out.begin(), out.end(), [](const Phrase& a, const Phrase& b) {
    return a.phrase.size() > b.phrase.size();
  });
  return out;
}

Tables load() {
  Tables t;
  const auto types = nlohmann::json::parse(embedded::data_types());
  for (const auto& entry : types.at("types")) {
    TypeName type;
    if (!entry.at("code").is_null()) type.code = entry.at("code").get<std::string>();
    type.name = entry.at("name").get<std::string>();
    type.upper = text::to_upper(type.name);
    type.lower = text::to_lower(type.name);
    if (type.code) t.type_by_code.emplace(*type.code, type.name);
    t.types.push_back(std::move(type));
  }
  std::stable_sort(t.types.begin(), t.types.end(), [](const TypeName& a, const TypeName& b) {
    return a.lower.size() > b.lower.size();
  });

  const auto organs = nlohmann::json::parse(embedded::data_organs());
  for (const auto& o : organs.at("organs")) {
    std::string name = o.at("name");
    t.organ_by_upper.emplace(text::to_upper(name), name);
  }
  for (const auto& p : organs.at("positions")) {
    std::string name = p.at("name");
    t.position_by_upper.emplace(text::to_upper(name), name);
  }
  for (const auto& a : organs.at("authorities"))
    t.authorities.push_back({a.at("code"), a.at("forms").get<std::vector<std::string>>()});
  for (const auto& m : organs.at("mottos")) t.mottos.push_back(m);

  const auto citations = nlohmann::json::parse(embedded::data_citations());
  t.lead = phrases(citations.at("lead"));
  t.near = phrases(citations.at("near"));
  t.after = phrases(citations.at("after"));

  const auto abbreviations = nlohmann::json::parse(embedded::data_abbreviations());
  for (const auto& a : abbreviations.at("abbreviations"))
    t.abbreviations.push_back({a.at("short"), a.at("long")});

  const auto layout = nlohmann::json::parse(embedded::data_layout());
  auto list = [&](const char* key, bool upper) {
    std::vector<std::string> out;
    for (const auto& e : layout.at(key)) {
      const std::string phrase = e.at("phrase");
      out.push_back(upper ? text::to_upper(phrase) : text::to_lower(phrase));
    }
    return out;
  };
  t.chrome_prefixes = list("chrome_prefixes", false);
  for (const auto& e : layout.at("chrome_prefixes"))
    if (e.value("opens_stamp", false))
      t.stamp_openers.push_back(text::to_lower(e.at("phrase").get<std::string>()));
  t.number_labels = list("number_labels", false);
  std::stable_sort(t.number_labels.begin(), t.number_labels.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  t.gazette_sections = list("gazette_sections", true);
  t.running_heads = list("running_heads", false);
  t.issuer_heads = list("issuer_heads", true);
  t.body_words = list("body_words", true);
  t.colophon_openers = list("colophon_openers", true);
  for (const auto& [upper, name] : t.position_by_upper)
    t.position_by_key.emplace(spaceless_upper(upper), name);
  std::stable_sort(t.body_words.begin(), t.body_words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return t;
}

} // namespace

const std::string* Tables::position_named(std::string_view s) const {
  auto it = position_by_key.find(spaceless_upper(s));
  return it == position_by_key.end() ? nullptr : &it->second;
}

const std::string* Tables::type_name(std::string_view code) const {
  auto it = type_by_code.find(std::string(code));
  return it == type_by_code.end() ? nullptr : &it->second;
}

const Tables& get() {
  static const Tables tables = load();
  return tables;
}

} // namespace vanban::tables
