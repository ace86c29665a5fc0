// The role of an addressee: one enum for the model, the checker and every printer, and the one
// place that maps it to and from the contract's strings ("to", "cc").
#pragma once

#include <optional>
#include <string_view>

namespace vanban {

/// Whom a document is addressed to, or who receives a copy.
enum class RecipientRole {
  To, ///< Kính gửi: the addressees of the header
  Cc, ///< Nơi nhận: the copies listed under the signature
};

/// Every role, in the contract's order.
inline constexpr RecipientRole kRecipientRoles[] = {RecipientRole::To, RecipientRole::Cc};

/// The contract's string: "to" or "cc".
std::string_view to_string(RecipientRole role);

/// The role a contract string names, or nullopt for any other string (exact, case-sensitive).
std::optional<RecipientRole> parse_recipient_role(std::string_view s);

} // namespace vanban
