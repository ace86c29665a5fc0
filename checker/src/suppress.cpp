// Scans the raw lines for vanban-disable / -enable / -disable-next-line HTML comments.
// A disable that is never enabled again covers the whole document (from line 1), so that it
// also silences findings about a missing part, which point at line 1.
#include "suppress.hpp"

#include "vanban/text/text.hpp"

#include <climits>
#include <map>
#include <optional>

namespace vanban::check {
namespace {

struct Directive {
  std::string_view verb;          ///< disable, enable, disable-next-line
  std::vector<std::string> rules; ///< empty: every rule
};

/// The directive inside one "<!-- … -->" comment, if it is a vanban one.
std::optional<Directive> directive(std::string_view comment) {
  comment = text::trim(comment);
  constexpr std::string_view kPrefix = "vanban-";
  if (comment.rfind(kPrefix, 0) != 0) return std::nullopt;
  comment.remove_prefix(kPrefix.size());
  auto space = comment.find_first_of(" \t");
  Directive d{comment.substr(0, space), {}};
  if (d.verb != "disable" && d.verb != "enable" && d.verb != "disable-next-line")
    return std::nullopt;
  if (space != std::string_view::npos) {
    std::string rest(comment.substr(space));
    for (char& c : rest)
      if (c == ',') c = ' ';
    for (auto part : text::split(rest, ' '))
      if (!text::trim(part).empty()) d.rules.emplace_back(text::trim(part));
  }
  return d;
}

} // namespace

Suppressions::Suppressions(const SourceText& src) {
  std::map<std::string, int> open; // rule → line of its disable
  auto close = [&](const std::string& rule, int to) {
    if (auto it = open.find(rule); it != open.end()) {
      ranges_.push_back({rule, it->second, to});
      open.erase(it);
    }
  };
  for (int n = 1; n <= src.line_count(); ++n) {
    auto l = src.line(n);
    for (auto at = l.find("<!--"); at != std::string_view::npos; at = l.find("<!--", at + 4)) {
      auto end = l.find("-->", at + 4);
      if (end == std::string_view::npos) break;
      auto d = directive(l.substr(at + 4, end - at - 4));
      if (!d) continue;
      std::vector<std::string> rules = d->rules.empty() ? std::vector<std::string>{""} : d->rules;
      for (const auto& rule : rules) {
        if (d->verb == "disable-next-line")
          ranges_.push_back({rule, n + 1, n + 1});
        else if (d->verb == "disable")
          open.emplace(rule, n);
        else if (rule.empty()) {
          for (auto copy = open; const auto& [r, from] : copy) close(r, n);
        } else
          close(rule, n);
      }
    }
  }
  for (const auto& [rule, from] : open) ranges_.push_back({rule, 1, INT_MAX});
}

bool Suppressions::covers(std::string_view rule, int line) const {
  for (const auto& r : ranges_)
    if ((r.rule.empty() || r.rule == rule) && line >= r.from && line <= r.to) return true;
  return false;
}

} // namespace vanban::check
