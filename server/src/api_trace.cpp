// GET /api/trace/{id}?dir=down|up&depth=N: the `vanban trace --format json` shape.
#include "api.hpp"
#include "http_response.hpp"
#include "query_params.hpp"

#include "vanban/trace.hpp"

namespace vanban::serve {
namespace {

/// Three levels show a directive, its plans and their reports: the usual chain.
constexpr long kDefaultDepth = 3;
/// The longest chain in real archives is under ten levels; the walk stays bounded.
constexpr long kMaxDepth = 10;

} // namespace

void add_trace_api(Router& router, ArchiveState& archive) {
  router.add("GET", "/api/trace/([^/]+)", [&archive](const auto& req, auto& res, const auto& m) {
    graph::TraceOptions options;
    options.direction = choice_param(req, "dir", {"down", "up"}) == "up" ? graph::Direction::Up
                                                                         : graph::Direction::Down;
    options.depth = static_cast<int>(int_param(req, "depth", kDefaultDepth, 0, kMaxDepth));
    auto snapshot = archive.snapshot();
    const std::string id = m[1];
    const graph::Node* node = snapshot->graph.node(id);
    if (!node || node->external) throw unknown_document(id);
    send_json(res, graph::trace_json(snapshot->graph, graph::trace(snapshot->graph, id, options)));
  });
}

} // namespace vanban::serve
