// The one mapping between RecipientRole and the contract's strings.
#include "vanban/recipient_role.hpp"

#include "vanban/text/enum_names.hpp"

#include <iterator>

namespace vanban {
namespace {

constexpr enum_names::Entry<RecipientRole> kRoleNames[] = {{RecipientRole::To, "to"},
                                                           {RecipientRole::Cc, "cc"}};
static_assert(std::size(kRoleNames) == std::size(kRecipientRoles), "a role without a name");

} // namespace

std::string_view to_string(RecipientRole role) {
  return enum_names::name_of(kRoleNames, role);
}

std::optional<RecipientRole> parse_recipient_role(std::string_view s) {
  return enum_names::value_of(kRoleNames, s);
}

} // namespace vanban
