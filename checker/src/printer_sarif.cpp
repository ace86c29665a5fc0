// --format sarif: a SARIF 2.1.0 log with one run, the rule table and one result per finding.
// Rules carry a helpUri into the README's table; locations are relative to the working dir.
#include "printer.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <map>

namespace vanban::check {
namespace {

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kVersion = VANBAN_VERSION; // from CMake's project version

/// Every byte outside RFC 3986's unreserved set (and '/') percent-encoded, so Vietnamese file
/// names stay valid URIs.
std::string percent_encode(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

/// A path as a URI reference relative to the working directory (SARIF's %SRCROOT%).
std::string relative_uri(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = path;
  if (p.is_absolute()) {
    auto rel = fs::relative(p, fs::current_path(ec), ec);
    if (!ec && !rel.empty()) p = rel;
  }
  return percent_encode(p.lexically_normal().generic_string());
}

nlohmann::ordered_json driver(Lang lang) {
  auto rules = nlohmann::ordered_json::array();
  for (const auto& r : list_rules(lang))
    rules.push_back({{"id", r.id},
                     {"shortDescription", {{"text", r.description}}},
                     {"helpUri", "README.md#" + r.anchor},
                     {"defaultConfiguration",
                      {{"level", r.strict == Severity::Off ? "none" : severity_name(r.strict)}}}});
  return {{"name", "vanban"}, {"version", kVersion}, {"rules", std::move(rules)}};
}

class SarifPrinter final : public Printer {
public:
  SarifPrinter(std::ostream& out, Lang lang) : out_(out), lang_(lang) {
    for (const auto& r : list_rules(lang)) rule_index_.emplace(r.id, rule_index_.size());
  }

  void file(const FileReport& r) override {
    const std::string uri = relative_uri(r.path);
    for (const auto& f : r.findings) {
      nlohmann::ordered_json result = {
          {"ruleId", f.rule},
          {"level", severity_name(f.severity)},
          {"message", {{"text", f.hint.empty() ? f.message : f.message + " — " + f.hint}}},
          {"locations",
           {{{"physicalLocation",
              {{"artifactLocation", {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}}},
               {"region",
                {{"startLine", std::max(1, f.line)}, {"startColumn", std::max(1, f.column)}}}}}}}}};
      if (auto it = rule_index_.find(f.rule); it != rule_index_.end())
        result["ruleIndex"] = it->second;
      results_.push_back(std::move(result));
    }
  }

  void finish() override {
    std::error_code ec;
    auto root = std::filesystem::current_path(ec).generic_string();
    nlohmann::ordered_json run = {
        {"tool", {{"driver", driver(lang_)}}},
        {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", "file://" + percent_encode(root) + "/"}}}}},
        {"columnKind", "unicodeCodePoints"},
        {"results", std::move(results_)}};
    nlohmann::ordered_json log = {
        {"version", "2.1.0"}, {"$schema", kSchema}, {"runs", {std::move(run)}}};
    out_ << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    out_.flush();
  }

private:
  std::ostream& out_;
  Lang lang_;
  std::map<std::string, std::size_t> rule_index_;
  nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
};

} // namespace

std::unique_ptr<Printer> make_sarif_printer(std::ostream& out, Lang lang) {
  return std::make_unique<SarifPrinter>(out, lang);
}

} // namespace vanban::check
