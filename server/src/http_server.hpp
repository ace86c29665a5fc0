// httplib's server with vanban's connection handling: deadlines per request, a worker per
// connection from a bounded pool, and the raw-bytes entry of serve_raw_request().
#pragma once

#include "connection_pool.hpp"
#include "vanban/serve.hpp"

#include <httplib.h>

#include <atomic>
#include <string>
#include <string_view>

namespace vanban::serve {

/// httplib's parser, routing and responses, with its connection loop replaced (through the one
/// virtual it offers): httplib times out each read, not a request, so a client trickling its
/// headers held a worker forever, and its fixed pool of 8 let 8 such clients, or 8 idle kept-alive
/// browsers, stall every other request.
class HttpServer : public httplib::Server {
public:
  explicit HttpServer(const ServeLimits& limits);
  ~HttpServer() override;

  /// Serves until stop(), then answers what is queued and joins the workers.
  bool serve();
  /// Ends serve() from any thread: stops accepting, and tells waiting connections to close.
  void stop();

  /// The bytes a connection that received `request_bytes` would have been sent back.
  std::string respond_raw(std::string_view request_bytes);

protected:
  /// Called by httplib's accept loop with each new connection: hands it to the pool.
  bool process_and_close_socket(socket_t socket) override;

private:
  /// The connection's requests one after another until it closes, fails, or must close.
  void serve_requests(class RequestStream& stream);
  void serve_connection(int socket);

  const ServeLimits limits_;
  std::atomic<bool> stopping_{false};
  ConnectionPool pool_;
};

} // namespace vanban::serve
