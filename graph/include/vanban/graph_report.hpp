// Archive-wide reports on the citation graph: dangling, ambiguous, orphans, superseded.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "vanban/citation_graph.hpp"
#include "vanban/text/lang.hpp"

namespace vanban::graph {

/// `kind` is one of dangling, ambiguous, orphans, superseded. Rows as JSON objects.
nlohmann::ordered_json report(const CitationGraph& graph, const std::string& kind);

/// The same rows as readable lines, in `lang`.
void print_report(std::ostream& out, const CitationGraph& graph, const std::string& kind,
                  const nlohmann::ordered_json& rows, text::Lang lang = text::Lang::Vi);

} // namespace vanban::graph
