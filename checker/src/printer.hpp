// The three printers behind check::Printer, and the counts they share.
#pragma once

#include "vanban/check.hpp"

#include <memory>
#include <ostream>

namespace vanban::check {

/// Files, errors and warnings seen so far.
struct Tally {
  std::size_t files = 0, errors = 0, warnings = 0;
  void add(const FileReport& r) {
    ++files;
    for (const auto& f : r.findings) (f.severity == Severity::Error ? errors : warnings) += 1;
  }
};

std::unique_ptr<Printer> make_text_printer(std::ostream& out, Lang lang);
std::unique_ptr<Printer> make_json_printer(std::ostream& out, Lang lang);
std::unique_ptr<Printer> make_sarif_printer(std::ostream& out, Lang lang);

} // namespace vanban::check
