// StoredModels: the archive's stored models walked in path order over one database or shards.
#include "vanban/stored_models.hpp"

#include "database.hpp"
#include "document_terms.hpp"
#include "schema.hpp"
#include "vanban/parallel.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace vanban::index {

struct StoredModels::Impl {
  std::string dir;
  ReadableArchive archive;

  /// Runs `fn()`, Xapian's errors turned into ArchiveError naming the archive.
  template <typename Fn> auto guarded(Fn fn) const {
    try {
      return fn();
    } catch (const Xapian::Error& e) {
      throw_archive_error(dir, e);
    }
  }
};

StoredModels::StoredModels(const std::string& db_dir)
    : impl_(std::make_unique<Impl>(Impl{db_dir, open_archive(db_dir)})) {}
StoredModels::~StoredModels() = default;
StoredModels::StoredModels(StoredModels&&) noexcept = default;
StoredModels& StoredModels::operator=(StoredModels&&) noexcept = default;

std::uint64_t StoredModels::revision() const {
  return impl_->guarded([&] { return impl_->archive.revision(); });
}

std::size_t StoredModels::size() const {
  return impl_->guarded([&] { return std::size_t{impl_->archive.all.get_doccount()}; });
}

namespace {

/// Records read from the database at a time (on the calling thread: a Xapian database is not
/// shared between threads) before their models are parsed on all cores.
constexpr std::size_t kReadAhead = 512;

struct RawRecord {
  std::string id, path, model;
};

} // namespace

void StoredModels::for_each(const std::function<void(const StoredRecord&)>& visit) const {
  impl_->guarded([&] {
    const Xapian::Database& db = impl_->archive.all;
    // The path slot alone is read to order the records; each model is read when visited.
    std::vector<std::pair<std::string, Xapian::docid>> by_path;
    for (auto it = db.valuestream_begin(schema::kPathSlot);
         it != db.valuestream_end(schema::kPathSlot); ++it)
      by_path.emplace_back(*it, it.get_docid());
    std::sort(by_path.begin(), by_path.end());
    // Parsing the JSON is most of a walk's time (the graph walks every model twice): it runs on
    // every core, and the records are visited in path order on this thread all the same.
    const unsigned jobs = resolve_jobs(0);
    std::vector<RawRecord> raw;
    for (std::size_t from = 0; from < by_path.size(); from += kReadAhead) {
      const std::size_t to = std::min(by_path.size(), from + kReadAhead);
      raw.clear();
      for (std::size_t i = from; i < to; ++i) {
        Xapian::Document doc = db.get_document(by_path[i].second);
        raw.push_back(
            {doc.get_value(schema::kIdSlot), std::move(by_path[i].first), doc.get_data()});
      }
      for_each_ordered(
          raw.size(), jobs, [&](std::size_t i) { return read_stored_model(raw[i].model); },
          [&](std::size_t i, std::variant<Document, ModelDamage> model) {
            raw[i].model.clear();
            visit(StoredRecord{std::move(raw[i].id), std::move(raw[i].path), std::move(model)});
          });
    }
  });
}

std::optional<StoredRecord> StoredModels::find(const std::string& id) const {
  return impl_->guarded([&]() -> std::optional<StoredRecord> {
    const Xapian::Database& db = impl_->archive.all;
    const std::string key = term(schema::kId, id);
    auto it = db.postlist_begin(key);
    if (it == db.postlist_end(key)) return std::nullopt;
    Xapian::Document doc = db.get_document(*it);
    return StoredRecord{doc.get_value(schema::kIdSlot), doc.get_value(schema::kPathSlot),
                        read_stored_model(doc.get_data())};
  });
}

} // namespace vanban::index
