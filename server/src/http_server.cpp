// The connection loop: wait for a request within the idle timeout, let httplib parse and answer
// it, and close whenever the rest of the connection's bytes cannot be trusted.
#include "http_server.hpp"

#include "connection_stream.hpp"
#include "raw_request_stream.hpp"
#include "request_context.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>

namespace vanban::serve {
namespace {

/// Runs accepted connections on the accept thread itself, which only hands them to the pool.
class InlineQueue final : public httplib::TaskQueue {
public:
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override {}
};

/// After answering a request whose body was left unread, how long and how much of it to read
/// away before closing: a close with unread input resets the connection, and the client may lose
/// the answer it has not read yet.
constexpr std::chrono::milliseconds kLingerTime{1000};
constexpr std::size_t kLingerBytes = 4 << 20;

void close_after_draining(int socket) {
  ::shutdown(socket, SHUT_WR);
  auto deadline = std::chrono::steady_clock::now() + kLingerTime;
  char sink[16 << 10];
  for (std::size_t drained = 0; drained < kLingerBytes;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd p{socket, POLLIN, 0};
    if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    ssize_t n = ::recv(socket, sink, sizeof sink, MSG_DONTWAIT);
    if (n <= 0) break;
    drained += static_cast<std::size_t>(n);
  }
  ::close(socket);
}

/// The answer to a connection there is no worker for, written without waiting: the socket's
/// buffer is empty and the answer fits in it.
void refuse(int socket) {
  static const std::string body =
      "{\"error\":\"máy chủ đang quá tải (quá nhiều kết nối); thử lại sau ít giây\"}";
  static const std::string response =
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
      "Retry-After: 5\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
      "Content-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  (void)!::send(socket, response.data(), response.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
  ::shutdown(socket, SHUT_RDWR);
  ::close(socket);
}

} // namespace

HttpServer::HttpServer(const ServeLimits& limits)
    : limits_(limits), pool_(limits.max_workers, limits.max_queued,
                             [this](int socket) { serve_connection(socket); }) {
  new_task_queue = [] { return new InlineQueue; };
  // What the Keep-Alive header announces; the loop below enforces them.
  set_keep_alive_max_count(limits.max_requests_per_connection);
  set_keep_alive_timeout(std::chrono::ceil<std::chrono::seconds>(limits.idle_timeout).count());
}

HttpServer::~HttpServer() {
  stop();
  pool_.shutdown();
}

bool HttpServer::serve() {
  // httplib listens with a backlog of 5: a burst of connections overflowed it, and each dropped
  // SYN cost its client a retransmission a second or more later. Listening again on the bound
  // socket only changes the backlog (Linux); the kernel caps it at net.core.somaxconn.
  if (svr_sock_ != INVALID_SOCKET) ::listen(svr_sock_, SOMAXCONN);
  bool ok = stopping_ || listen_after_bind();
  pool_.shutdown();
  return ok;
}

void HttpServer::stop() {
  if (stopping_.exchange(true)) return; // httplib's stop() asserts it runs once
  httplib::Server::stop();
  // httplib's stop() does nothing until listen_after_bind() has marked the server running: a stop
  // in that window (a signal at start-up, a test that stops at once) left serve() blocked in
  // accept() for ever. Shutting the bound socket down makes that accept() fail, and httplib
  // returns; once running, httplib's stop() has already closed it and taken it away.
  if (socket_t sock = svr_sock_; sock != INVALID_SOCKET) ::shutdown(sock, SHUT_RDWR);
}

bool HttpServer::process_and_close_socket(socket_t socket) {
  if (!pool_.submit(socket)) refuse(socket);
  return true;
}

void HttpServer::serve_connection(int socket) {
  ConnectionStream stream(socket, limits_, stopping_);
  serve_requests(stream);
  if (this_request().close_connection) return close_after_draining(socket);
  ::shutdown(socket, SHUT_RDWR);
  ::close(socket);
}

void HttpServer::serve_requests(RequestStream& stream) {
  for (std::size_t n = 1; n <= limits_.max_requests_per_connection; ++n) {
    this_request() = {};
    if (!stream.wait_for_request()) return;
    stream.begin_request();
    bool client_closes = false; // Connection: close, or HTTP/1.0
    bool last = n == limits_.max_requests_per_connection;
    if (!process_request(stream, last, client_closes, nullptr)) return;
    if (client_closes || this_request().close_connection) return;
  }
}

std::string HttpServer::respond_raw(std::string_view request_bytes) {
  RawRequestStream stream(request_bytes, limits_.max_head_bytes, kMaxBodyWireBytes);
  serve_requests(stream);
  this_request() = {};
  return std::move(stream.output());
}

} // namespace vanban::serve
