// Shared helpers of the check tests: an in-memory archive, fixture paths, finding queries.
#pragma once

#include "helpers.hpp"

#include "vanban/check.hpp"

#include <algorithm>
#include <map>

namespace vanban::test {

/// The Archive interface over a fixed list, as the index will provide it.
class MemoryArchive final : public check::Archive {
public:
  explicit MemoryArchive(std::vector<check::ArchiveEntry> entries) : entries_(std::move(entries)) {}
  std::vector<check::ArchiveEntry> find(const std::string& number) const override {
    std::vector<check::ArchiveEntry> out;
    for (const auto& e : entries_)
      if (e.number == number) out.push_back(e);
    return out;
  }

private:
  std::vector<check::ArchiveEntry> entries_;
};

/// The documents the fixtures cite, as archived.
inline const MemoryArchive& fixture_archive() {
  static const MemoryArchive archive({
      {"37/KH-LĐLĐ", "2024-02-23", "corpus/ldld-lai-chau/2024-02-23_thang-cong-nhan-2024.md"},
      {"37/KH-LĐLĐ", "2023-12-05", "corpus/ldld-lai-chau/2023-12-05_tet-sum-vay-2024.md"},
      {"45/KH-LĐLĐ", "2024-04-23", "ke-hoach-45.md"},
      {"21/KH-LĐLĐ", "2024-03-12", "tests/fixtures/check/clean.md"},
  });
  return archive;
}

inline std::string fixture(const std::string& name) {
  return source_dir() + "/tests/fixtures/check/" + name;
}

inline std::size_t count_rule(const check::FileReport& r, std::string_view rule) {
  return static_cast<std::size_t>(
      std::count_if(r.findings.begin(), r.findings.end(),
                    [&](const check::Finding& f) { return f.rule == rule; }));
}

inline std::vector<std::string> errors_of(const check::FileReport& r) {
  std::vector<std::string> out;
  for (const auto& f : r.findings)
    if (f.severity == check::Severity::Error) out.push_back(f.rule);
  return out;
}

} // namespace vanban::test
