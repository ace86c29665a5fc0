// What an issuer's name says: the kind of body, its level (tỉnh, huyện) and area (Lai Châu).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "vanban/document.hpp"

namespace vanban::graph {

struct IssuerProfile {
  std::optional<std::string> kind;     ///< "TLĐ", "LĐLĐ", "UBND", "TU", "CĐN", "CĐCS", …
  std::optional<std::string> level;    ///< "tỉnh", "huyện", "trung ương"
  std::optional<std::string> area;     ///< lower case: "lai châu", "tam đường"
  std::optional<std::string> province; ///< lower case province of the area

  /// False only when both sides know a fact and it differs.
  bool compatible(const IssuerProfile& other) const;
};

/// From free text: a citation's "của …" or a header's issuer name.
IssuerProfile profile_of_text(std::string_view issuer);

/// From a whole document: its header issuer, else its number's issuer code and its place.
IssuerProfile profile_of_document(const Document& doc);

/// A citation's issuer read in the context of the citing document: "LĐLĐ tỉnh" with no name
/// means the citing document's own province, "LĐLĐ huyện" its own district.
IssuerProfile profile_of_citation(std::string_view issuer, const IssuerProfile& citing);

} // namespace vanban::graph
