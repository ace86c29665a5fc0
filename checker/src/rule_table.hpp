// The rule table of data/check_rules.json, parsed once: rules, codes, bodies, UI strings.
#pragma once

#include "vanban/check.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace vanban::check {

/// A text in both languages, indexed by Lang.
using Bilingual = std::array<std::string, 2>;

inline const std::string& in(const Bilingual& text, Lang lang) {
  return text[static_cast<std::size_t>(lang)];
}

struct RuleVariant {
  Bilingual message, hint;
};

struct RuleDef {
  std::string id;
  Severity strict = Severity::Error, lenient = Severity::Error;
  Bilingual description, message, hint;
  std::string example;
  std::map<std::string, RuleVariant> variants;
};

struct RuleTable {
  std::vector<RuleDef> rules;
  std::vector<std::string> issuer_codes;      ///< known issuer codes besides the abbreviations
  std::vector<std::string> collective_bodies; ///< upper case: bodies that sign with TM.
  std::vector<std::string> without_distribution_types;   ///< "Luật": no Nơi nhận in its form
  std::vector<std::string> without_distribution_issuers; ///< "QH": its resolutions have none
  std::map<std::string, Bilingual, std::less<>> ui;

  const RuleDef* find(std::string_view id) const;
};

const RuleTable& rule_table();

/// README anchor of a rule: "check-" + id with dots as dashes.
std::string rule_anchor(std::string_view id);

} // namespace vanban::check
