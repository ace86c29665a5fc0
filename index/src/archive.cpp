// `index`: files → compiled documents (worker threads) → one writer, incremental by content hash.
#include "vanban/archive.hpp"

#include "compaction.hpp"
#include "database.hpp"
#include "document_terms.hpp"
#include "schema.hpp"
#include "shard_writers.hpp"
#include "shards.hpp"
#include "staged_parts.hpp"
#include "vanban/inputs.hpp"
#include "vanban/parallel.hpp"
#include "vanban/path_escape.hpp"
#include "vanban/read_input.hpp"
#include "vanban/sha256.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace vanban {
namespace {

namespace fs = std::filesystem;

/// What the archive already holds for one path.
struct Stored {
  std::string sha256;
  std::string id;
};

/// The outcome of one file, prepared on a worker thread.
struct Prepared {
  enum class State { Unchanged, Ready, Failed } state = State::Failed;
  std::string path, id;
  Xapian::Document doc;
  InputError error;
};

/// What every shard holds, by path.
std::unordered_map<std::string, Stored>
load_stored(const std::vector<Xapian::WritableDatabase>& parts) {
  std::unordered_map<std::string, Stored> stored;
  for (const auto& db : parts)
    for (auto it = db.valuestream_begin(schema::kPathSlot);
         it != db.valuestream_end(schema::kPathSlot); ++it) {
      Xapian::Document doc = db.get_document(it.get_docid(), Xapian::DOC_ASSUME_VALID);
      stored[*it] = {doc.get_value(schema::kShaSlot), doc.get_value(schema::kIdSlot)};
    }
  return stored;
}

Prepared prepare(const std::string& path, const std::unordered_map<std::string, Stored>& stored,
                 const std::unordered_set<std::string>& recompile) {
  Prepared p;
  p.path = escape_path(path); // the name stored, printed and hashed into the id
  p.id = document_id(p.path);
  auto read = read_input(path);
  if (auto* failure = std::get_if<ReadFailure>(&read)) {
    p.error = {p.path, 1, failure->message, failure->cause};
    return p;
  }
  const std::string& bytes = std::get<std::string>(read);
  auto old = stored.find(p.path);
  if (old != stored.end() && old->second.sha256 == sha256_hex(bytes) && !recompile.count(p.path)) {
    p.state = Prepared::State::Unchanged;
    return p;
  }
  auto result = compile_bytes(bytes, p.path);
  if (auto* e = std::get_if<InputError>(&result)) {
    p.error = *e;
    return p;
  }
  p.doc = index::make_document(std::get<Document>(result), p.id, bytes);
  p.state = Prepared::State::Ready;
  return p;
}

/// Whether the archived path `path` is in `folders` or lies below one of them. Archived paths
/// are relative ("." is the folder above them all) or absolute ("/" above them all).
bool at_or_below(const std::string& path, const std::unordered_set<std::string>& folders) {
  if (folders.empty()) return false;
  if (folders.count(path)) return true;
  for (std::size_t slash = path.rfind('/'); slash != std::string::npos;
       slash = slash == 0 ? std::string::npos : path.rfind('/', slash - 1))
    if (folders.count(slash == 0 ? "/" : path.substr(0, slash))) return true;
  return path.front() != '/' && folders.count(".");
}

/// The archive's names of `paths` (escape_path(archive_path(…))).
std::unordered_set<std::string> archived_names(const std::vector<std::string>& paths) {
  std::unordered_set<std::string> names;
  for (const auto& p : paths) names.insert(escape_path(archive_path(p)));
  return names;
}

/// Archived paths below a directory argument whose file is no longer there. Nothing at or below
/// a path that could not be read is gone: it is only unseen.
std::vector<std::string> vanished(const std::unordered_map<std::string, Stored>& stored,
                                  const std::vector<std::string>& args,
                                  const std::unordered_set<std::string>& seen,
                                  const std::vector<std::string>& unreadable) {
  std::vector<std::string> dirs;
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec)) dirs.push_back(a);
  }
  const auto named = archived_names(dirs), unknown = archived_names(unreadable);
  std::vector<std::string> gone;
  for (const auto& [path, _] : stored)
    if (!path.empty() && !seen.count(path) && at_or_below(path, named) &&
        !at_or_below(path, unknown))
      gone.push_back(path);
  return gone;
}

