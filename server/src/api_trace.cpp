// GET /api/trace/{id}?dir=down|up&depth=N: the `vanban trace --format json` shape.
#include "api.hpp"
#include "http_response.hpp"
#include "query_params.hpp"
#include "self_citation.hpp"

#include "vanban/resolve.hpp"
#include "vanban/stored_model.hpp"
#include "vanban/text/number_key.hpp"
#include "vanban/trace.hpp"

#include <unordered_map>

namespace vanban::serve {
namespace {

/// Three levels show a directive, its plans and their reports: the usual chain.
constexpr long kDefaultDepth = 3;
/// The longest chain in real archives is under ten levels; the walk stays bounded.
constexpr long kMaxDepth = 10;

/// The date a document's citation on `line` gives, read from its model (once per document).
class CitedDates {
public:
  explicit CitedDates(ArchiveState& archive) : archive_(archive) {}

  std::optional<std::string> operator()(const std::string& citing, int line,
                                        const std::string& number) {
    auto it = models_.find(citing);
    if (it == models_.end()) {
      auto doc = archive_.searcher()->document(citing);
      // A damaged model gives no date: the snapshot's graph already left it out, with a warning.
      auto model = doc ? parse_stored_model<nlohmann::json>(doc->model_json)
                       : std::variant<nlohmann::json, ModelDamage>(nlohmann::json());
      auto* json = std::get_if<nlohmann::json>(&model);
      it = models_.emplace(citing, json ? std::move(*json) : nlohmann::json()).first;
    }
    const auto& refs = it->second.is_object() ? it->second.value("references", nlohmann::json())
                                              : nlohmann::json();
    const std::string key = vanban::number_key(number);
    if (refs.is_array())
      for (const auto& r : refs)
        if (r.value("line", 0) == line && r["number"].is_string() &&
            vanban::number_key(r["number"].get<std::string>()) == key)
          return r["date"].is_string() ? std::optional(r["date"].get<std::string>()) : std::nullopt;
    return std::nullopt;
  }

private:
  ArchiveState& archive_;
  std::unordered_map<std::string, nlohmann::json> models_;
};

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
    auto body = graph::trace_json(snapshot->graph, graph::trace(snapshot->graph, id, options));
    CitedDates cited_dates(archive);
    drop_self_citations(body, options.direction == graph::Direction::Up, std::ref(cited_dates));
    send_json(res, body);
  });
}

} // namespace vanban::serve
