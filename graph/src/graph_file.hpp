// The stored form of the citation graph: a sealed file (sealed_file.hpp) of one line per record
// (CitationGraph::write), tagged with the database revision it was built from.
#pragma once

#include "sealed_file.hpp"
#include "vanban/citation_graph.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace vanban::graph::graph_file {

/// The file's text for graph `g` built from database revision `revision`.
std::string encode(const CitationGraph& g, std::uint64_t revision);
/// The same text, handed to `sink` a block at a time as it is made (the graph is saved this way:
/// at 100,000 documents the text is 30 MB, and held once more to be sealed it was most of the
/// peak memory of an index run).
void encode_to(const CitationGraph& g, std::uint64_t revision, const sealed_file::Sink& sink);

/// A stored graph whose end line matches its records; its body is for CitationGraph::read.
using Verified = sealed_file::Verified;

/// Checks the header, the end line, the record count and the checksum of a stored graph's text;
/// on a mismatch, says what is wrong (a sentence naming no file: the caller knows it).
std::variant<Verified, std::string> verify(std::string_view text);

} // namespace vanban::graph::graph_file
