// One client's socket with a deadline on each part of a request, instead of httplib's timeout per
// read (which a client sending a byte every few seconds never reaches).
#pragma once

#include "request_budget.hpp"
#include "request_stream.hpp"
#include "vanban/serve.hpp"

#include <array>
#include <atomic>
#include <chrono>

namespace vanban::serve {

/// The bytes of one request's body on the wire, chunk framing included: twice the largest upload
/// (a form-encoded draft, see draft_body.hpp) leaves room for any reasonable chunking.
inline constexpr std::size_t kMaxBodyWireBytes = 8 << 20;

class ConnectionStream final : public RequestStream {
public:
  /// `stopping` is polled while waiting, so that a stop does not wait for a silent client.
  ConnectionStream(int socket, const ServeLimits& limits, const std::atomic<bool>& stopping);

  bool wait_for_request() override;
  void begin_request() override;

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return socket_; }

private:
  using Clock = std::chrono::steady_clock;
  /// Polls for `events` until `deadline`, in slices so that a stop is seen; false on timeout or
  /// stop.
  bool wait(short events, Clock::time_point deadline) const;
  /// Refills the buffer from the socket before the current part's deadline: bytes read, 0 at the
  /// end of the stream, -1 on timeout or error.
  ssize_t fill();
  Clock::time_point read_deadline() const;

  int socket_;
  const ServeLimits& limits_;
  const std::atomic<bool>& stopping_;
  RequestBudget budget_;
  /// httplib reads the head a byte at a time: one recv per buffer, not per byte.
  std::array<char, 16 << 10> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  Clock::time_point head_deadline_;
  Clock::time_point body_deadline_;
  Clock::time_point write_deadline_;
  bool writing_ = false; ///< the response has started: its deadline is set
};

} // namespace vanban::serve
