// The one mapping between Relation and the contract's strings.
#include "vanban/text/relation.hpp"

#include "vanban/text/enum_names.hpp"

#include <iterator>

namespace vanban {
namespace {

constexpr enum_names::Entry<Relation> kRelationNames[] = {
    {Relation::Implements, "implements"}, {Relation::BasedOn, "based_on"},
    {Relation::Amends, "amends"},         {Relation::Replaces, "replaces"},
    {Relation::Repeals, "repeals"},       {Relation::Cites, "cites"}};
static_assert(std::size(kRelationNames) == std::size(kRelations), "a relation without a name");

} // namespace

std::string_view to_string(Relation r) {
  return enum_names::name_of(kRelationNames, r);
}

std::optional<Relation> parse_relation(std::string_view s) {
  return enum_names::value_of(kRelationNames, s);
}

} // namespace vanban
