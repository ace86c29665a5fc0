// Facts about a document that several rules need: is it a công văn, which codes are known.
#pragma once

#include "vanban/check.hpp"
#include "vanban/document.hpp"
#include "vanban/text/tables.hpp"

#include <algorithm>

#include <string>
#include <unordered_set>

namespace vanban::check {

/// Whether documents of `type` carry no type code in their number (data/number_phrases.json).
inline bool is_untyped_type(const std::string& type) {
  const auto& untyped = tables::get().phrases("number_phrases.untyped_types");
  return std::find(untyped.begin(), untyped.end(), type) != untyped.end();
}

/// A công văn has no type name: the compiler names it "Công văn" when it finds the V/v subject;
/// without one, a number with no type code ("58/LĐLĐ") still marks a công văn.
inline bool is_cong_van(const Document& d) {
  if (d.type) return is_untyped_type(*d.type);
  return d.number && !d.number->type_code && d.number->issuer_code;
}

/// Issuer codes and abbreviations known to the checker, the tables and the configuration.
std::unordered_set<std::string> known_codes(const Options& options);

} // namespace vanban::check
