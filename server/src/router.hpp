// Routes by method and path pattern, with 404 and 405 answered the same way for every route.
#pragma once

#include <httplib.h>

#include <functional>
#include <regex>
#include <string>
#include <vector>

namespace vanban::serve {

using Handler =
    std::function<void(const httplib::Request&, httplib::Response&, const std::smatch& match)>;

class Router {
public:
  /// `pattern` must match the whole decoded path; its groups are passed to the handler.
  void add(const std::string& method, const std::string& pattern, Handler handler);

  /// Runs the route for the request: 405 (with Allow) when the path is known but not the method,
  /// 404 when no route has the path (JSON under /api/, a page elsewhere). A handler's HttpError
  /// becomes its status; any other exception a 500 whose detail goes to stderr only.
  void dispatch(const httplib::Request& req, httplib::Response& res) const;

private:
  struct Route {
    std::string method;
    std::regex pattern;
    Handler handler;
  };
  std::vector<Route> routes_;
};

/// The 404 answer for a path no route knows.
void send_not_found(const httplib::Request& req, httplib::Response& res);

} // namespace vanban::serve
