// What follow-up and tasks read of an indexed archive: the unit facts (stored beside the graph, or
// read from every stored model when they are not), every document's tasks, single models by id.
#include "vanban/follow_up_archive.hpp"

#include "unit_facts_file.hpp"
#include "vanban/archive_error.hpp"
#include "vanban/durable_file.hpp"
#include "vanban/stored_models.hpp"

namespace vanban::graph {

void for_each_stored_document(
    const std::string& db_dir,
    const std::function<void(const std::string& id, const Document& doc)>& visit) {
  index::StoredModels(db_dir).for_each([&](const index::StoredRecord& r) {
    if (auto* d = std::get_if<Document>(&r.model)) visit(r.id, *d);
  });
}

UnitDirectory load_units(const std::string& db_dir, const CitationGraph& graph,
                         const Warning& warn) {
  const index::StoredModels db(db_dir);
  const std::string file = unit_facts_file::path(db_dir);
  UnitDirectory units;
  bool read = false;
  try {
    if (auto text = read_file_if_present(file)) {
      auto outcome = unit_facts_file::read(
          *text, db.revision(),
          [&](const std::string& id, const Document& doc) { units.add(id, doc); });
      if (auto* problem = std::get_if<std::string>(&outcome)) {
        warn("the stored unit facts " + file + " were not used: " + *problem +
             "; they were read again from the archive's documents");
        units = UnitDirectory(); // forget what the damaged file gave
      } else {
        read = std::get<unit_facts_file::Freshness>(outcome) == unit_facts_file::Freshness::Current;
      }
    }
  } catch (const ArchiveError& e) {
    warn(std::string(e.what()) + "; the unit facts were read from the archive's documents");
  }
  if (!read) {
    // Missing (an archive indexed by an older vanban), stale or damaged: read every stored model
    // once, and keep the facts for the next run.
    unit_facts_file::Writer facts;
    db.for_each([&](const index::StoredRecord& r) {
      if (auto* d = std::get_if<Document>(&r.model)) {
        facts.add(r.id, *d);
        units.add(r.id, *d);
      }
    });
    try {
      const std::uint64_t revision = db.revision();
      write_file_durably(file, [&](const ByteWriter& write) { facts.seal_to(revision, write); });
    } catch (const ArchiveError& e) {
      warn(std::string(e.what()) +
           "; the unit facts are read from every document on each run until they can be saved");
    }
  }
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
