// Damaged stored records, named one line each on standard error.
#include "archive_warnings.hpp"

#include <iostream>

namespace vanban::cli {

void warn_damaged_records(const graph::CitationGraph& graph, text::Lang lang) {
  for (const auto& record : graph.damaged())
    std::cerr << "vanban: " << damaged_record_warning(record, lang == text::Lang::En) << "\n";
}

} // namespace vanban::cli
