// The server: httplib's thread pool in front of the router, every response with the security
// headers, errors httplib answers itself (bad request line, body too large) as JSON too.
#include "vanban/serve.hpp"

#include "api.hpp"
#include "archive_state.hpp"
#include "http_response.hpp"
#include "router.hpp"

#include <httplib.h>

#include <iostream>
#include <stdexcept>

namespace vanban::serve {

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct Server::Impl {
  explicit Impl(ServeOptions o) : options(std::move(o)), archive(options.db, options.recheck) {}

  ServeOptions options;
  ArchiveState archive;
  Router router;
  httplib::Server http;
  int port = -1;
};

namespace {

/// httplib's own answers (400 malformed request, 413 body too large …) have no body: give them
/// the API's JSON error.
httplib::Server::HandlerResponse on_error(const httplib::Request&, httplib::Response& res) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
  std::string message = res.status == 413 ? "nội dung gửi lên quá lớn (tối đa " +
                                                std::to_string(kMaxBodyBytes >> 20) + " MiB)"
                        : res.status == 414 ? "địa chỉ (URL) quá dài"
                        : res.status == 400 ? "yêu cầu HTTP không hợp lệ"
                                            : "lỗi HTTP " + std::to_string(res.status);
  send_error(res, res.status, message);
  return httplib::Server::HandlerResponse::Handled;
}

} // namespace

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  Router& r = impl_->router;
  add_search_api(r, impl_->archive);
  add_doc_api(r, impl_->archive);
  add_trace_api(r, impl_->archive);
  add_check_api(r, impl_->archive);
  add_stats_api(r, impl_->archive);
  add_pages(r);

  httplib::Server& http = impl_->http;
  http.set_default_headers(security_headers());
  http.set_payload_max_length(kMaxBodyBytes);
  // httplib writes headers and body separately: with Nagle's algorithm a kept-alive connection
  // then waits for the client's delayed ACK, 40 ms a response (measured: p50 44 ms → see README).
  http.set_tcp_nodelay(true);
  http.set_error_handler(httplib::Server::HandlerWithResponse(on_error));
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                                std::exception_ptr) {
    // The router catches handler errors; this is httplib's own (e.g. a multipart parse).
    std::cerr << "vanban serve: " << req.method << " " << req.path << ": unexpected exception\n";
    send_error(res, 500, "lỗi máy chủ: xem nhật ký của vanban serve");
  });
  // Every method goes through the router, which knows which paths exist (404) and which methods
  // they take (405).
  auto dispatch = [this](const httplib::Request& req, httplib::Response& res) {
    impl_->router.dispatch(req, res);
  };
  http.Get(".*", dispatch);
  http.Post(".*", dispatch);
  http.Put(".*", dispatch);
  http.Patch(".*", dispatch);
  http.Delete(".*", dispatch);
  http.Options(".*", dispatch);
}

Server::~Server() = default;

int Server::bind() {
  const auto& o = impl_->options;
  int port = o.port == 0 ? impl_->http.bind_to_any_port(o.host)
                         : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0)
    throw std::runtime_error("không mở được cổng " + std::to_string(o.port) + " trên " + o.host +
                             " (cổng đang bận, hoặc địa chỉ không thuộc máy này)");
  return impl_->port = port;
}

std::string Server::url() const {
  const std::string& host = impl_->options.host;
  bool v6 = host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(impl_->port) + "/";
}

void Server::run() {
  impl_->http.listen_after_bind();
}

void Server::stop() {
  impl_->http.stop();
}

} // namespace vanban::serve
