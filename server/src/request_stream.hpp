// A connection as the request loop sees it: httplib's Stream, plus where one request starts.
#pragma once

#include <httplib.h>

namespace vanban::serve {

class RequestStream : public httplib::Stream {
public:
  /// Waits for the first byte of the next request; false when there will be none (the client
  /// closed or stayed silent too long, or the server is stopping).
  virtual bool wait_for_request() = 0;
  /// The next bytes read are a new request: its budgets and deadlines start now.
  virtual void begin_request() = 0;
};

} // namespace vanban::serve
