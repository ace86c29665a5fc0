// Routes by method and path pattern, with 404 and 405 answered the same way for every route.
#pragma once

#include "work_gate.hpp"

#include <httplib.h>

#include <functional>
#include <regex>
#include <string>
#include <vector>

namespace vanban::serve {

using Handler =
    std::function<void(const httplib::Request&, httplib::Response&, const std::smatch& match)>;
/// A handler that reads the request body itself, through httplib's reader (bounded as it reads).
using BodyHandler = std::function<void(const httplib::Request&, httplib::Response&,
                                       const std::smatch& match, const httplib::ContentReader&)>;

class Router {
public:
  /// `pattern` must match the whole decoded path; its groups are passed to the handler.
  void add(const std::string& method, const std::string& pattern, Handler handler);
  /// A route whose handler reads the body (POST, PUT, PATCH, DELETE only).
  void add(const std::string& method, const std::string& pattern, BodyHandler handler);
  /// Requests of the route added with this method and pattern pass `gate` before their handler
  /// runs (and before their body is read). The gate must outlive the router.
  void limit(const std::string& method, const std::string& pattern, WorkGate& gate);

  /// Runs the route for the request: 405 (with Allow) when the path is known but not the method,
  /// 404 when no route has the path (JSON under /api/, a page elsewhere). A handler's HttpError
  /// becomes its status; any other exception a 500 whose detail goes to stderr only. `reader` is
  /// the body's, for the methods that may have one; a route without a BodyHandler leaves the body
  /// unread.
  void dispatch(const httplib::Request& req, httplib::Response& res,
                const httplib::ContentReader* reader = nullptr) const;

private:
  struct Route {
    std::string method;
    std::string source; ///< the pattern as written, for limit()
    std::regex pattern;
    Handler handler;
    BodyHandler body_handler;
    WorkGate* gate = nullptr;
  };
  void run(const Route& route, const httplib::Request& req, httplib::Response& res,
           const std::smatch& match, const httplib::ContentReader* reader) const;
  std::vector<Route> routes_;
};

/// The 404 answer for a path no route knows.
void send_not_found(const httplib::Request& req, httplib::Response& res);

} // namespace vanban::serve
