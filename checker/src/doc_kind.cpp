// The set of known issuer codes: abbreviations, the rule table's issuer codes, the configuration.
#include "doc_kind.hpp"

#include "rule_table.hpp"
#include "vanban/text/tables.hpp"

namespace vanban::check {

std::unordered_set<std::string> known_codes(const Options& options) {
  std::unordered_set<std::string> codes(rule_table().issuer_codes.begin(),
                                        rule_table().issuer_codes.end());
  for (const auto& a : tables::get().abbreviations) codes.insert(a.short_form);
  for (const auto& t : tables::get().types)
    if (t.code)
      codes.insert(*t.code); // a type code where an issuer was expected is a different error
  codes.insert(options.config.issuer_codes.begin(), options.config.issuer_codes.end());
  for (const auto& [short_form, long_form] : options.config.abbreviations) codes.insert(short_form);
  return codes;
}

} // namespace vanban::check
