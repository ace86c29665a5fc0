// `vanban stats --verify`: Xapian::Database::check on each database, read back into named parts.
// The check of a whole database stops at the first damaged table and its message does not name
// it, so a failed database is checked again table by table.
#include "vanban/verify.hpp"

#include "database.hpp"
#include "vanban/archive_error.hpp"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace vanban {
namespace fs = std::filesystem;
namespace {

/// Xapian's backend of the database in `dir` ("glass"), named by its version file "iamglass";
/// empty when there is no version file.
std::string backend_of(const fs::path& dir) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("iam", 0) == 0 && name.size() > 3 && e.is_regular_file(ec))
      return name.substr(3);
  }
  return {};
}

/// A folder that holds a database: a version file or table files (a lost version file is damage
/// to report, not a reason to pass the folder over).
bool holds_database(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return false;
  if (!backend_of(dir).empty()) return true;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".glass") return true;
  return false;
}

struct WholeCheck {
  std::size_t errors = 0;
  std::string thrown;                ///< the message of the error that stopped the check
  std::vector<std::string> sections; ///< the tables it reached, in order
  std::vector<std::string> missing;  ///< tables whose file the version file expects but is gone
  std::vector<std::string> unused;   ///< tables created lazily and not used yet: nothing to check
};

/// Runs Xapian's check of the whole database and reads its report's "table:" sections.
WholeCheck check_whole(const std::string& path) {
  WholeCheck w;
  std::ostringstream out;
  try {
    w.errors = Xapian::Database::check(path, 0, &out);
  } catch (const Xapian::Error& e) {
    w.thrown = e.get_msg().empty() ? e.get_type() : e.get_msg();
  }
  std::istringstream report(out.str());
  for (std::string line; std::getline(report, line);) {
    const bool header = line.size() > 1 && line.back() == ':' &&
                        std::all_of(line.begin(), line.end() - 1,
                                    [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    if (header)
      w.sections.push_back(line.substr(0, line.size() - 1));
    else if (line == "Not present." && !w.sections.empty())
      w.missing.push_back(w.sections.back());
    else if (line.rfind("Lazily created", 0) == 0 && !w.sections.empty())
      w.unused.push_back(w.sections.back());
  }
  return w;
}

/// The message of the check of one table file; empty when it is sound.
std::string check_table(const std::string& file) {
  try {
    std::size_t errors = Xapian::Database::check(file, 0, nullptr);
    return errors ? std::to_string(errors) + " errors in the table's structure" : "";
  } catch (const Xapian::Error& e) {
    return e.get_msg().empty() ? e.get_type() : e.get_msg();
  }
}

/// Names the damaged parts of a database whose whole check failed.
void name_damage(DatabaseCheck& c, const WholeCheck& w, const std::string& backend) {
  const fs::path dir(c.path);
  if (!w.thrown.empty() && w.sections.empty()) { // stopped before any table: the version file
    c.damage.push_back({(dir / ("iam" + backend)).string(), w.thrown});
    return;
  }
  for (const auto& table : c.tables) {
    const std::string file = (dir / (table + "." + backend)).string();
    std::error_code ec;
    if (!fs::exists(file, ec)) continue; // a lazily created table not used yet, or `missing`
    if (std::string problem = check_table(file); !problem.empty())
      c.damage.push_back({file, problem});
  }
  if (!c.damage.empty()) return;
  // Each table is sound alone: what failed lies between them (or in the table the check stopped
  // at, for a fault the single-table check does not reach).
  const std::string part = w.thrown.empty() || w.sections.empty()
                               ? c.path
                               : (dir / (w.sections.back() + "." + backend)).string();
  c.damage.push_back({part, w.thrown.empty()
                                ? std::to_string(w.errors) + " errors found by Xapian's check"
                                : w.thrown});
}

} // namespace

std::vector<std::string> archive_databases(const std::string& dir) {
  std::vector<std::string> out, shards;
  if (holds_database(dir)) out.push_back(dir);
  std::error_code ec;
  if (fs::is_directory(dir, ec))
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (holds_database(e.path())) shards.push_back(e.path().string());
  std::sort(shards.begin(), shards.end());
  out.insert(out.end(), shards.begin(), shards.end());
  if (out.empty())
    throw ArchiveError(ArchiveError::Kind::Missing, "no archive at " + dir +
                                                        ": create it with `vanban index --db " +
                                                        dir + " PATH...`");
  return out;
}

DatabaseCheck check_database(const std::string& path) {
  DatabaseCheck c;
  c.path = path;
  const std::string backend = backend_of(path);
  if (backend.empty()) {
    c.damage.push_back({(fs::path(path) / "iamglass").string(), "the version file is missing"});
    return c;
  }
  WholeCheck w = check_whole(path);
  for (const auto& table : w.sections)
    if (std::find(w.unused.begin(), w.unused.end(), table) == w.unused.end())
      c.tables.push_back(table);
  for (const auto& table : w.missing)
    c.damage.push_back(
        {(fs::path(path) / (table + "." + backend)).string(), "the table's file is missing"});
  if (w.errors || !w.thrown.empty()) name_damage(c, w, backend);
  if (!c.damage.empty()) return c;
  try {
    Xapian::Database db = index::open_readonly(path);
    c.documents = db.get_doccount();
    c.revision = db.get_revision();
  } catch (const ArchiveError& e) {
    c.damage.push_back({path, e.what()});
  } catch (const Xapian::Error& e) {
    c.damage.push_back({path, e.get_msg()});
  }
  return c;
}

} // namespace vanban
