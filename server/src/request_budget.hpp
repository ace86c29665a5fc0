// The bytes one request may take from its connection, and where its head ends.
#pragma once

#include <cstddef>

namespace vanban::serve {

/// httplib bounds the length of one header line but neither the number of lines nor the length of
/// a line before it checks it, nor a chunked body: this bounds what the parser is given. The head
/// (request line and headers) ends at its blank line, which also starts the body's clock.
class RequestBudget {
public:
  RequestBudget(std::size_t max_head_bytes, std::size_t max_body_bytes)
      : max_head_(max_head_bytes), max_body_(max_body_bytes) {}

  /// A new request starts on the connection: its head first.
  void begin_request();
  /// How many of `available` bytes the parser may have now; 0 once the request is over budget.
  std::size_t allowance(std::size_t available) const;
  /// Accounts the bytes handed to the parser; true when they complete the head.
  bool consume(const char* bytes, std::size_t n);
  bool in_head() const { return in_head_; }

private:
  std::size_t max_head_;
  std::size_t max_body_;
  std::size_t head_used_ = 0;
  std::size_t body_used_ = 0;
  bool in_head_ = true;
  /// How much of "\n\r\n" (a line end, then the empty CRLF line that ends httplib's headers)
  /// the last bytes matched.
  int matched_ = 0;
};

} // namespace vanban::serve
