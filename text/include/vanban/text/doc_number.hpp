// A document number as the number grammar reads it: the model's DocNumber, owned by the text
// library because the grammar (number.hpp) produces it and the index and graph key on it.
#pragma once

#include <optional>
#include <string>

namespace vanban {

/// A number and symbol (số, ký hiệu) such as `409/KH-LĐLĐ`, `135/2020/NĐ-CP` or `02-NQ/TW`.
struct DocNumber {
  std::string text;                     ///< normalised: no spaces around separators, dashes → '-'
  std::string raw;                      ///< as written
  long seq = 0;                         ///< sequence number (409)
  std::optional<int> year;              ///< law-style year (2020 in 135/2020/NĐ-CP)
  std::optional<std::string> type_code; ///< KH, QĐ, NQ …; none for công văn
  std::optional<std::string> issuer_code; ///< LĐLĐ, TW, CP …
  std::optional<std::string> unit_code; ///< the drafting unit after the issuer (ToC in 88/LĐLĐ-ToC)
};

} // namespace vanban
