// `vanban serve`: a local web server over an archive — the JSON API and the embedded pages.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace vanban::serve {

/// A draft sent to POST /api/check is one document: 1 MiB is over fifty times the longest in the
/// corpus (18 KB) and keeps a careless upload from filling memory.
inline constexpr std::size_t kMaxBodyBytes = 1 << 20;

/// What one client may cost the server. Slow and silent clients are dropped, every request's
/// bytes are bounded, and the heavy requests run a few at a time, so that neither many idle
/// connections nor a few expensive requests keep a cheap request from its answer (the
/// `hardening.server-dos.*` tests; README, Serve → API → Limits).
struct ServeLimits {
  /// The request line and headers, from their first byte: a client trickling them is dropped.
  std::chrono::milliseconds head_timeout{5000};
  /// The body, from the end of the headers: 1 MiB in 30 s is a 280 kbit/s link.
  std::chrono::milliseconds body_timeout{30000};
  /// A connection waiting for its (next) request; a browser reconnects at no cost.
  std::chrono::milliseconds idle_timeout{5000};
  /// Writing one response to a client that reads it slowly.
  std::chrono::milliseconds response_timeout{30000};
  /// Request line and headers together (httplib bounds a line, not their number).
  std::size_t max_head_bytes = 64 << 10;
  /// Requests on one kept-alive connection, after which it is closed.
  std::size_t max_requests_per_connection = 100;
  /// Connections served at once, a thread each (a waiting thread costs a few KiB).
  std::size_t max_workers = 256;
  /// Connections waiting for a worker; beyond them a new connection is answered 503 at once.
  std::size_t max_queued = 256;
  /// POST /api/check run at once (each holds its draft and the checker's working memory), and
  /// how long one more waits for its turn before a 503 with Retry-After.
  std::size_t max_concurrent_checks = 2;
  std::chrono::milliseconds check_wait{3000};
  /// GET /api/search run at once (facets walk every match), and how long one more waits.
  std::size_t max_concurrent_searches = 8;
  std::chrono::milliseconds search_wait{5000};
};

struct ServeOptions {
  std::string db;
  std::string host = "127.0.0.1"; ///< loopback unless asked otherwise
  int port = 8080;                ///< 0: any free port (see Server::port())
  /// How often a worker looks for a commit of `vanban index` (reopening costs a file read).
  std::chrono::milliseconds recheck{1000};
  ServeLimits limits;
};

/// True when `host` only accepts connections from this machine.
bool is_loopback(const std::string& host);

class Server {
public:
  /// Opens the archive (read-only). Throws ArchiveError when it is missing or unreadable.
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds the socket; returns the port. Throws std::runtime_error when it cannot bind.
  int bind();
  /// "http://127.0.0.1:8080/" after bind().
  std::string url() const;
  /// Serves on a thread pool until stop(); call after bind().
  void run();
  /// Stops run() from any thread (not from a signal handler).
  void stop();

private:
  friend std::string serve_raw_request(Server& server, std::string_view request_bytes);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vanban::serve
