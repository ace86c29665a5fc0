// make_printer: picks the printer for --format.
#include "printer.hpp"

#include <stdexcept>

namespace vanban::check {

std::unique_ptr<Printer> make_printer(const std::string& format, std::ostream& out, Lang lang) {
  if (format == "text") return make_text_printer(out, lang);
  if (format == "json") return make_json_printer(out, lang);
  if (format == "sarif") return make_sarif_printer(out, lang);
  throw std::invalid_argument("unknown format: " + format);
}

} // namespace vanban::check
