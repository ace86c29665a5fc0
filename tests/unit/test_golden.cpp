// Golden files: the whole model of every corpus document, pinned in tests/golden/*.json.
// Regenerate after an intended change with VANBAN_UPDATE_GOLDEN=1 and review the diff.
#include "helpers.hpp"
#include "json_diff.hpp"

#include "vanban/inputs.hpp"
#include "vanban/model_json.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace vanban;
namespace fs = std::filesystem;

namespace {

std::string golden_name(std::string path) {
  for (auto& c : path)
    if (c == '/') c = '~';
  return path.substr(0, path.size() - 3) + ".json";
}

} // namespace

TEST_CASE("golden: every corpus document compiles to its pinned model") {
  fs::current_path(test::source_dir());
  std::vector<InputError> errors;
  auto files = expand_inputs({"corpus"}, errors);
  REQUIRE(errors.empty());
  REQUIRE(files.size() >= 5);
  const bool update = std::getenv("VANBAN_UPDATE_GOLDEN") != nullptr;
  std::size_t compared = 0;
  for (const auto& file : files) {
    CAPTURE(file);
    auto result = compile_file(file);
    REQUIRE(std::holds_alternative<Document>(result));
    const auto actual = to_json(std::get<Document>(result));
    const std::string golden = "tests/golden/" + golden_name(file);
    if (update) {
      std::ofstream(golden) << actual.dump(2) << "\n";
      continue;
    }
    REQUIRE_MESSAGE(fs::exists(golden),
                    "missing golden file " << golden << " (VANBAN_UPDATE_GOLDEN=1)");
    const auto expected = nlohmann::ordered_json::parse(test::read_file(golden));
    // The whole model is compared: a field added, removed, changed or moved fails, and the
    // message lists every difference as a JSON Patch path with both values.
    CHECK_MESSAGE(expected == actual, golden << " differs from the compiled model:\n"
                                             << test::json_differences(expected, actual));
    ++compared;
  }
  if (!update) CHECK(compared == files.size());
}

TEST_CASE("model JSON: the fast writer is valid JSON, identical to nlohmann's, and reads back") {
  fs::current_path(test::source_dir());
  std::vector<InputError> errors;
  for (const auto& file : expand_inputs({"corpus"}, errors)) {
    CAPTURE(file);
    auto result = compile_file(file);
    REQUIRE(std::holds_alternative<Document>(result));
    const std::string text = dump_json(std::get<Document>(result));
    const auto parsed = nlohmann::ordered_json::parse(text);
    CHECK(parsed.dump() == text);
    CHECK(dump_json(document_from_json(parsed)) == text);
  }
}
