// The corpus: no errors in clean documents (strict), only real defects in the seeds (lenient).
// Known violations of clean documents are listed in tests/fixtures/check/corpus_known.json.
#include "test_check_helpers.hpp"

#include "vanban/inputs.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

using namespace vanban;

namespace {

std::vector<std::string> corpus_files(bool seeds) {
  std::vector<std::string> out;
  for (const auto& e :
       std::filesystem::recursive_directory_iterator(test::source_dir() + "/corpus")) {
    if (e.path().extension() != ".md") continue;
    bool is_seed = e.path().parent_path().filename() == "seeds";
    if (is_seed == seeds)
      out.push_back(std::filesystem::relative(e.path(), test::source_dir()).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("check corpus: clean documents raise no errors in strict profile") {
  const auto known =
      nlohmann::json::parse(test::read_file(test::fixture("corpus_known.json"))).at("known");
  auto files = corpus_files(false);
  REQUIRE(files.size() >= 30);
  for (const auto& path : files) {
    CAPTURE(path);
    auto report = check::check_file(test::source_dir() + "/" + path, {});
    const auto errors = test::errors_of(report);
    for (const auto& rule : errors) {
      const bool documented = known.contains(path) && known[path].contains(rule);
      CHECK_MESSAGE(documented, "undocumented error " << rule);
    }
    // A fixed document leaves a stale entry: worth a note, not a failure (the corpus is edited).
    if (known.contains(path))
      for (const auto& [rule, why] : known[path].items())
        WARN_MESSAGE(std::count(errors.begin(), errors.end(), rule) > 0,
                     "stale known error " << rule);
  }
}

TEST_CASE("check corpus: seeds in lenient profile raise only their real defects") {
  // Seed 003 has a name with no position above it: the archived text does not say in what
  // capacity the document was signed, which Nghị định 30 requires (not OCR noise: the name is
  // intact).
  const std::map<std::string, std::vector<std::string>> real_defects = {
      {"corpus/seeds/003_a32cfa569084b8be.md", {"signer.position-missing"}}};
  check::Options lenient;
  lenient.profile = check::Profile::Lenient;
  auto files = corpus_files(true);
  REQUIRE(files.size() == 5);
  for (const auto& path : files) {
    CAPTURE(path);
    auto report = check::check_file(test::source_dir() + "/" + path, lenient);
    auto it = real_defects.find(path);
    CHECK(test::errors_of(report) ==
          (it == real_defects.end() ? std::vector<std::string>{} : it->second));
  }
}
