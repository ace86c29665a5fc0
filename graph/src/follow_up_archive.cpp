// Reads every stored model once: the issuers for the unit directory, the tasks for `vanban tasks`.
#include "vanban/follow_up_archive.hpp"

#include "database.hpp"
#include "document_terms.hpp"
#include "schema.hpp"
#include "vanban/stored_model.hpp"

namespace vanban::graph {

void for_each_stored_document(
    const std::string& db_dir,
    const std::function<void(const std::string& id, const Document& doc)>& visit) {
  Xapian::Database db = index::open_readonly(db_dir);
  try {
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      Xapian::Document doc = db.get_document(*it);
      auto model = read_stored_model(doc.get_data());
      if (auto* d = std::get_if<Document>(&model)) visit(doc.get_value(schema::kIdSlot), *d);
    }
  } catch (const Xapian::Error& e) {
    index::throw_archive_error(db_dir, e);
  }
}

UnitDirectory load_units(const std::string& db_dir, const CitationGraph& graph) {
  UnitDirectory units;
  for_each_stored_document(db_dir,
                           [&](const std::string& id, const Document& doc) { units.add(id, doc); });
  units.finish(&graph);
  return units;
}

struct StoredDocuments::Impl {
  std::string dir;
  Xapian::Database db;
};

StoredDocuments::StoredDocuments(const std::string& db_dir)
    : impl_(std::make_unique<Impl>(Impl{db_dir, index::open_readonly(db_dir)})) {}

StoredDocuments::~StoredDocuments() = default;

std::optional<Document> StoredDocuments::operator()(const std::string& id) {
  try {
    const std::string key = index::term(schema::kId, id);
    auto it = impl_->db.postlist_begin(key);
    if (it == impl_->db.postlist_end(key)) return std::nullopt;
    auto model = read_stored_model(impl_->db.get_document(*it).get_data());
    if (auto* d = std::get_if<Document>(&model)) return std::move(*d);
    return std::nullopt;
  } catch (const Xapian::Error& e) {
    index::throw_archive_error(impl_->dir, e);
  }
}

} // namespace vanban::graph
