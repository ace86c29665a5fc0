// What every rule receives: the model, the raw source, the options; and where it reports.
#pragma once

#include "source_text.hpp"
#include "template.hpp"

#include "vanban/check.hpp"
#include "vanban/document.hpp"

#include <string>
#include <unordered_set>
#include <vector>

namespace vanban::check {

/// A finding before severity, suppression and language are applied.
struct RawFinding {
  std::string rule;
  int line = 1, column = 1;
  std::string variant; ///< empty: the rule's main message
  Args args;
};

struct Context {
  const Document& doc;
  const SourceText& src;
  const Options& options;
  /// Issuer codes and abbreviations known here (tables + configuration), built once per document.
  const std::unordered_set<std::string>& codes;
  std::vector<RawFinding>& out;

  void report(std::string rule, int line, int column = 1, Args args = {},
              std::string variant = {}) {
    out.push_back({std::move(rule), line < 1 ? 1 : line, column < 1 ? 1 : column,
                   std::move(variant), std::move(args)});
  }
  /// The line of the first part found among `candidates` (for findings about a missing part).
  static int first_nonzero(std::initializer_list<int> candidates) {
    for (int c : candidates)
      if (c > 0) return c;
    return 1;
  }
};

} // namespace vanban::check
