// --format json: {"files":[{"path","diagnostics":[…]}],"summary":{"files","errors","warnings"}}.
#include "printer.hpp"

#include <nlohmann/json.hpp>

namespace vanban::check {
namespace {

/// Streams one file object at a time, so 10,000 documents never sit in memory as one JSON tree.
class JsonPrinter final : public Printer {
public:
  explicit JsonPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& r) override {
    tally_.add(r);
    auto diagnostics = nlohmann::ordered_json::array();
    for (const auto& f : r.findings)
      diagnostics.push_back({{"rule", f.rule},
                             {"severity", severity_name(f.severity)},
                             {"line", f.line},
                             {"column", f.column},
                             {"message", f.message},
                             {"hint", f.hint}});
    nlohmann::ordered_json file = {{"path", r.path}, {"diagnostics", std::move(diagnostics)}};
    out_ << (tally_.files == 1 ? "{\"files\":[" : ",") << dump(file);
  }

  void finish() override {
    nlohmann::ordered_json summary = {
        {"files", tally_.files}, {"errors", tally_.errors}, {"warnings", tally_.warnings}};
    out_ << (tally_.files == 0 ? "{\"files\":[" : "") << "],\"summary\":" << dump(summary) << "}\n";
    out_.flush();
  }

private:
  static std::string dump(const nlohmann::ordered_json& j) {
    // Paths are bytes from the file system: replace what is not UTF-8 rather than throw.
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }

  std::ostream& out_;
  Tally tally_;
};

} // namespace

std::unique_ptr<Printer> make_json_printer(std::ostream& out, Lang) {
  return std::make_unique<JsonPrinter>(out);
}

} // namespace vanban::check
