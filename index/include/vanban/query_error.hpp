// A query the user must correct, said in both languages and naming the part at fault, so the
// command line (--lang) and the HTTP API (a JSON error with "part") can both point at it.
#pragma once

#include <stdexcept>
#include <string>

namespace vanban {

class QueryError : public std::invalid_argument {
public:
  /// `part`: the offending piece as typed ("date:2024-13-45"), valid UTF-8; empty for the whole
  /// query. what() is the English message.
  QueryError(std::string part, std::string message_vi, const std::string& message_en)
      : std::invalid_argument(message_en), part_(std::move(part)), vi_(std::move(message_vi)) {}

  const std::string& part() const noexcept { return part_; }
  std::string message(bool english) const { return english ? what() : vi_; }

private:
  std::string part_, vi_;
};

} // namespace vanban
