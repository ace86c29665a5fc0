// A minimal streaming JSON writer: compact output identical to nlohmann::json::dump().
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::json {

/// Appends JSON to a string. Callers pair begin/end; commas are placed automatically.
/// Strings are escaped as nlohmann does; an ill-formed UTF-8 sequence is written as U+FFFD.
class Writer {
public:
  explicit Writer(std::string& out) : out_(out) {}

  Writer& begin_object() { return open('{'); }
  Writer& end_object() { return close('}'); }
  Writer& begin_array() { return open('['); }
  Writer& end_array() { return close(']'); }
  Writer& key(std::string_view k) {
    separate();
    string(k);
    out_.push_back(':');
    after_key_ = true;
    return *this;
  }
  Writer& value(std::string_view s) {
    separate();
    string(s);
    return *this;
  }
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(const std::string& s) { return value(std::string_view(s)); }
  Writer& value(long long n) {
    separate();
    out_ += std::to_string(n);
    return *this;
  }
  Writer& value(int n) { return value(static_cast<long long>(n)); }
  Writer& value(long n) { return value(static_cast<long long>(n)); }
  Writer& value(std::size_t n) {
    separate();
    out_ += std::to_string(n);
    return *this;
  }
  Writer& value(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  Writer& null() {
    separate();
    out_ += "null";
    return *this;
  }
  template <typename T> Writer& value(const std::optional<T>& v) { return v ? value(*v) : null(); }
  Writer& value(const std::vector<std::string>& list) {
    begin_array();
    for (const auto& s : list) value(s);
    return end_array();
  }
  /// key + value in one call.
  template <typename T> Writer& field(std::string_view k, const T& v) { return key(k).value(v); }

private:
  std::string& out_;
  bool first_ = true; ///< no element written yet in the current container
  bool after_key_ = false;

  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) out_.push_back(',');
    first_ = false;
  }
  Writer& open(char c) {
    separate();
    out_.push_back(c);
    first_ = true;
    return *this;
  }
  Writer& close(char c) {
    out_.push_back(c);
    first_ = false;
    return *this;
  }
  void string(std::string_view s);
};

} // namespace vanban::json
