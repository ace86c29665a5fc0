// The envelope of the files the archive derives from its stored models (the citation graph, the
// unit facts): a header line with the file's kind, its format and the database revision it was
// built from, the record lines, and an end line with the record count and the SHA-256 of
// everything above it, so that a truncated or edited file is recognised instead of read as a
// smaller one.
#pragma once

#include <cstdint>
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

/// The file's text: `records` (lines, each ending in '\n') sealed for database `revision`.
std::string seal(const Kind& kind, std::uint64_t revision, std::string_view records);

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
