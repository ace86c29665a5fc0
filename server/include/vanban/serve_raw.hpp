// The HTTP request path of `vanban serve` without a socket: for the fuzzer and for tests of
// request framing, which would otherwise need a connection per case.
#pragma once

#include "vanban/serve.hpp"

#include <string>
#include <string_view>

namespace vanban::serve {

/// Feeds `request_bytes` to the server as if one client had sent them on one connection, and
/// returns every byte the server would have written back: the same parser, limits (head and body
/// budgets, requests per connection), routes and error answers as a real connection, with the
/// deadlines left out (the input is all there). Several pipelined requests give several
/// responses; the server stops reading where it would close the connection. The server need not
/// be bound or running; it is safe to call from several threads at once.
std::string serve_raw_request(Server& server, std::string_view request_bytes);

} // namespace vanban::serve
