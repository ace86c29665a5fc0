// What follow-up needs of every document to know its unit (issuer, parent body, the number's issuer
// code, place, signer, recipients), kept beside the citation graph as a sealed file
// (sealed_file.hpp): one `vanban follow-up` on an archive of 100,000 documents then reads a few
// megabytes instead of parsing every stored model (seconds instead of tens of seconds).
#pragma once

#include "sealed_file.hpp"
#include "vanban/document.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <variant>
#include <vector>

namespace vanban::graph::unit_facts_file {

/// `db_dir/vanban-units.tsv`, or `STUB.vanban-units.tsv` beside a stub file of remote shards.
std::string path(const std::string& db_dir);

/// Gathers the records of the documents, in the order they are visited (path order), and seals
/// them. Two things keep the file small (a few megabytes at 100,000 documents, not the tens a
/// plain list takes, which would count against the archive's size): a field equal to the previous
/// record's is written as a mark (one office's documents follow each other), and a recipient name
/// is written only where it first appears — follow-up reads recipient names for how the archive
/// spells a body's name, and a repeat of a name tells it nothing more.
class Writer {
public:
  void add(const std::string& id, const Document& doc);
  /// The file's text, for the database revision the documents were read at.
  std::string seal(std::uint64_t revision) const;
  /// The same text, handed to `sink` (written to its file without a copy).
  void seal_to(std::uint64_t revision, const sealed_file::Sink& sink) const;

private:
  std::string records_;
  std::vector<std::optional<std::string>> previous_;
  std::unordered_set<std::string> recipients_;
};

/// Receives each record: the document's id and a Document holding only its facts.
using Visit = std::function<void(const std::string& id, const Document& facts)>;

enum class Freshness { Current, Stale };

/// When the file is sound and was written at `revision`, visits its records in order and says
/// Current; Stale (nothing visited) when it was written at another revision; a sentence saying
/// what is wrong when it is damaged (some records may have been visited by then).
std::variant<Freshness, std::string> read(std::string_view text, std::uint64_t revision,
                                          const Visit& visit);

} // namespace vanban::graph::unit_facts_file
