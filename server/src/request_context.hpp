// What the connection loop and the request handlers tell each other about the request in flight.
#pragma once

namespace vanban::serve {

/// httplib runs a request from its first byte to its response on one thread and gives handlers no
/// way to speak to the connection; this per-thread record is that way.
struct RequestContext {
  /// The connection's bytes can no longer be trusted to start the next request (a body left
  /// unread, a framing error): close it after this response.
  bool close_connection = false;
  /// The handler read the request's whole body.
  bool body_read = false;
};

/// The record of the request this thread is serving; the connection loop resets it per request.
RequestContext& this_request();

} // namespace vanban::serve