/// Compacts, each on its own thread, the local shards that the run changed enough
/// (worth_compacting()); a shard that cannot be compacted stays as written and is named in a
/// warning. Runs while the writers still hold the shards' locks.
void compact_changed(const index::WritableArchive& archive, const std::vector<std::size_t>& before,
                     const std::vector<std::size_t>& changes, IndexReport& report,
                     const IndexEvents& events) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::size_t> chosen;
  for (std::size_t i = 0; i < archive.shards.size(); ++i)
    if (!archive.shards[i].remote() && index::worth_compacting(before[i], changes[i]))
      chosen.push_back(i);
  std::vector<std::optional<std::string>> failures(chosen.size());
  std::vector<std::thread> threads;
  for (std::size_t k = 0; k < chosen.size(); ++k)
    threads.emplace_back(
        [&, k] { failures[k] = index::compact_database(archive.shards[chosen[k]].path); });
  for (auto& t : threads) t.join();
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    if (!failures[k]) {
      ++report.compacted;
    } else if (events.warning) {
      events.warning("the database " + archive.shards[chosen[k]].path + " was not compacted: " +
                     *failures[k] + "; it is complete as written, only larger");
    }
  }
  report.compact_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

std::string archive_path(const std::string& path) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  fs::path cwd = fs::current_path(ec);
  fs::path rel = abs.lexically_relative(cwd);
  std::string r = rel.generic_string();
  if (!rel.empty() && r != ".." && r.rfind("../", 0) != 0) return r;
  if (rel == ".") return ".";
  return abs.generic_string();
}

std::string document_id(const std::string& archive_path) {
  return sha256_hex(archive_path).substr(0, 16);
}

namespace {

/// A new single database is written through staged parts (staged_parts.hpp) when the run has this
/// many files or more: below it one writer is quick, and the documents appear in the archive batch
/// by batch as it goes.
constexpr std::size_t kStageFrom = 1000;
/// At most this many parts: each is one more writer thread and one more source for the merge.
constexpr std::size_t kMaxParts = 8;

/// The databases a run writes to: the archive's own, or the parts staged for a new single
/// database (`staged` then names the database they are merged into).
struct Targets {
  std::vector<Xapian::WritableDatabase> staged_parts;
  std::string staged; ///< the database folder the parts go to; empty when not staging
  std::vector<Xapian::WritableDatabase>& of(index::WritableArchive& archive) {
    return staged.empty() ? archive.parts : staged_parts;
  }
};

/// Chooses where this run writes. An archive that holds documents removes parts a merge left
/// behind; an empty one resumes the parts a killed run left, or stages new ones for a big run.
Targets choose_targets(index::WritableArchive& archive, std::size_t files, unsigned jobs,
                       const IndexEvents& events) {
  Targets t;
  if (archive.shards.size() != 1 || archive.shards[0].remote()) return t;
  const std::string& dir = archive.shards[0].path;
  auto left = index::staged_parts(dir);
  if (archive.parts[0].get_doccount() > 0) {
    index::remove_staging(dir);
    return t;
  }
  if (auto why = index::stale_staging(dir)) {
    const std::string folder = index::staging_folder(dir);
    if (!left.empty() && events.warning)
      events.warning("the staged parts in " + folder +
                     " are removed and their documents indexed again: " + *why);
    index::remove_staging(dir);
    left = index::staged_parts(dir);
    if (!left.empty())
      throw ArchiveError(ArchiveError::Kind::Io,
                         "cannot remove the staged parts in " + folder + " (" + *why +
                             "): remove that folder and run `vanban index` again");
  }
  std::size_t count = left.size();
  if (count == 0 && jobs >= 2 && files >= kStageFrom)
    count = std::min<std::size_t>(jobs, kMaxParts);
  if (count == 0) return t;
  t.staged_parts = index::open_staged_parts(dir, count);
  t.staged = dir;
  return t;
}

/// Merges the staged parts into their database; the parts stay when it cannot, and the error says
/// so. Returns the archive's documents.
std::size_t merge_staged(index::WritableArchive& archive, Targets& t, IndexReport& report) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> parts = index::staged_parts(t.staged);
  // Nothing may stay pending in the empty database's writer: after the swap its folder's name is
  // the merged copy's, and a commit at close would write the empty one's version file there.
  archive.parts[0].commit();
  // The archive's revision goes on from the empty database's, past every commit of the parts:
  // a reader, a stored graph and a replica all see a newer archive.
  std::uint64_t commits = index::local_revision(archive.parts[0]);
  std::map<std::string, std::string> metadata;
  for (auto& part : t.staged_parts) {
    commits += index::local_revision(part);
    metadata[schema::kBaseDirKey] = part.get_metadata(schema::kBaseDirKey);
    part.close();
  }
  metadata[schema::kCommitsKey] = std::to_string(commits + 1);
  if (auto why = index::merge_into(t.staged, parts, metadata))
    throw ArchiveError(ArchiveError::Kind::Io, "the documents of this run are written in " +
                                                   index::staging_folder(t.staged) +
                                                   " but could not be merged into the archive " +
                                                   t.staged + ": " + *why +
                                                   "; the next `vanban index` merges them");
  index::remove_staging(t.staged); // the swapped-out folder held them; this is the new one's
  ++report.compacted;
  report.compact_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return index::open_database(t.staged).get_doccount();
}

} // namespace

