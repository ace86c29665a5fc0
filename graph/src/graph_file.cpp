// Format 2 of vanban-graph.tsv, a sealed file (sealed_file.hpp). Format 1 had no end line: a file
// cut short by a full disk read as a smaller graph, so it is now treated as damaged and rebuilt.
#include "graph_file.hpp"

#include "sealed_file.hpp"

#include <sstream>

namespace vanban::graph::graph_file {
namespace {

constexpr sealed_file::Kind kGraph{"vanban-graph ", "2", "a vanban graph"};

} // namespace

std::string encode(const CitationGraph& g, std::uint64_t revision) {
  std::ostringstream records;
  g.write(records);
  return sealed_file::seal(kGraph, revision, std::move(records).str());
}

std::variant<Verified, std::string> verify(std::string_view text) {
  const std::string_view header = text.substr(0, text.find('\n'));
  if (header.substr(0, kGraph.magic.size()) == kGraph.magic) {
    const std::string_view rest = header.substr(kGraph.magic.size());
    if (rest.substr(0, rest.find(' ')) == "1")
      return "it is in format 1, written by an older vanban without a checksum";
  }
  return sealed_file::verify(kGraph, text);
}

} // namespace vanban::graph::graph_file
