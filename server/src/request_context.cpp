#include "request_context.hpp"

namespace vanban::serve {

RequestContext& this_request() {
  thread_local RequestContext context;
  return context;
}

} // namespace vanban::serve
