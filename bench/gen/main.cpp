// vanban-gen: a deterministic generator of Vietnamese official documents for the benchmarks.
//   vanban-gen --docs N --seed S --out DIR [--force] [--jobs J]
#include "archive_writer.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

namespace {
constexpr int kUsage = 64;
}

int main(int argc, char** argv) {
  CLI::App app{"vanban-gen — sinh kho văn bản hành chính mẫu (tất định) cho benchmark"};
  std::size_t docs = 0;
  std::uint64_t seed = 1;
  std::string out;
  bool force = false;
  unsigned jobs = 2;
  app.add_option("--docs", docs, "number of documents (1 to 10,000,000)")
      ->required()
      ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
  app.add_option("--seed", seed, "random seed (same docs and seed: same bytes)");
  app.add_option("--out", out, "output directory")->required();
  app.add_flag("--force", force, "empty DIR first when it exists and is not empty");
  app.add_option("--jobs", jobs, "threads (the output does not depend on it)")
      ->check(CLI::Range(1u, 64u));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir(out);
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    std::cerr << "vanban-gen: " << out << " exists and is not a directory\n";
    return kUsage;
  }
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    if (!force) {
      std::cerr << "vanban-gen: " << out
                << " exists and is not empty; choose another --out or add --force to empty it\n";
      return kUsage;
    }
    for (const auto& entry : fs::directory_iterator(dir)) fs::remove_all(entry.path());
  }
  try {
    fs::create_directories(dir);
    const auto s = vanban::gen::generate_archive(dir, docs, seed, jobs);
    std::cerr << "vanban-gen: " << s.documents << " documents, " << s.bytes << " bytes in " << out
              << " (citations: " << s.plan.undated << " undated, " << s.plan.implied
              << " with implied issuer, " << s.plan.unresolvable << " ambiguous to the resolver)\n";
  } catch (const std::exception& e) {
    std::cerr << "vanban-gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
