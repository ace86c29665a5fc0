// Issue 13 item 4 (server): an archive of two invented documents, a server on a free port with
// the limits a test asks for, and a raw socket client for what httplib's client will not send.
#pragma once

#include "index_helpers.hpp"
#include "vanban/archive.hpp"
#include "vanban/serve.hpp"

#include <doctest/doctest.h>
#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace server_dos {

using Clock = std::chrono::steady_clock;

/// An invented plan: header, title, a citation, Nơi nhận, signature.
inline const std::string kPlan =
    "| LIÊN ĐOÀN LAO ĐỘNG HUYỆN MƯỜNG KHA<br>**BAN THƯỜNG VỤ**<br>Số: 14/KH-LĐLĐ | **CỘNG HÒA XÃ "
    "HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Mường Kha, ngày 4 tháng 3 "
    "năm 2024* |\n|---|---|\n\n**KẾ HOẠCH**\n\n**Tổ chức Ngày hội đọc sách năm 2024**\n\nThực "
    "hiện Kế hoạch số 9/KH-LĐLĐ ngày 12/02/2024 của Ban Thường vụ Liên đoàn Lao động tỉnh, Ban "
    "Thường vụ xây dựng Kế hoạch như sau:\n\n**I. MỤC ĐÍCH**\n\n1. Khuyến khích đoàn viên đọc "
    "sách.\n\n**Nơi nhận:**\n\n- Các công đoàn cơ sở;\n- Lưu: VT.\n\n**TM. BAN THƯỜNG VỤ  \nCHỦ "
    "TỊCH**\n\n**Hà Văn Sơn**\n";

/// A draft with findings (no number, no Nơi nhận), repeated to `bytes` with more paragraphs.
inline std::string draft_of(std::size_t bytes) {
  std::string draft = "**KẾ HOẠCH**\n\n**Tổ chức giải bóng chuyền công nhân**\n\n";
  const std::string paragraph =
      "Các công đoàn cơ sở cử vận động viên tham gia, báo cáo danh sách trước ngày 05/6/2024.\n\n";
  while (draft.size() + paragraph.size() <= bytes) draft += paragraph;
  draft.append(bytes - draft.size(), '.');
  return draft;
}

/// A server over a fresh archive of kPlan, running on a free port until destroyed.
class Served {
public:
  explicit Served(vanban::serve::ServeLimits limits = {}) {
    dir_.write("docs/ke-hoach.md", kPlan);
    vanban::IndexOptions index;
    index.jobs = 1;
    vanban::index_documents(dir_.path("db"), {dir_.path("docs")}, index);
    vanban::serve::ServeOptions o;
    o.db = dir_.path("db");
    o.port = 0;
    o.limits = limits;
    server_ = std::make_unique<vanban::serve::Server>(o);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
  }
  ~Served() {
    server_->stop();
    thread_.join();
  }
  int port() const { return port_; }
  vanban::serve::Server& server() { return *server_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0); // a sanitizer build is slow; the bounds are checked by the tests
    return c;
  }

private:
  vanban::test::TempDir dir_;
  std::unique_ptr<vanban::serve::Server> server_;
  int port_ = 0;
  std::thread thread_;
};

/// A plain TCP connection to the server, closed on destruction.
class Socket {
public:
  explicit Socket(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    REQUIRE(fd_ >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  }
  ~Socket() { ::close(fd_); }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;

  /// False once the server has closed the connection.
  bool send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }

  /// Everything the server sends until it closes the connection or `wait` passes.
  std::string receive_until_closed(std::chrono::milliseconds wait) {
    std::string out;
    auto deadline = Clock::now() + wait;
    closed_ = false;
    while (Clock::now() < deadline) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      char buf[65536];
      ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) {
        closed_ = true;
        break;
      }
      out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
  }
  /// Whether the last receive_until_closed() ended because the server closed.
  bool closed() const { return closed_; }
  /// True when the server has closed the connection (without waiting).
  bool closed_now() {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0) return false;
    char buf[4096];
    ssize_t n = ::recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN);
  }

private:
  int fd_;
  bool closed_ = false;
};

/// The status of the first response in `raw` (0 when there is none).
inline int status_of(const std::string& raw) {
  if (raw.rfind("HTTP/1.1 ", 0) != 0 || raw.size() < 12) return 0;
  return std::stoi(raw.substr(9, 3));
}

/// How many responses `raw` holds.
inline int responses_in(const std::string& raw) {
  int n = 0;
  for (auto at = raw.find("HTTP/1.1 "); at != std::string::npos; at = raw.find("HTTP/1.1 ", at + 1))
    ++n;
  return n;
}

inline double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace server_dos
