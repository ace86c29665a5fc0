// Format 2 of vanban-graph.tsv, a sealed file (sealed_file.hpp). Format 1 had no end line: a file
// cut short by a full disk read as a smaller graph, so it is now treated as damaged and rebuilt.
#include "graph_file.hpp"

#include "sealed_file.hpp"

#include <ostream>
#include <streambuf>
#include <vector>

namespace vanban::graph::graph_file {
namespace {

constexpr sealed_file::Kind kGraph{"vanban-graph ", "2", "a vanban graph"};

/// Passes what CitationGraph::write() streams on to a sealed file, a block at a time.
class SealingBuffer : public std::streambuf {
public:
  explicit SealingBuffer(sealed_file::Sealer& sealer) : sealer_(sealer), block_(1 << 16) {
    setp(block_.data(), block_.data() + block_.size());
  }

protected:
  int_type overflow(int_type c) override {
    pass_on();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    pass_on();
    return 0;
  }

private:
  void pass_on() {
    sealer_.records({pbase(), static_cast<std::size_t>(pptr() - pbase())});
    setp(block_.data(), block_.data() + block_.size());
  }
  sealed_file::Sealer& sealer_;
  std::vector<char> block_;
};

} // namespace

void encode_to(const CitationGraph& g, std::uint64_t revision, const sealed_file::Sink& sink) {
  sealed_file::Sealer sealer(kGraph, revision, sink);
  SealingBuffer buffer(sealer);
  std::ostream records(&buffer);
  // A write that fails (a full disk) throws from the buffer: rethrown as it is, not turned into a
  // stream state nobody reads.
  records.exceptions(std::ios::badbit);
  g.write(records);
  records.flush();
  sealer.finish();
}

std::string encode(const CitationGraph& g, std::uint64_t revision) {
  std::string text;
  encode_to(g, revision, [&](std::string_view bytes) { text.append(bytes); });
  return text;
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
