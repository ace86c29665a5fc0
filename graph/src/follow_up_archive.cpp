// Reads every stored model once: the issuers for the unit directory, the tasks for `vanban tasks`.
#include "vanban/follow_up_archive.hpp"

#include "vanban/stored_models.hpp"

namespace vanban::graph {

void for_each_stored_document(
    const std::string& db_dir,
    const std::function<void(const std::string& id, const Document& doc)>& visit) {
  index::StoredModels(db_dir).for_each([&](const index::StoredRecord& r) {
    if (auto* d = std::get_if<Document>(&r.model)) visit(r.id, *d);
  });
}

UnitDirectory load_units(const std::string& db_dir, const CitationGraph& graph) {
  UnitDirectory units;
  for_each_stored_document(db_dir,
                           [&](const std::string& id, const Document& doc) { units.add(id, doc); });
  units.finish(&graph);
  return units;
}

struct StoredDocuments::Impl {
  index::StoredModels models;
};

StoredDocuments::StoredDocuments(const std::string& db_dir)
    : impl_(std::make_unique<Impl>(Impl{index::StoredModels(db_dir)})) {}

StoredDocuments::~StoredDocuments() = default;

std::optional<Document> StoredDocuments::operator()(const std::string& id) {
  auto record = impl_->models.find(id);
  if (!record) return std::nullopt;
  if (auto* d = std::get_if<Document>(&record->model)) return std::move(*d);
  return std::nullopt;
}

} // namespace vanban::graph
