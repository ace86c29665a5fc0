// `vanban serve`: options, the start-up line, --open, and SIGINT/SIGTERM for a clean stop.
#include "commands.hpp"

#include "vanban/archive_error.hpp"
#include "vanban/serve.hpp"

#include <csignal>
#include <fcntl.h>
#include <iostream>
#include <memory>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

namespace vanban::cli {
namespace {

struct ServeCommandOptions {
  serve::ServeOptions server;
  bool open = false;
};

/// Opens the URL in the desktop's browser; a machine without xdg-open still serves.
void open_browser(const std::string& url) {
  pid_t pid = 0;
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  posix_spawn_file_actions_t quiet;
  posix_spawn_file_actions_init(&quiet);
  posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&quiet, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  // The browser must not inherit the blocked SIGINT/SIGTERM of run_serve.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  int rc = posix_spawnp(&pid, "xdg-open", &quiet, &attr, const_cast<char**>(argv), environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&quiet);
  if (rc != 0) {
    std::cerr << "vanban serve: không mở được trình duyệt (xdg-open không có); hãy mở " << url
              << "\n";
    return;
  }
  std::thread([pid] { waitpid(pid, nullptr, 0); }).detach(); // reaped, whatever it returns
}

std::string reach(const std::string& host) {
  if (serve::is_loopback(host))
    return "loopback only: chỉ máy này truy cập được; --host 0.0.0.0 để mở cho mạng nội bộ";
  return "listening on " + host + ": các máy khác trong mạng truy cập được, không cần đăng nhập";
}

int run_serve(const ServeCommandOptions& o) {
  // SIGINT and SIGTERM are blocked in every thread (httplib's pool inherits the mask) and taken
  // by one waiter, which stops the server from normal code rather than a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::unique_ptr<serve::Server> server;
  try {
    server = std::make_unique<serve::Server>(o.server);
    server->bind();
  } catch (const std::exception& e) { // ArchiveError, or the port is taken
    std::cerr << "vanban serve: " << e.what() << "\n";
    return kInputError;
  }
  std::cout << "vanban serve: " << server->url() << " (" << reach(o.server.host) << ")"
            << std::endl; // flushed: scripts read the URL from this first line
  if (o.open) open_browser(server->url());

  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server->stop();
  });
  server->run();
  pthread_kill(waiter.native_handle(), SIGTERM); // wakes the waiter if run() ended on its own
  waiter.join();
  std::cerr << "vanban serve: stopped\n";
  return kOk;
}

} // namespace

Runner add_serve(CLI::App& app) {
  auto o = std::make_shared<ServeCommandOptions>();
  auto* cmd = app.add_subcommand("serve", "Serve the archive to a browser (search, documents, "
                                          "traces, check) and as a JSON API");
  cmd->add_option("--db", o->server.db, "Archive directory")->required();
  cmd->add_option("--host", o->server.host,
                  "Address to listen on (default 127.0.0.1: this "
                  "machine only)");
  cmd->add_option("--port", o->server.port, "Port (default 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  cmd->add_flag("--open", o->open, "Open the page in the browser (xdg-open)");
  return [o] { return run_serve(*o); };
}

} // namespace vanban::cli
