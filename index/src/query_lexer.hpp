// Query string → parts: runs of free text, "quoted phrases" and field:value filters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban::index {

struct QueryPart {
  std::string field; ///< lower case; empty for free text
  std::string value;
  bool quoted = false;
  bool exact = false; ///< written "field:=value": the whole stored value, not its words
};

/// Splits a query. Known fields: type number issuer signer recipient year date cites; any other
/// "word:" stays free text. "field:=value" asks for the exact stored value (issuer:= only).
/// An unquoted type: value is the longest known type name its words spell (`type:Kế hoạch`);
/// other fields have no closed list of values, so their value is one word or a quoted phrase.
/// Consecutive free words form one part, so their pairs can be ranked.
std::vector<QueryPart> lex_query(std::string_view query);

} // namespace vanban::index
