// Parses data/issuer_words.json into IssuerWords; a code, word or id the enums do not know is a
// broken data file, refused at load with the entry that holds it.
#include "vanban/issuer_words.hpp"

#include "vanban_graph_data.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace vanban::graph {
namespace {

/// The enums' ids in the data ("kind_codes"/"level_words" "id"): ASCII, so that the codes and
/// words themselves stay data.
constexpr std::pair<std::string_view, IssuerKind> kKindIds[] = {
    {"tld", IssuerKind::Tld},     {"ldld", IssuerKind::Ldld}, {"cdn", IssuerKind::Cdn},
    {"cdcs", IssuerKind::Cdcs},   {"cdvc", IssuerKind::Cdvc}, {"ubnd", IssuerKind::Ubnd},
    {"hdnd", IssuerKind::Hdnd},   {"tu", IssuerKind::Tu},     {"hu", IssuerKind::Hu},
    {"ddbqh", IssuerKind::Ddbqh}, {"tw", IssuerKind::Tw},     {"cp", IssuerKind::Cp},
    {"qh", IssuerKind::Qh}};
static_assert(std::size(kKindIds) == kIssuerKinds);

constexpr std::pair<std::string_view, IssuerLevel> kLevelIds[] = {
    {"central", IssuerLevel::Central},
    {"province", IssuerLevel::Province},
    {"district", IssuerLevel::District}};
static_assert(std::size(kLevelIds) == kIssuerLevels);

using json = nlohmann::json;

[[noreturn]] void refuse(const std::string& list, const std::string& what) {
  throw std::runtime_error("data/issuer_words.json: " + list + ": " + what);
}

/// The entries of `list`, each checked for an example (so that no entry goes without one).
const json& entries(const json& file, const std::string& list) {
  const json& out = file.at(list);
  for (const auto& e : out)
    if (!e.contains("example") || e.at("example").get<std::string>().empty())
      refuse(list, "the entry " + e.dump() + " has no example");
  return out;
}

template <typename Enum, std::size_t N>
Enum enum_of(const std::pair<std::string_view, Enum> (&ids)[N], const std::string& list,
             const json& e) {
  const std::string id = e.at("id").get<std::string>();
  for (const auto& [name, value] : ids)
    if (name == id) return value;
  refuse(list, "unknown id \"" + id + "\" in " + e.dump());
}

template <std::size_t N>
void require_all(const std::array<std::string, N>& by_enum, const std::string& list,
                 const std::string_view (&names)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (by_enum[i].empty()) refuse(list, "no entry of id \"" + std::string(names[i]) + "\"");
}

std::vector<std::string> phrase_list(const json& file, const std::string& list) {
  std::vector<std::string> out;
  for (const auto& e : entries(file, list)) out.push_back(e.at("phrase").get<std::string>());
  return out;
}

void read_kind_codes(const json& file, IssuerWords& w) {
  for (const auto& e : entries(file, "kind_codes")) {
    const auto i = static_cast<std::size_t>(enum_of(kKindIds, "kind_codes", e));
    if (!w.codes[i].empty())
      refuse("kind_codes", "id \"" + e.at("id").get<std::string>() + "\" twice");
    w.codes[i] = e.at("code").get<std::string>();
    w.labels[i] = e.at("label").get<std::string>();
  }
  std::string_view names[kIssuerKinds];
  for (const auto& [name, kind] : kKindIds) names[static_cast<std::size_t>(kind)] = name;
  require_all(w.codes, "kind_codes", names);
}

void read_level_words(const json& file, IssuerWords& w) {
  for (const auto& e : entries(file, "level_words")) {
    const auto i = static_cast<std::size_t>(enum_of(kLevelIds, "level_words", e));
    if (!w.level_words[i].empty())
      refuse("level_words", "id \"" + e.at("id").get<std::string>() + "\" twice");
    w.level_words[i] = e.at("word").get<std::string>();
  }
  std::string_view names[kIssuerLevels];
  for (const auto& [name, level] : kLevelIds) names[static_cast<std::size_t>(level)] = name;
  require_all(w.level_words, "level_words", names);
}

IssuerKind kind_of_entry(const IssuerWords& w, const std::string& list, const json& e) {
  const std::string code = e.at("kind").get<std::string>();
  if (auto k = w.kind_coded(code)) return *k;
  refuse(list, "unknown kind \"" + code + "\" in " + e.dump());
}

} // namespace

std::optional<IssuerKind> IssuerWords::kind_coded(std::string_view code) const {
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (codes[i] == code) return static_cast<IssuerKind>(i);
  return std::nullopt;
}

std::optional<IssuerLevel> IssuerWords::level_named(std::string_view w) const {
  for (std::size_t i = 0; i < level_words.size(); ++i)
    if (level_words[i] == w) return static_cast<IssuerLevel>(i);
  return std::nullopt;
}

IssuerWords parse_issuer_words(std::string_view text) {
  const json file = json::parse(text);
  IssuerWords w;
  read_kind_codes(file, w);
  read_level_words(file, w);
  for (const auto& e : entries(file, "kinds"))
    w.kinds.push_back({e.at("phrase").get<std::string>(), kind_of_entry(w, "kinds", e)});
  for (const auto& e : entries(file, "levels")) {
    const std::string word = e.at("level").get<std::string>();
    auto level = w.level_named(word);
    if (!level) refuse("levels", "unknown level \"" + word + "\" in " + e.dump());
    w.levels.push_back({e.at("phrase").get<std::string>(), *level});
  }
  for (const auto& e : entries(file, "named_bodies"))
    w.organs.push_back({kind_of_entry(w, "named_bodies", e), e.at("phrase").get<std::string>(),
                        e.value("relabel", false)});
  w.area_words = phrase_list(file, "area_words");
  w.body_suffixes = phrase_list(file, "body_suffixes");
  w.central_words = phrase_list(file, "central_words");
  w.list_joiners = phrase_list(file, "list_joiners");
  return w;
}

const IssuerWords& issuer_words() {
  static const IssuerWords w = parse_issuer_words(embedded::data_issuer_words());
  return w;
}

} // namespace vanban::graph
