// The relation of a citation to the document it cites: one enum shared by the citation tables
// (data/citations.json), the model, the graph and every printer, and the one place that maps it to
// and from the contract's strings ("implements", "based_on", …).
#pragma once

#include <optional>
#include <string_view>

namespace vanban {

/// How a document relates to one it cites. The order is the contract's; `Cites` is the weakest.
enum class Relation {
  Implements, ///< triển khai, thực hiện: a plan or report carrying out the cited document
  BasedOn,    ///< căn cứ: the cited document is its legal basis
  Amends,     ///< sửa đổi, bổ sung
  Replaces,   ///< thay thế
  Repeals,    ///< bãi bỏ
  Cites,      ///< any other mention
};

/// Every relation, in the contract's order (for help texts and validation).
inline constexpr Relation kRelations[] = {Relation::Implements, Relation::BasedOn, Relation::Amends,
                                          Relation::Replaces,   Relation::Repeals, Relation::Cites};

/// The contract's string: "implements", "based_on", "amends", "replaces", "repeals", "cites".
std::string_view to_string(Relation r);

/// The relation a contract string names, or nullopt for any other string (exact, case-sensitive).
std::optional<Relation> parse_relation(std::string_view s);

} // namespace vanban
