// The server: vanban's connection handling (http_server.hpp) in front of the router, requests
// with ambiguous framing refused, every response with the security headers, errors httplib
// answers itself (bad request line, body too large) as JSON too.
#include "vanban/serve.hpp"
#include "vanban/serve_raw.hpp"

#include "api.hpp"
#include "archive_state.hpp"
#include "connection_stream.hpp"
#include "framing.hpp"
#include "http_response.hpp"
#include "http_server.hpp"
#include "request_context.hpp"
#include "router.hpp"
#include "work_gate.hpp"

#include <httplib.h>

#include <iostream>
#include <stdexcept>

namespace vanban::serve {

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct Server::Impl {
  explicit Impl(ServeOptions o)
      : options(std::move(o)), archive(options.db, options.recheck),
        check_gate(options.limits.max_concurrent_checks, options.limits.check_wait,
                   "kiểm tra những dự thảo"),
        search_gate(options.limits.max_concurrent_searches, options.limits.search_wait,
                    "tìm kiếm cho những yêu cầu"),
        http(options.limits) {}

  ServeOptions options;
  ArchiveState archive;
  WorkGate check_gate;
  WorkGate search_gate;
  Router router;
  HttpServer http;
  int port = -1;
};

namespace {

/// Answers `error` and closes the connection after it: the request's bytes were not all read, so
/// the next request's would not start where the parser looks.
void refuse_request(httplib::Response& res, const HttpError& error) {
  this_request().close_connection = true;
  send_error(res, error);
}

/// Before any body is read: refuses ambiguous framing (framing.hpp).
httplib::Server::HandlerResponse check_framing(const httplib::Request& req,
                                               httplib::Response& res) {
  auto error = framing_error(req);
  if (!error) return httplib::Server::HandlerResponse::Unhandled;
  refuse_request(res, *error);
  return httplib::Server::HandlerResponse::Handled;
}

/// httplib answers "100 Continue" before routing: a body the request cannot have is refused
/// before the client sends it.
int on_expect_continue(const httplib::Request& req, httplib::Response& res) {
  auto error = framing_error(req);
  if (!error && req.has_header("Content-Length") &&
      std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) >
          kMaxBodyWireBytes)
    error = HttpError(413, "nội dung gửi lên quá lớn");
  if (!error) return 100;
  refuse_request(res, *error);
  return res.status;
}

/// A body its route did not read (a GET with a body, a POST to a path that takes none, a check
/// refused before reading) is still in the connection: close it after the answer.
void close_if_body_unread(const httplib::Request& req) {
  if (!this_request().body_read && declares_body(req)) this_request().close_connection = true;
}

/// The Connection header says what the loop will do (httplib wrote Keep-Alive by the request's).
void announce_close(const httplib::Request&, httplib::Response& res) {
  if (!this_request().close_connection) return;
  res.headers.erase("Keep-Alive");
  res.headers.erase("Connection");
  res.set_header("Connection", "close");
}

/// httplib's own answers (400 malformed request, 413 body too large …) have no body: give them
/// the API's JSON error. They mean the request was not parsed to its end: close after them.
httplib::Server::HandlerResponse on_error(const httplib::Request&, httplib::Response& res) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
  this_request().close_connection = true;
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
  add_follow_up_api(r, impl_->archive);
  add_check_api(r, impl_->archive);
  add_stats_api(r, impl_->archive);
  add_pages(r);

  r.limit("POST", "/api/check", impl_->check_gate);
  r.limit("GET", "/api/search", impl_->search_gate);

  httplib::Server& http = impl_->http;
  http.set_default_headers(security_headers());
  // Bodies are read by their route (draft_body.hpp), which knows its limit; this bounds any
  // other body httplib would read itself.
  http.set_payload_max_length(kMaxBodyWireBytes);
  // httplib writes headers and body separately: with Nagle's algorithm a kept-alive connection
  // then waits for the client's delayed ACK, 40 ms a response (measured: p50 44 ms → see README).
  http.set_tcp_nodelay(true);
  http.set_error_handler(httplib::Server::HandlerWithResponse(on_error));
  http.set_pre_routing_handler(check_framing);
  http.set_expect_100_continue_handler(on_expect_continue);
  http.set_post_routing_handler(announce_close);
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                                std::exception_ptr) {
    // The router catches handler errors; this is httplib's own (e.g. a multipart parse).
    std::cerr << "vanban serve: " << req.method << " " << req.path << ": unexpected exception\n";
    send_error(res, 500, "lỗi máy chủ: xem nhật ký của vanban serve");
  });
  // Every method goes through the router, which knows which paths exist (404) and which methods
  // they take (405). Methods that may carry a body hand the router httplib's reader, so that
  // only a route that takes a body reads it, within its own limit (httplib's own reading caps a
  // form body at 8 KiB, and a chunked body not at all).
  auto dispatch = [this](const httplib::Request& req, httplib::Response& res) {
    impl_->router.dispatch(req, res);
    close_if_body_unread(req);
  };
  auto dispatch_with_body = [this](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& reader) {
    impl_->router.dispatch(req, res, &reader);
    close_if_body_unread(req);
  };
  http.Get(".*", dispatch);
  http.Post(".*", dispatch_with_body);
  http.Put(".*", dispatch_with_body);
  http.Patch(".*", dispatch_with_body);
  http.Delete(".*", dispatch_with_body);
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
  impl_->http.serve();
}

void Server::stop() {
  impl_->http.stop();
}

std::string serve_raw_request(Server& server, std::string_view request_bytes) {
  return server.impl_->http.respond_raw(request_bytes);
}

} // namespace vanban::serve
