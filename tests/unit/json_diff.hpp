// A readable list of the differences between two JSON values, for test failure messages.
#pragma once

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace vanban::test {

/// One line per difference: "  /sections/2/title: "Old" → "New"" (a JSON Patch path, RFC 6901),
/// "+" for a field only in `actual`, "-" for one only in `expected`. Equal values in another key
/// order (which the model's fixed field order forbids) are named as such.
inline std::string json_differences(const nlohmann::ordered_json& expected,
                                    const nlohmann::ordered_json& actual) {
  std::ostringstream out;
  const auto patch = nlohmann::ordered_json::diff(expected, actual);
  for (const auto& op : patch) {
    const std::string path = op.at("path").get<std::string>();
    const std::string kind = op.at("op").get<std::string>();
    const nlohmann::ordered_json::json_pointer ptr(path);
    if (kind == "add")
      out << "  + " << path << ": " << op.at("value").dump() << "\n";
    else if (kind == "remove")
      out << "  - " << path << ": " << expected.at(ptr).dump() << "\n";
    else
      out << "  " << path << ": " << expected.at(ptr).dump() << " → " << op.at("value").dump()
          << "\n";
  }
  if (patch.empty() && expected != actual) out << "  the same fields in another order\n";
  return out.str();
}

} // namespace vanban::test
