// Issue 13, item 5, at the level of the format: every way a stored graph can be cut short or
// changed is recognised by graph_file::verify(), so load_graph() never reads it as a smaller graph.
#include "graph_file.hpp"
#include "sealed_file.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>

using namespace vanban::graph;

namespace {

/// A small graph of three invented plans, each implementing the one before, and one external
/// document the first cites.
CitationGraph three_plans() {
  std::string records;
  for (int n = 1; n <= 3; ++n)
    records += "N\tp" + std::to_string(n) + "\t" + std::to_string(n) +
               "/KH-CĐTN\t+2024-03-05\t+Kế hoạch\t+Đợt " + std::to_string(n) +
               "\t+Công đoàn Thử Nghiệm\t+plans/p" + std::to_string(n) + ".md\t0\n";
  records += "N\text:9/KH-XYZ@\t9/KH-XYZ\t\t+Kế hoạch\t\t\t\t1\n";
  records += "E\tp2\tp1\timplements\t7\t0\nE\tp3\tp2\timplements\t7\t0\n";
  records += "E\tp1\text:9/KH-XYZ@\tbased_on\t5\t0\n";
  auto g = CitationGraph::read(records);
  REQUIRE(g);
  return std::move(*g);
}

bool sound(std::string_view text) {
  return std::holds_alternative<graph_file::Verified>(graph_file::verify(text));
}

std::string problem(std::string_view text) {
  auto v = graph_file::verify(text);
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : "";
}

} // namespace

TEST_CASE("a stored graph reads back whole, with its revision and record count") {
  const std::string text = graph_file::encode(three_plans(), 42);
  auto v = graph_file::verify(text);
  REQUIRE(std::holds_alternative<graph_file::Verified>(v));
  const auto& ok = std::get<graph_file::Verified>(v);
  CHECK(ok.revision == 42);
  CHECK(ok.records == 7);
  auto g = CitationGraph::read(ok.body);
  REQUIRE(g);
  CHECK(g->nodes().size() == 4);
  CHECK(g->edges().size() == 3);
  CHECK(text.rfind("end records 7 sha256 ", text.size() - 1) != std::string::npos);
}

TEST_CASE("every truncation of a stored graph is recognised") {
  const std::string text = graph_file::encode(three_plans(), 7);
  for (std::size_t size = 0; size < text.size(); ++size) {
    CAPTURE(size);
    CHECK_FALSE(sound(std::string_view(text).substr(0, size)));
  }
  // Cut after a complete record: the reason says how much is left.
  const std::size_t after_two = text.find('\n', text.find('\n', text.find('\n') + 1) + 1) + 1;
  CHECK(problem(text.substr(0, after_two)) ==
        "it is truncated: it has no end line (2 complete records remain)");
}

TEST_CASE("every changed byte of a stored graph is recognised") {
  const std::string text = graph_file::encode(three_plans(), 7);
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string changed = text;
    changed[i] = static_cast<char>(changed[i] ^ 0x01);
    CAPTURE(i);
    CHECK_FALSE(sound(changed));
  }
}

TEST_CASE("a removed or added record is counted") {
  const std::string text = graph_file::encode(three_plans(), 7);
  const std::size_t second = text.find('\n') + 1, third = text.find('\n', second) + 1;
  std::string removed = text.substr(0, second) + text.substr(third);
  CHECK(problem(removed) == "it holds 6 records where its end line says 7");
  std::string added =
      text.substr(0, third) + text.substr(second, third - second) + text.substr(third);
  CHECK(problem(added) == "it holds 8 records where its end line says 7");
}

TEST_CASE("format 1 and foreign files are not read as graphs") {
  CHECK(problem("vanban-graph 1 revision 3\nE\tp2\tp1\timplements\t7\t0\n") ==
        "it is in format 1, written by an older vanban without a checksum");
  CHECK(problem("") == "it is not a vanban graph");
  CHECK(problem("{\"nodes\": []}\n") == "it is not a vanban graph");
  CHECK(problem("vanban-graph 2 revision x\n") == "its first line is damaged");
  CHECK(problem("vanban-graph 9 revision 3\n") == "its first line is damaged");
  // An empty graph is a header and an end line.
  CHECK(sound(graph_file::encode(CitationGraph{}, 1)));
}

namespace {

/// A graph whose file spans several of encode_to()'s 64 KB blocks: a chain of invented plans.
CitationGraph long_chain(int plans) {
  std::string records;
  for (int n = 1; n <= plans; ++n)
    records += "N\tq" + std::to_string(n) + "\t" + std::to_string(n) +
               "/KH-CĐTN\t+2024-04-01\t+Kế hoạch\t+Tổ chức đợt thi đua thứ " + std::to_string(n) +
               "\t+Công đoàn Thử Nghiệm\t+plans/q" + std::to_string(n) + ".md\t0\n";
  for (int n = 2; n <= plans; ++n)
    records += "E\tq" + std::to_string(n) + "\tq" + std::to_string(n - 1) + "\timplements\t9\t0\n";
  auto g = CitationGraph::read(records);
  REQUIRE(g);
  return std::move(*g);
}

} // namespace

TEST_CASE("a graph written block by block is the same file as one sealed whole") {
  const CitationGraph g = long_chain(3000);
  std::ostringstream records;
  g.write(records);
  // Format 2 as it was written before the streaming: the records sealed in one piece.
  const sealed_file::Kind format2{"vanban-graph ", "2", "a vanban graph"};
  const std::string whole = sealed_file::seal(format2, 5, records.str());
  REQUIRE(whole.size() > 3 * 65536);
  std::string streamed;
  std::size_t pieces = 0;
  graph_file::encode_to(g, 5, [&](std::string_view bytes) {
    streamed.append(bytes);
    ++pieces;
  });
  CHECK(pieces > 3);
  CHECK(streamed == whole);
  CHECK(sound(streamed));
}

TEST_CASE("a write that fails while the graph streams out fails the save, never a short file") {
  const CitationGraph g = long_chain(3000);
  std::size_t written = 0;
  auto full_disk = [&](std::string_view bytes) {
    if (written + bytes.size() > 100000) throw std::runtime_error("No space left on device");
    written += bytes.size();
  };
  CHECK_THROWS_WITH_AS(graph_file::encode_to(g, 5, full_disk), "No space left on device",
                       std::runtime_error);
  CHECK(written <= 100000);
}
