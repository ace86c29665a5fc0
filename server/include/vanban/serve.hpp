// `vanban serve`: a local web server over an archive — the JSON API and the embedded pages.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace vanban::serve {

/// A draft sent to POST /api/check is one document: 1 MiB is over fifty times the longest in the
/// corpus (18 KB) and keeps a careless upload from filling memory.
inline constexpr std::size_t kMaxBodyBytes = 1 << 20;

struct ServeOptions {
  std::string db;
  std::string host = "127.0.0.1"; ///< loopback unless asked otherwise
  int port = 8080;                ///< 0: any free port (see Server::port())
  /// How often a worker looks for a commit of `vanban index` (reopening costs a file read).
  std::chrono::milliseconds recheck{1000};
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
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vanban::serve
