// The envelope of the files the archive derives from its stored models (the citation graph, the
// unit facts): a header line with the file's kind, its format and the database revision it was
// built from, the record lines, and an end line with the record count and the SHA-256 of
// everything above it, so that a truncated or edited file is recognised instead of read as a
// smaller one.
#pragma once

#include "vanban/sha256.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <variant>

namespace vanban::graph::sealed_file {

/// Where the archive at `db_dir` keeps its derived file `name`: inside its directory, or beside a
/// stub file that lists remote shards as `STUB.name` (the shards' servers hold no file of ours).
std::string path_beside(const std::string& db_dir, std::string_view name);

/// What a kind of sealed file is called in its header, and its current format.
struct Kind {
  std::string_view magic;   ///< the header's first word, with its space: "vanban-graph "
  std::string_view version; ///< "2"
  std::string_view noun;    ///< for "it is not …": "a vanban graph"
};

/// Where a sealed file's bytes go, piece by piece, in order.
using Sink = std::function<void(std::string_view bytes)>;

/// Writes a sealed file as it is produced: the header at once, the records as they come, the end
/// line at finish(). A file of a hundred thousand documents' records then never has to be held
/// whole in memory, nor copied once more to be sealed.
class Sealer {
public:
  Sealer(const Kind& kind, std::uint64_t revision, Sink sink);
  /// Record lines, each ending in '\n'; a line may be split across calls.
  void records(std::string_view bytes);
  /// Writes the end line: the number of lines given and the checksum of everything before it.
  void finish();

private:
  void emit(std::string_view bytes);
  Sink sink_;
  Sha256 checksum_;
  std::size_t lines_ = 0;
};

/// The file's text: `records` (lines, each ending in '\n') sealed for database `revision`.
std::string seal(const Kind& kind, std::uint64_t revision, std::string_view records);
/// The same text, handed to `sink` (written to its file without a copy).
void seal_to(const Kind& kind, std::uint64_t revision, std::string_view records, const Sink& sink);

/// A sealed file whose end line matches its records.
struct Verified {
  std::uint64_t revision = 0;
  std::size_t records = 0;
  std::string_view body; ///< the record lines
};

/// Checks the header, the end line, the record count and the checksum of `text`; on a mismatch,
/// says what is wrong (a sentence naming no file: the caller knows it).
std::variant<Verified, std::string> verify(const Kind& kind, std::string_view text);

} // namespace vanban::graph::sealed_file
