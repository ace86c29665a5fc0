// Which citation forms vanban's resolver can still follow. The generator writes an undated or
// issuer-implied citation only where the resolver (graph/include/vanban/resolve.hpp) resolves
// it to the intended document, as the brief asks; elsewhere the citation keeps its date and
// full issuer. The check runs the real resolver on stub models of the planned documents: what
// their headers and numbers will say once compiled.
#pragma once

#include "vanban/resolve.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vanban::gen {

struct PlannedDoc;

class CitationCheck {
public:
  explicit CitationCheck(const std::vector<PlannedDoc>& docs);

  /// True when a citation in docs[citing] of docs[target] — dated or not, naming the issuer as
  /// `issuer` (empty: no "của …") — resolves to exactly that target.
  bool resolves(std::size_t citing, std::size_t target, bool dated,
                const std::string& issuer) const;

private:
  const std::vector<PlannedDoc>& docs_;
  std::vector<Document> stubs_;
  graph::Resolver resolver_;
};

} // namespace vanban::gen
