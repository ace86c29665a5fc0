// How well the citation graph of an archive resolves references, scored against the generator's
// truth.json (every reference with the archive document it means, or null).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

#include "vanban/citation_graph.hpp"

namespace vanban::bench {

struct ResolutionScore {
  std::size_t documents = 0;     ///< truth documents found in the graph
  std::size_t missing = 0;       ///< truth documents not in the graph (not indexed)
  std::size_t references = 0;    ///< truth references of the documents found
  std::size_t truth_targets = 0; ///< of those, the ones whose target is an archive document
  std::size_t resolved = 0;      ///< references the graph resolved to one archive document
  std::size_t correct = 0;       ///< resolved to the document truth names
  std::size_t ambiguous = 0;     ///< references left ambiguous (counted as not resolved)
  double precision = 0;          ///< correct / resolved (0 when nothing was resolved)
  double recall = 0;             ///< correct / truth_targets (0 when truth has no targets)
};

/// Truth paths are relative to the corpus directory; the graph's are archive paths, which are
/// `prefix` + the truth path (e.g. "corpus/" when the corpus was indexed as `corpus`).
/// A document's resolved edges are matched to its truth targets as multisets of target paths: an
/// edge is correct when truth has a reference from the same document to the same target.
ResolutionScore score_resolution(const graph::CitationGraph& graph, const nlohmann::json& truth,
                                 const std::string& prefix);

} // namespace vanban::bench
