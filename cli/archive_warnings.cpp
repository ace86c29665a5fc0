// Damaged stored records, named one line each on standard error.
#include "archive_warnings.hpp"

#include <iostream>

namespace vanban::cli {

void warn_damaged_records(const graph::CitationGraph& graph, bool english) {
  for (const auto& record : graph.damaged())
    std::cerr << "vanban: " << damaged_record_warning(record, english) << "\n";
}

} // namespace vanban::cli
