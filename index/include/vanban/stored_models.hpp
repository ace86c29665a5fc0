// Reading back an archive's stored models, for whoever derives something from all of them (the
// citation graph): the index keeps its Xapian layout to itself.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "vanban/document.hpp"
#include "vanban/stored_model.hpp"

namespace vanban::index {

/// One archived record: its document id, its archived path and its model as read back (a model
/// that cannot be read is reported as damage, not thrown).
struct StoredRecord {
  std::string id;
  std::string path;
  std::variant<Document, ModelDamage> model;
};

/// An archive opened for reading its stored models: one database or every shard as one. A
/// snapshot: a commit made after opening is not seen. Xapian's errors surface as ArchiveError.
class StoredModels {
public:
  /// Throws ArchiveError (Missing, Corrupt, Unavailable) like every reader of the archive.
  explicit StoredModels(const std::string& db_dir);
  ~StoredModels();
  StoredModels(StoredModels&&) noexcept;
  StoredModels& operator=(StoredModels&&) noexcept;

  /// The revision read: the sum of the shards' revisions (see ReadableArchive::revision()).
  std::uint64_t revision() const;
  /// The number of archived records.
  std::size_t size() const;

  /// Calls `visit` for every record, one model parsed at a time, in path order: the same order
  /// whatever the shards and their docids, so what is built from it does not depend on them.
  void for_each(const std::function<void(const StoredRecord&)>& visit) const;

  /// The record of document `id`, or nothing when the archive has none. Not thread-safe (a
  /// Xapian database is not).
  std::optional<StoredRecord> find(const std::string& id) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vanban::index
