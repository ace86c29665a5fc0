// The one mapping between RecipientRole and the contract's strings.
#include "vanban/recipient_role.hpp"

namespace vanban {

std::string_view to_string(RecipientRole role) {
  switch (role) {
  case RecipientRole::To:
    return "to";
  case RecipientRole::Cc:
    return "cc";
  }
  return "cc"; // unreachable: every enumerator is handled above
}

std::optional<RecipientRole> parse_recipient_role(std::string_view s) {
  for (RecipientRole role : kRecipientRoles)
    if (to_string(role) == s) return role;
  return std::nullopt;
}

} // namespace vanban
