// The one mapping between Relation and the contract's strings.
#include "vanban/text/relation.hpp"

namespace vanban {

std::string_view to_string(Relation r) {
  switch (r) {
  case Relation::Implements:
    return "implements";
  case Relation::BasedOn:
    return "based_on";
  case Relation::Amends:
    return "amends";
  case Relation::Replaces:
    return "replaces";
  case Relation::Repeals:
    return "repeals";
  case Relation::Cites:
    return "cites";
  }
  return "cites"; // unreachable: every enumerator is handled above
}

std::optional<Relation> parse_relation(std::string_view s) {
  for (Relation r : kRelations)
    if (to_string(r) == s) return r;
  return std::nullopt;
}

} // namespace vanban
