// Archive statistics from the term lists: no document is read.
#include "vanban/stats.hpp"

#include "database.hpp"
#include "schema.hpp"

#include <algorithm>
#include <filesystem>

namespace vanban {
namespace {

std::vector<std::pair<std::string, std::size_t>> by_prefix(const Xapian::Database& db,
                                                           const std::string& prefix) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    out.emplace_back((*it).substr(prefix.size()), it.get_termfreq());
  return out;
}

std::uintmax_t directory_size(const std::string& dir) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  return total;
}

} // namespace

ArchiveStats archive_stats(const std::string& db_dir) {
  Xapian::Database db = index::open_readonly(db_dir);
  ArchiveStats s;
  try {
    s.documents = db.get_doccount();
    for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) ++s.terms;
    s.by_type = by_prefix(db, schema::kTypeName);
    std::stable_sort(s.by_type.begin(), s.by_type.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    s.by_year = by_prefix(db, schema::kYear);
    std::size_t dated = db.get_value_freq(schema::kDateSlot);
    s.undated = s.documents - std::min(dated, s.documents);
  } catch (const Xapian::Error& e) {
    index::throw_archive_error(db_dir, e);
  }
  s.bytes = directory_size(db_dir);
  return s;
}

} // namespace vanban
