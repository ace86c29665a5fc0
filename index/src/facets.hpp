// Facet counts of a search (type, year, issuer) over every match, with the filter of each value.
#pragma once

#include <xapian.h>

#include "vanban/query.hpp"

namespace vanban::index {

/// Value counters attached to one Enquire run; they must outlive its get_mset().
class FacetSpies {
public:
  FacetSpies();
  /// Replaces the match spies of `enquire` with these counters.
  void attach(Xapian::Enquire& enquire);
  /// The counts gathered by the last get_mset().
  Facets collect() const;

private:
  Xapian::ValueCountMatchSpy type_, year_, issuer_;
};

} // namespace vanban::index
