// GET /api/stats: the `vanban stats --json` shape, computed once per database revision.
#include "api.hpp"
#include "http_response.hpp"

namespace vanban::serve {

void add_stats_api(Router& router, ArchiveState& archive) {
  router.add("GET", "/api/stats", [&archive](const auto&, auto& res, const auto&) {
    send_json(res, archive.snapshot()->stats);
  });
}

} // namespace vanban::serve
