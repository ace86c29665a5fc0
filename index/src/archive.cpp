// `index`: files → compiled documents (worker threads) → one writer, incremental by content hash.
#include "vanban/archive.hpp"

#include "database.hpp"
#include "document_terms.hpp"
#include "schema.hpp"
#include "vanban/inputs.hpp"
#include "vanban/parallel.hpp"
#include "vanban/sha256.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
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

std::unordered_map<std::string, Stored> load_stored(const Xapian::Database& db) {
  std::unordered_map<std::string, Stored> stored;
  for (auto it = db.valuestream_begin(schema::kPathSlot);
       it != db.valuestream_end(schema::kPathSlot); ++it) {
    Xapian::Document doc = db.get_document(it.get_docid(), Xapian::DOC_ASSUME_VALID);
    stored[*it] = {doc.get_value(schema::kShaSlot), doc.get_value(schema::kIdSlot)};
  }
  return stored;
}

bool read_bytes(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return !in.bad();
}

Prepared prepare(const std::string& path, const std::unordered_map<std::string, Stored>& stored) {
  Prepared p;
  p.path = path;
  p.id = document_id(path);
  std::string bytes;
  if (!read_bytes(path, bytes)) {
    p.error = {path, 1, "cannot read file"};
    return p;
  }
  auto old = stored.find(path);
  if (old != stored.end() && old->second.sha256 == sha256_hex(bytes)) {
    p.state = Prepared::State::Unchanged;
    return p;
  }
  auto result = compile_bytes(bytes, path);
  if (auto* e = std::get_if<InputError>(&result)) {
    p.error = *e;
    return p;
  }
  p.doc = index::make_document(std::get<Document>(result), p.id, bytes);
  p.state = Prepared::State::Ready;
  return p;
}

/// Archived paths below a directory argument whose file is no longer there.
std::vector<std::string> vanished(const std::unordered_map<std::string, Stored>& stored,
                                  const std::vector<std::string>& args,
                                  const std::unordered_set<std::string>& seen) {
  std::vector<std::string> dirs;
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::string d = archive_path(a);
      dirs.push_back(d == "." ? "" : d + "/");
    }
  }
  std::vector<std::string> gone;
  for (const auto& [path, _] : stored) {
    if (seen.count(path)) continue;
    for (const auto& d : dirs)
      if (path.compare(0, d.size(), d) == 0 && (d.empty() || path.size() > d.size())) {
        gone.push_back(path);
        break;
      }
  }
  return gone;
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

IndexReport index_documents(const std::string& db_dir, const std::vector<std::string>& paths,
                            const IndexOptions& options, const IndexEvents& events) {
  auto start = std::chrono::steady_clock::now();
  IndexReport report;
  Xapian::WritableDatabase db = index::open_writable(db_dir);
  try {
    auto stored = load_stored(db);
    std::vector<InputError> errors;
    std::vector<std::string> files = expand_inputs(paths, errors);
    for (const auto& e : errors) {
      ++report.failed;
      if (events.failure) events.failure(e);
    }
    // Overlapping arguments (a directory and a file in it) must not add a document twice.
    std::unordered_set<std::string> seen;
    std::vector<std::string> unique;
    for (const auto& f : files)
      if (seen.insert(archive_path(f)).second) unique.push_back(archive_path(f));
    files = std::move(unique);

    std::size_t pending = 0;
    for_each_ordered(
        files.size(), resolve_jobs(options.jobs),
        [&](std::size_t i) { return prepare(files[i], stored); },
        [&](std::size_t i, Prepared p) {
          switch (p.state) {
          case Prepared::State::Unchanged:
            ++report.unchanged;
            break;
          case Prepared::State::Failed:
            // A file that no longer compiles keeps its last good version in the archive.
            ++report.failed;
            if (events.failure) events.failure(p.error);
            break;
          case Prepared::State::Ready:
            // add_document for new files: replace_document by term costs a postlist lookup per
            // call.
            if (stored.count(p.path)) {
              ++report.updated;
              db.replace_document(index::term(schema::kId, p.id), p.doc);
            } else {
              ++report.added;
              db.add_document(p.doc);
            }
            if (++pending >= options.batch) {
              db.commit(); // atomic: a crash keeps every batch committed so far
              pending = 0;
            }
            break;
          }
          if (events.progress) events.progress(i + 1, files.size());
        });
    for (const auto& path : vanished(stored, paths, seen)) {
      db.delete_document(index::term(schema::kId, stored[path].id));
      ++report.removed;
    }
    // Set only when it differs: an unchanged archive keeps its revision, and so its stored graph.
    std::error_code ec;
    if (auto base = fs::current_path(ec).string(); db.get_metadata(schema::kBaseDirKey) != base)
      db.set_metadata(schema::kBaseDirKey, base);
    db.commit();
    report.documents = db.get_doccount();
    db.close();
  } catch (const Xapian::Error& e) {
    index::throw_archive_error(db_dir, e);
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

} // namespace vanban
