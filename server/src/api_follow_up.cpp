// GET /api/follow-up/{id}?as_of=YYYY-MM-DD: the `vanban follow-up --format json` shape.
#include "api.hpp"
#include "http_response.hpp"

#include "vanban/follow_up.hpp"
#include "vanban/follow_up_archive.hpp"
#include "vanban/follow_up_print.hpp"
#include "vanban/stored_model.hpp"

#include <memory>
#include <mutex>

namespace vanban::serve {
namespace {

/// The archive's units, read once per database revision (one pass over every stored model) and
/// shared by the requests of that revision.
class UnitCache {
public:
  std::shared_ptr<const graph::UnitDirectory> get(const std::string& db, const Snapshot& snapshot) {
    std::lock_guard lock(mutex_);
    if (!units_ || revision_ != snapshot.revision) {
      units_ = std::make_shared<const graph::UnitDirectory>(graph::load_units(db, snapshot.graph));
      revision_ = snapshot.revision;
    }
    return units_;
  }

private:
  std::mutex mutex_;
  std::uint64_t revision_ = 0;
  std::shared_ptr<const graph::UnitDirectory> units_;
};

std::string as_of_param(const httplib::Request& req) {
  if (!req.has_param("as_of")) return graph::today_iso();
  std::string value = req.get_param_value("as_of");
  if (!graph::days_between(value, value))
    throw HttpError(400, "as_of phải là một ngày dạng YYYY-MM-DD: " + value);
  return value;
}

} // namespace

void add_follow_up_api(Router& router, ArchiveState& archive) {
  auto cache = std::make_shared<UnitCache>();
  router.add("GET", "/api/follow-up/([^/]+)",
             [&archive, cache](const auto& req, auto& res, const auto& m) {
               const std::string as_of = as_of_param(req);
               auto snapshot = archive.snapshot();
               const std::string id = m[1];
               const graph::Node* node = snapshot->graph.node(id);
               if (!node || node->external) throw unknown_document(id);
               auto units = cache->get(archive.db(), *snapshot);
               auto searcher = archive.searcher();
               graph::DocumentFetch fetch = [&](const std::string& doc) -> std::optional<Document> {
                 auto stored = searcher->document(doc);
                 if (!stored) return std::nullopt;
                 auto model = read_stored_model(stored->model_json);
                 if (auto* d = std::get_if<Document>(&model)) return std::move(*d);
                 return std::nullopt;
               };
               const auto f = graph::follow_up(snapshot->graph, *units, id, fetch, as_of);
               send_json(res, graph::follow_up_json(snapshot->graph, f));
             });
}

} // namespace vanban::serve
