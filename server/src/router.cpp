// Dispatch, and the one place where handler failures become responses.
#include "router.hpp"

#include "http_response.hpp"

#include <iostream>

namespace vanban::serve {
namespace {

constexpr const char* kNotFoundPage =
    "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Không tìm thấy</title>"
    "</head><body><h1>Không tìm thấy trang</h1><p><a href=\"/\">Về trang tìm kiếm</a></p></body>"
    "</html>\n";

bool is_api(const std::string& path) {
  return path == "/api" || path.rfind("/api/", 0) == 0;
}

/// HEAD is answered like GET (httplib drops the body).
bool method_matches(const std::string& route, const std::string& request) {
  return route == request || (route == "GET" && request == "HEAD");
}

void run_handler(const Handler& handler, const httplib::Request& req, httplib::Response& res,
                 const std::smatch& match) {
  try {
    handler(req, res, match);
  } catch (const HttpError& e) {
    send_error(res, e.status, e.what());
  } catch (const std::exception& e) {
    std::cerr << "vanban serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
    send_error(res, 500, "lỗi máy chủ: xem nhật ký của vanban serve");
  }
}

} // namespace

void Router::add(const std::string& method, const std::string& pattern, Handler handler) {
  routes_.push_back({method, std::regex(pattern), std::move(handler)});
}

void Router::dispatch(const httplib::Request& req, httplib::Response& res) const {
  std::string allowed;
  for (const auto& route : routes_) {
    std::smatch match;
    if (!std::regex_match(req.path, match, route.pattern)) continue;
    if (method_matches(route.method, req.method))
      return run_handler(route.handler, req, res, match);
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
