// Loads the data tables (embedded, or from a directory for tests) and indexes them for the
// recognisers; get() returns the embedded ones unless a ScopedTables put others in force.
#include "vanban/text/tables.hpp"

#include "messages_parse.hpp"
#include "vanban/text/text.hpp"
#include "vanban_text_data.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

namespace vanban::tables {
namespace {

/// Upper case without spaces: the key positions are looked up by.
std::string spaceless_upper(std::string_view s) {
  std::string key;
  for (char c : text::to_upper(s))
    if (c != ' ' && c != '\t') key += c;
  return key;
}

/// A relation named in data/citations.json; a name outside the contract is a broken data file.
Relation relation_named(const nlohmann::json& p) {
  const std::string name = p.at("relation").get<std::string>();
  if (auto r = parse_relation(name)) return *r;
  throw std::runtime_error("data/citations.json: unknown relation \"" + name + "\" of phrase \"" +
                           p.at("phrase").get<std::string>() + "\"");
}

std::vector<Phrase> phrases(const nlohmann::json& list) {
  std::vector<Phrase> out;
  for (const auto& p : list)
    out.push_back({text::to_lower(p.at("phrase").get<std::string>()), relation_named(p)});
  // Longest first, so "sửa đổi, bổ sung" wins over "sửa đổi".
  std::stable_sort(out.begin(), out.end(), [](const Phrase& a, const Phrase& b) {
    return a.phrase.size() > b.phrase.size();
  });
  return out;
}

/// The data files of the tables, by stem, and their embedded text.
using Source = std::function<std::string(std::string_view stem)>;

std::string_view embedded_text(std::string_view stem) {
  static const std::unordered_map<std::string_view, std::string_view (*)()> files = {
      {"types", embedded::data_types},
      {"organs", embedded::data_organs},
      {"citations", embedded::data_citations},
      {"abbreviations", embedded::data_abbreviations},
      {"layout", embedded::data_layout},
      {"reference_phrases", embedded::data_reference_phrases},
      {"header_phrases", embedded::data_header_phrases},
      {"body_phrases", embedded::data_body_phrases},
      {"layout_phrases", embedded::data_layout_phrases},
      {"date_phrases", embedded::data_date_phrases},
      {"closing_phrases", embedded::data_closing_phrases},
      {"enactment_phrases", embedded::data_enactment_phrases},
      {"number_phrases", embedded::data_number_phrases},
      {"report_phrases", embedded::data_report_phrases},
      {"messages", embedded::data_messages},
  };
  return files.at(stem)();
}

/// The files that hold only phrase lists: each key but "_comment" is a list of
/// {"phrase", "example"} (the example is checked here, so that no entry goes without one).
constexpr std::string_view kPhraseFiles[] = {
    "reference_phrases", "header_phrases",    "body_phrases",   "layout_phrases", "date_phrases",
    "closing_phrases",   "enactment_phrases", "number_phrases", "report_phrases"};

void add_phrase_lists(Tables& t, std::string_view stem, const nlohmann::json& file) {
  for (const auto& [key, list] : file.items()) {
    if (key == "_comment") continue;
    const std::string name = std::string(stem) + "." + key;
    auto& out = t.phrase_lists[name];
    for (const auto& e : list) {
      if (!e.contains("example") || e.at("example").get<std::string>().empty())
        throw std::runtime_error("data/" + std::string(stem) + ".json: an entry of " + key +
                                 " has no example");
      out.push_back(e.at("phrase").get<std::string>());
    }
  }
}

Tables load_from(const Source& read) {
  Tables t;
  auto parse = [&](std::string_view stem) { return nlohmann::json::parse(read(stem)); };
  const auto types = parse("types");
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

  const auto organs = parse("organs");
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
  for (const auto& m : organs.at("mottos")) t.mottos.push_back(m.at("phrase"));

  const auto citations = parse("citations");
  t.lead = phrases(citations.at("lead"));
  t.near = phrases(citations.at("near"));
  t.after = phrases(citations.at("after"));

  const auto abbreviations = parse("abbreviations");
  for (const auto& a : abbreviations.at("abbreviations"))
    t.abbreviations.push_back({a.at("short"), a.at("long")});

  const auto layout = parse("layout");
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
  for (auto stem : kPhraseFiles) add_phrase_lists(t, stem, parse(stem));
  t.messages = parse_messages(parse("messages"));
  return t;
}

/// The tables a ScopedTables put in force, or nullptr for the embedded ones.
std::atomic<const Tables*> g_in_force{nullptr};

} // namespace

const std::string* Tables::position_named(std::string_view s) const {
  auto it = position_by_key.find(spaceless_upper(s));
  return it == position_by_key.end() ? nullptr : &it->second;
}

const std::string* Tables::type_name(std::string_view code) const {
  auto it = type_by_code.find(std::string(code));
  return it == type_by_code.end() ? nullptr : &it->second;
}

const std::vector<std::string>& Tables::phrases(std::string_view name) const {
  auto it = phrase_lists.find(std::string(name));
  if (it == phrase_lists.end())
    throw std::out_of_range("no phrase list " + std::string(name) + " in data/*_phrases.json");
  return it->second;
}

const Tables& embedded() {
  static const Tables tables =
      load_from([](std::string_view stem) { return std::string(embedded_text(stem)); });
  return tables;
}

const Tables& get() {
  const Tables* in_force = g_in_force.load(std::memory_order_acquire);
  return in_force ? *in_force : embedded();
}

Tables load(const std::filesystem::path& dir) {
  return load_from([&](std::string_view stem) {
    const auto path = dir / (std::string(stem) + ".json");
    if (!std::filesystem::exists(path)) return std::string(embedded_text(stem));
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  });
}

ScopedTables::ScopedTables(Tables tables)
    : tables_(std::move(tables)),
      previous_(g_in_force.exchange(&tables_, std::memory_order_acq_rel)) {}

ScopedTables::~ScopedTables() {
  g_in_force.store(previous_, std::memory_order_release);
}

} // namespace vanban::tables
