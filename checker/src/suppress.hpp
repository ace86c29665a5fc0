// Inline suppression: <!-- vanban-disable|enable|disable-next-line rule.id --> comments.
#pragma once

#include "source_text.hpp"

#include <string>
#include <vector>

namespace vanban::check {

class Suppressions {
public:
  explicit Suppressions(const SourceText& src);
  /// True when a comment turns `rule` off at `line`.
  bool covers(std::string_view rule, int line) const;

private:
  struct Range {
    std::string rule; ///< empty: every rule
    int from, to;
  };
  std::vector<Range> ranges_;
};

} // namespace vanban::check