IndexReport index_documents(const std::string& db_dir, const std::vector<std::string>& paths,
                            const IndexOptions& options, const IndexEvents& events) {
  auto start = std::chrono::steady_clock::now();
  IndexReport report;
  index::WritableArchive archive = index::open_writable_archive(db_dir, options.shards);
  try {
    for (const auto& shard : archive.shards)
      // This run holds the lock: what a compaction killed midway left beside a shard can go.
      if (!shard.remote()) index::remove_compaction_leftover(shard.path);
    std::vector<InputError> errors;
    std::vector<std::string> unreadable;
    std::vector<std::string> files = expand_inputs(paths, errors, &unreadable);
    for (const auto& e : errors) {
      ++report.failed;
      ++report.unreadable;
      if (events.failure) events.failure(e);
    }
    // Overlapping arguments (a directory and a file in it) must not add a document twice.
    std::unordered_set<std::string> seen;
    std::vector<std::string> unique;
    for (const auto& f : files) {
      std::string name = archive_path(f);
      if (seen.insert(escape_path(name)).second) unique.push_back(std::move(name));
    }
    files = std::move(unique);

    Targets targets = choose_targets(archive, files.size(), resolve_jobs(options.jobs), events);
    std::vector<Xapian::WritableDatabase>& dbs = targets.of(archive);
    const std::size_t shards = dbs.size();
    std::vector<std::size_t> before(shards), changes(shards);
    for (std::size_t i = 0; i < shards; ++i) before[i] = dbs[i].get_doccount();
    auto stored = load_stored(dbs);

    index::ShardWriters writers(dbs, options.batch);
    for_each_ordered(
        files.size(), resolve_jobs(options.jobs),
        [&](std::size_t i) { return prepare(files[i], stored, options.recompile); },
        [&](std::size_t i, Prepared p) {
          switch (p.state) {
          case Prepared::State::Unchanged:
            ++report.unchanged;
            break;
          case Prepared::State::Failed:
            // A file that no longer compiles keeps its last good version in the archive.
            ++report.failed;
            if (p.error.cause != InputError::Cause::Content) ++report.unreadable;
            if (events.failure) events.failure(p.error);
            break;
          case Prepared::State::Ready:
            // add_document for new files: replace_document by term costs a postlist lookup per
            // call.
            ++changes[index::shard_of(p.id, shards)];
            if (stored.count(p.path)) {
              ++report.updated;
              writers.replace(index::shard_of(p.id, shards), index::term(schema::kId, p.id),
                              std::move(p.doc));
            } else {
              ++report.added;
              writers.add(index::shard_of(p.id, shards), std::move(p.doc));
            }
            break;
          }
          if (events.progress) events.progress(i + 1, files.size());
        });
    for (const auto& path : vanished(stored, paths, seen, unreadable)) {
      const std::string& id = stored[path].id;
      writers.remove(index::shard_of(id, shards), index::term(schema::kId, id));
      ++changes[index::shard_of(id, shards)];
      ++report.removed;
    }
    // Set only when it differs: an unchanged archive keeps its revision, and so its stored graph.
    // Every shard holds it: a reader of all shards as one sees the first shard's metadata.
    std::error_code ec;
    const std::string base = fs::current_path(ec).string();
    writers.finish([&](Xapian::WritableDatabase& db) {
      if (db.get_metadata(schema::kBaseDirKey) == base) return false;
      db.set_metadata(schema::kBaseDirKey, base);
      return true;
    });
    if (!targets.staged.empty()) {
      report.documents = merge_staged(archive, targets, report);
      archive.parts[0].close();
    } else {
      compact_changed(archive, before, changes, report, events);
      for (auto& db : archive.parts) {
        report.documents += db.get_doccount();
        db.close();
      }
    }
  } catch (const Xapian::Error& e) {
    index::throw_archive_error(db_dir, e);
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

} // namespace vanban
