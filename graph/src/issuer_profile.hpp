// What an issuer's name says: the kind of body, its level (tỉnh, huyện), area (Lai Châu) and the
// unit's own name (Công ty Cổ phần May Hải Hà).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/document.hpp"
#include "vanban/issuer_words.hpp"

namespace vanban::graph {

struct IssuerProfile {
  std::optional<IssuerKind> kind;      ///< TLĐ, LĐLĐ, UBND, TU, CĐN, CĐCS, …
  std::optional<IssuerLevel> level;    ///< tỉnh, huyện, trung ương
  std::optional<std::string> area;     ///< folded (text::fold_tones): "lai châu", "hoằng hoá"
  std::optional<std::string> province; ///< folded province of the area
  /// The unit's own name after the organ words, as text::name_words ("công đoàn cơ sở Công ty
  /// May Hải Hà" → cong ty may hai ha); empty when the name says no more than kind and area.
  std::vector<std::string> name;

  /// False only when both sides know a fact and it differs.
  bool compatible(const IssuerProfile& other) const;
};

/// Central bodies (TLĐ, the Party's central bodies, Chính phủ, Quốc hội): their level is central
/// whatever their name says, and their place of issue is their seat, not their area.
bool is_central_kind(IssuerKind kind);

/// Tỉnh ủy, Huyện ủy: a party committee's name is its area, not a name of its own.
bool is_party_committee(IssuerKind kind);

/// From free text: a citation's "của …" or a header's issuer name.
IssuerProfile profile_of_text(std::string_view issuer);

/// From a whole document: its header issuer, else its number's issuer code and its place.
IssuerProfile profile_of_document(const Document& doc);

/// A citation's issuer read in the context of the citing document: "LĐLĐ tỉnh" with no name
/// means the citing document's own province, "LĐLĐ huyện" its own district.
IssuerProfile profile_of_citation(std::string_view issuer, const IssuerProfile& citing);

} // namespace vanban::graph
