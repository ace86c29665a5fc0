// The API handlers, one file each, registered on the router by the server.
#pragma once

#include "archive_state.hpp"
#include "router.hpp"

namespace vanban::serve {

void add_search_api(Router& router, ArchiveState& archive);    ///< GET /api/search
void add_doc_api(Router& router, ArchiveState& archive);       ///< GET /api/doc/{id}[/source|/html]
void add_trace_api(Router& router, ArchiveState& archive);     ///< GET /api/trace/{id}
void add_follow_up_api(Router& router, ArchiveState& archive); ///< GET /api/follow-up/{id}
void add_check_api(Router& router, ArchiveState& archive);     ///< POST /api/check
void add_stats_api(Router& router, ArchiveState& archive);     ///< GET /api/stats
void add_pages(Router& router);                                ///< /, /search …, /static/<name>

} // namespace vanban::serve
