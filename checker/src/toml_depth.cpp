// A single pass over TOML text that follows only what nests: [table] headers, dotted keys, arrays
// and inline tables. Everything else (values, syntax errors) is left to toml11.
#include "toml_depth.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace vanban::check {
namespace {

class DepthScan {
public:
  DepthScan(std::string_view text, std::size_t limit) : s_(text), limit_(limit) {}

  std::optional<int> run() {
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '\n') {
        end_of_line();
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++i_;
      } else if (c == '#') {
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
      } else if (statement_start_ && open_.empty() && c == '[') {
        statement_start_ = false;
        if (!header()) return line_;
      } else if (c == '"' || c == '\'') {
        statement_start_ = false;
        skip_string();
      } else {
        statement_start_ = false;
        if (!(in_key_ ? key_char(c) : value_char(c))) return line_;
        ++i_;
      }
    }
    return std::nullopt;
  }

private:
  struct Level {
    bool inline_table;
    std::size_t key_parts = 0; ///< dots of the key being read at this level
  };

  /// A statement ends with its line unless an array or inline table is still open.
  void end_of_line() {
    ++line_;
    ++i_;
    if (!open_.empty()) return;
    depth_ = table_;
    key_parts_ = 0;
    in_key_ = statement_start_ = true;
  }

  /// [a.b.c] or [[a.b.c]]: the statements below it start that many levels down.
  bool header() {
    i_ += s_.compare(i_, 2, "[[") == 0 ? 2 : 1;
    table_ = 1;
    while (i_ < s_.size() && s_[i_] != ']' && s_[i_] != '\n') {
      if (s_[i_] == '"' || s_[i_] == '\'') {
        skip_string();
        continue;
      }
      if (s_[i_] == '.' && ++table_ > limit_) return false;
      ++i_;
    }
    depth_ = table_;
    in_key_ = false; // the rest of the line is the closing bracket and a comment
    return true;
  }

  bool key_char(char c) {
    if (c == '=') {
      in_key_ = false;
    } else if (c == '.') {
      ++(open_.empty() ? key_parts_ : open_.back().key_parts);
      return ++depth_ <= limit_;
    }
    return true;
  }

  bool value_char(char c) {
    switch (c) {
    case '[':
    case '{':
      open_.push_back({c == '{'});
      in_key_ = c == '{';
      return ++depth_ <= limit_;
    case ']':
    case '}':
      if (!open_.empty()) {
        depth_ -= 1 + open_.back().key_parts;
        open_.pop_back();
      }
      return true;
    case ',':
      if (!open_.empty() && open_.back().inline_table) { // the next key of the inline table
        depth_ -= open_.back().key_parts;
        open_.back().key_parts = 0;
        in_key_ = true;
      }
      return true;
    default:
      return true;
    }
  }

  /// Moves past the string starting at i_: "basic" (with \ escapes), 'literal', and their
  /// multi-line forms, which may end in up to five quotes ("""a""""" holds a"").
  void skip_string() {
    const char q = s_[i_];
    const bool multi = s_.compare(i_, 3, std::string(3, q)) == 0;
    i_ += multi ? 3 : 1;
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '\\' && q == '"') {
        if (i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ++line_;
        i_ += 2;
      } else if (c == '\n') {
        if (!multi) return; // unterminated: toml11 says so
        ++line_;
        ++i_;
      } else if (c == q) {
        std::size_t run = 1;
        while (i_ + run < s_.size() && s_[i_ + run] == q) ++run;
        if (!multi) {
          ++i_;
          return;
        }
        if (run >= 3) {
          i_ += std::min<std::size_t>(run, 5);
          return;
        }
        i_ += run;
      } else {
        ++i_;
      }
    }
  }

  std::string_view s_;
  std::size_t limit_;
  std::size_t i_ = 0;
  int line_ = 1;
  std::size_t table_ = 0;     ///< levels of the current [table] header
  std::size_t key_parts_ = 0; ///< dots of the statement's own key
  std::size_t depth_ = 0;     ///< levels at this point: table, key parts, open brackets
  std::vector<Level> open_;   ///< open arrays and inline tables (at most `limit_`)
  bool in_key_ = true, statement_start_ = true;
};

} // namespace

std::optional<int> toml_line_deeper_than(std::string_view text, std::size_t limit) {
  return DepthScan(text, limit).run();
}

} // namespace vanban::check
