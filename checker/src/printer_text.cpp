// --format text: "path:line:col: error|warning: message [rule.id]", the hint below, then a summary.
#include "printer.hpp"

namespace vanban::check {
namespace {

class TextPrinter final : public Printer {
public:
  TextPrinter(std::ostream& out, Lang lang) : out_(out), lang_(lang) {}

  void file(const FileReport& r) override {
    tally_.add(r);
    const std::string label = ui_text("hint-label", lang_);
    for (const auto& f : r.findings) {
      out_ << r.path << ':' << f.line << ':' << f.column << ": " << severity_name(f.severity)
           << ": " << f.message << " [" << f.rule << "]\n";
      // Indented so that tools matching the first line (editors' error formats) skip it.
      if (!f.hint.empty()) out_ << "    " << label << ": " << f.hint << '\n';
    }
  }

  void finish() override {
    out_ << ui_text("summary", lang_,
                    {{"files", std::to_string(tally_.files)},
                     {"errors", std::to_string(tally_.errors)},
                     {"warnings", std::to_string(tally_.warnings)}})
         << '\n';
    out_.flush();
  }

private:
  std::ostream& out_;
  Lang lang_;
  Tally tally_;
};

} // namespace

std::unique_ptr<Printer> make_text_printer(std::ostream& out, Lang lang) {
  return std::make_unique<TextPrinter>(out, lang);
}

} // namespace vanban::check
