// Reads through a buffer under the head or body deadline and budget; writes under the response's
// deadline. The socket is only ever read or written when poll() says it will not block.
#include "connection_stream.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace vanban::serve {
namespace {

/// How long a wait may go without looking at the stop flag.
constexpr std::chrono::milliseconds kStopCheck{100};

void ip_and_port(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
    inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
    port = ntohs(a.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
    inet_ntop(AF_INET6, &a.sin6_addr, text, sizeof text);
    port = ntohs(a.sin6_port);
  }
  ip = text;
}

} // namespace

ConnectionStream::ConnectionStream(int socket, const ServeLimits& limits,
                                   const std::atomic<bool>& stopping)
    : socket_(socket), limits_(limits), stopping_(stopping),
      budget_(limits.max_head_bytes, kMaxBodyWireBytes) {}

bool ConnectionStream::wait(short events, Clock::time_point deadline) const {
  for (;;) {
    if (stopping_) return false;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return false;
    pollfd p{socket_, events, 0};
    int rc = ::poll(&p, 1, static_cast<int>(std::min(left, kStopCheck).count()));
    if (rc > 0) return true; // readable, writable, or an error the next call reports
    if (rc < 0 && errno != EINTR) return false;
  }
}

bool ConnectionStream::wait_for_request() {
  if (begin_ < end_) return true; // a pipelined request is already buffered
  return wait(POLLIN, Clock::now() + limits_.idle_timeout);
}

void ConnectionStream::begin_request() {
  budget_.begin_request();
  head_deadline_ = Clock::now() + limits_.head_timeout;
  body_deadline_ = Clock::time_point::max();
  writing_ = false;
}

ConnectionStream::Clock::time_point ConnectionStream::read_deadline() const {
  return budget_.in_head() ? head_deadline_ : body_deadline_;
}

ssize_t ConnectionStream::fill() {
  for (;;) {
    if (!wait(POLLIN, read_deadline())) return -1;
    ssize_t n = ::recv(socket_, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
    if (n >= 0) {
      begin_ = 0;
      end_ = static_cast<std::size_t>(n);
      return n;
    }
    if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return -1;
  }
}

ssize_t ConnectionStream::read(char* ptr, size_t size) {
  if (begin_ == end_) {
    ssize_t got = fill();
    if (got <= 0) return got;
  }
  std::size_t n = budget_.allowance(std::min(size, end_ - begin_));
  if (n == 0) return -1; // over budget: the parser sees a broken stream and answers 400
  std::memcpy(ptr, buffer_.data() + begin_, n);
  begin_ += n;
  if (budget_.consume(ptr, n)) body_deadline_ = Clock::now() + limits_.body_timeout;
  return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
  if (!writing_) {
    writing_ = true;
    write_deadline_ = Clock::now() + limits_.response_timeout;
  }
  for (;;) {
    ssize_t n = ::send(socket_, ptr, size, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n >= 0) return n;
    if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return -1;
    if (!wait(POLLOUT, write_deadline_)) return -1;
  }
}

bool ConnectionStream::is_readable() const {
  return begin_ < end_ || wait(POLLIN, read_deadline());
}

bool ConnectionStream::is_writable() const {
  return wait(POLLOUT, writing_ ? write_deadline_ : Clock::now() + limits_.response_timeout);
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getpeername(socket_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    ip_and_port(addr, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getsockname(socket_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    ip_and_port(addr, ip, port);
}

} // namespace vanban::serve
