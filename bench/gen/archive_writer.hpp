// Writes a whole generated archive: every planned document under DIR and DIR/truth.json.
#pragma once

#include "archive_plan.hpp"

#include <cstdint>
#include <filesystem>

namespace vanban::gen {

struct Summary {
  std::size_t documents = 0;
  std::uintmax_t bytes = 0; ///< all Markdown files together
  PlanStats plan;
};

/// Plans and writes `n` documents with `seed` into `dir` (which must exist), on `jobs` threads.
/// The bytes depend on n and seed only, never on jobs.
Summary generate_archive(const std::filesystem::path& dir, std::size_t n, std::uint64_t seed,
                         unsigned jobs);

} // namespace vanban::gen
