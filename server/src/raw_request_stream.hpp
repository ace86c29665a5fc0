// A connection made of bytes already in memory: the request path of serve_raw_request().
#pragma once

#include "request_budget.hpp"
#include "request_stream.hpp"

#include <string>
#include <string_view>

namespace vanban::serve {

class RawRequestStream final : public RequestStream {
public:
  /// The same budgets as a socket's (connection_stream.hpp); there are no deadlines to keep.
  RawRequestStream(std::string_view input, std::size_t max_head_bytes, std::size_t max_body_bytes)
      : input_(input), budget_(max_head_bytes, max_body_bytes) {}

  bool wait_for_request() override { return position_ < input_.size(); }
  void begin_request() override { budget_.begin_request(); }

  bool is_readable() const override { return position_ < input_.size(); }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return INVALID_SOCKET; }

  /// Everything the server wrote.
  std::string& output() { return output_; }

private:
  std::string_view input_;
  std::size_t position_ = 0;
  RequestBudget budget_;
  std::string output_;
};

} // namespace vanban::serve
