// StoredModels: the archive's stored models walked in path order over one database or shards.
#include "vanban/stored_models.hpp"

#include "database.hpp"
#include "document_terms.hpp"
#include "schema.hpp"
#include "vanban/parallel.hpp"

#include <algorithm>
#include <mutex>
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

/// A record's id and model, read on a worker thread.
struct ReadRecord {
  std::string id;
  std::variant<Document, ModelDamage> model;
};

/// Records a worker reads and parses at a time: the handing over between threads (a lock, a
/// wake-up) is paid once for these, not for each record.
constexpr std::size_t kRecordsPerTurn = 16;

/// Turns read ahead of the visit, per worker. Parsed models are large: for_each_ordered's default
/// window (256 turns, 4,096 models) added about 15 MB to an index run's peak at 100,000 documents.
constexpr std::size_t kTurnsAheadPerJob = 4;

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
    // Reading a record (Xapian inflates its data) and parsing its JSON are most of a walk's time,
    // and the graph walks every model twice. Both run on the workers, so records are read while
    // others are parsed, and the calling thread visits them in path order. The database is one
    // object, not safe to use from two threads at once (its reference counts are not atomic
    // either): records are read, and their Xapian::Document destroyed, under `reading`.
    std::mutex reading;
    const std::size_t turns = (by_path.size() + kRecordsPerTurn - 1) / kRecordsPerTurn;
    const unsigned jobs = resolve_jobs(0);
    for_each_ordered(
        turns, jobs,
        [&](std::size_t turn) {
          const std::size_t from = turn * kRecordsPerTurn;
          const std::size_t to = std::min(by_path.size(), from + kRecordsPerTurn);
          std::vector<std::pair<std::string, std::string>> raw; // id, model
          raw.reserve(to - from);
          {
            std::lock_guard lock(reading);
            for (std::size_t i = from; i < to; ++i) {
              Xapian::Document doc = db.get_document(by_path[i].second);
              raw.emplace_back(doc.get_value(schema::kIdSlot), doc.get_data());
            }
          }
          std::vector<ReadRecord> records;
          records.reserve(raw.size());
          for (auto& [id, model] : raw)
            records.push_back({std::move(id), read_stored_model(model)});
          return records;
        },
        [&](std::size_t turn, std::vector<ReadRecord> records) {
          for (std::size_t k = 0; k < records.size(); ++k)
            visit(StoredRecord{std::move(records[k].id),
                               std::move(by_path[turn * kRecordsPerTurn + k].first),
                               std::move(records[k].model)});
        },
        kTurnsAheadPerJob * jobs);
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
