// Dispatch, and the one place where handler failures become responses.
#include "router.hpp"

#include "http_response.hpp"

#include "vanban/archive_error.hpp"

#include <iostream>
#include <optional>
#include <stdexcept>

namespace vanban::serve {
namespace {

constexpr const char* kNotFoundPage =
    "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Không tìm thấy</title>"
    "</head><body><h1>Không tìm thấy trang</h1><p><a href=\"/\">Về trang tìm kiếm</a></p></body>"
    "</html>\n";

/// When a client may ask again after a shard could not be reached.
constexpr int kShardRetrySeconds = 5;

bool is_api(const std::string& path) {
  return path == "/api" || path.rfind("/api/", 0) == 0;
}

/// HEAD is answered like GET (httplib drops the body).
bool method_matches(const std::string& route, const std::string& request) {
  return route == request || (route == "GET" && request == "HEAD");
}

} // namespace

void Router::add(const std::string& method, const std::string& pattern, Handler handler) {
  routes_.push_back({method, pattern, std::regex(pattern), std::move(handler), {}});
}

void Router::add(const std::string& method, const std::string& pattern, BodyHandler handler) {
  routes_.push_back({method, pattern, std::regex(pattern), {}, std::move(handler)});
}

void Router::limit(const std::string& method, const std::string& pattern, WorkGate& gate) {
  for (auto& route : routes_)
    if (route.method == method && route.source == pattern) {
      route.gate = &gate;
      return;
    }
  throw std::logic_error("no route " + method + " " + pattern + " to limit");
}

void Router::run(const Route& route, const httplib::Request& req, httplib::Response& res,
                 const std::smatch& match, const httplib::ContentReader* reader) const {
  try {
    std::optional<WorkGate::Pass> pass;
    if (route.gate) pass.emplace(route.gate->enter());
    if (!route.body_handler) return route.handler(req, res, match);
    if (!reader) throw std::logic_error("a body route reached without the body's reader");
    route.body_handler(req, res, match, *reader);
  } catch (const HttpError& e) {
    send_error(res, e);
  } catch (const ArchiveError& e) {
    std::cerr << "vanban serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
    // A shard that cannot be reached is a passing fault: the next request connects again.
    if (e.kind() == ArchiveError::Kind::Unavailable)
      return send_error(res, HttpError(503, std::string("kho tạm thời không đọc được: ") + e.what(),
                                       kShardRetrySeconds));
    send_error(res, 500, "lỗi máy chủ: xem nhật ký của vanban serve");
  } catch (const std::exception& e) {
    std::cerr << "vanban serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
    send_error(res, 500, "lỗi máy chủ: xem nhật ký của vanban serve");
  }
}

void Router::dispatch(const httplib::Request& req, httplib::Response& res,
                      const httplib::ContentReader* reader) const {
  std::string allowed;
  for (const auto& route : routes_) {
    std::smatch match;
    if (!std::regex_match(req.path, match, route.pattern)) continue;
    if (method_matches(route.method, req.method)) return run(route, req, res, match, reader);
    allowed += (allowed.empty() ? "" : ", ") + route.method;
  }
  if (!allowed.empty()) {
    res.set_header("Allow", allowed);
    return send_error(res, 405, "phương thức " + req.method + " không dùng được ở " + req.path);
  }
  send_not_found(req, res);
}

void send_not_found(const httplib::Request& req, httplib::Response& res) {
  if (is_api(req.path)) return send_error(res, 404, "không có API " + req.path);
  res.status = 404;
  res.set_content(kNotFoundPage, "text/html; charset=utf-8");
}

} // namespace vanban::serve
