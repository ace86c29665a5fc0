// The stored form of the citation graph: a header line with the format version and the database
// revision it was built from, one line per record (CitationGraph::write), and an end line with
// the record count and the SHA-256 of everything above it, so a truncated or edited file is
// recognised instead of read as a smaller graph.
#pragma once

#include "vanban/citation_graph.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace vanban::graph::graph_file {

/// The file's text for graph `g` built from database revision `revision`.
std::string encode(const CitationGraph& g, std::uint64_t revision);

/// A stored graph whose end line matches its records.
struct Verified {
  std::uint64_t revision = 0;
  std::size_t records = 0;
  std::string_view body; ///< the record lines, for CitationGraph::read
};

/// Checks the header, the end line, the record count and the checksum of a stored graph's text;
/// on a mismatch, says what is wrong (a sentence naming no file: the caller knows it).
std::variant<Verified, std::string> verify(std::string_view text);

} // namespace vanban::graph::graph_file
