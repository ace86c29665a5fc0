// Expands command-line paths: files as given, directories to their *.md files in sorted order.
#include "vanban/inputs.hpp"

#include "vanban/path_escape.hpp"
#include "vanban/read_input.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace vanban {
namespace {

namespace fs = std::filesystem;

/// Collects what could not be read, in both the forms the callers need.
struct Problems {
  std::vector<InputError>& errors;
  std::vector<std::string>* unreadable;

  void add(const fs::path& path, std::error_code ec) {
    ReadFailure failure = read_failure(ec);
    errors.push_back({escape_path(path.string()), 1, failure.message, failure.cause, failure.kind,
                      failure.measured});
    if (unreadable) unreadable->push_back(path.string());
  }
};

/// Appends every *.md file below `root` to `found`. Symbolic links to files are followed, to
/// directories not (as `find` does), so the walk ends. A directory or an entry that cannot be
/// read is reported, never skipped in silence, and the walk goes on with its siblings.
void walk(const fs::path& root, std::vector<std::string>& found, Problems& problems) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::error_code entry_ec;
      fs::file_status own = entry.symlink_status(entry_ec);
      if (entry_ec) { // it may be a directory: what is below it is unknown
        problems.add(entry.path(), entry_ec);
        continue;
      }
      if (fs::is_directory(own)) {
        pending.push_back(entry.path());
        continue;
      }
      if (entry.path().extension() != ".md") continue;
      fs::file_status target = entry.status(entry_ec);
      // A dangling link is no document (the file it named is gone); any other failure is one
      // that cannot be read.
      if (entry_ec == std::errc::no_such_file_or_directory) continue;
      if (entry_ec)
        problems.add(entry.path(), entry_ec);
      else if (fs::is_regular_file(target))
        found.push_back(entry.path().string());
    }
    if (ec) problems.add(dir, ec);
  }
}

} // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths,
                                       std::vector<InputError>& errors,
                                       std::vector<std::string>* unreadable) {
  Problems problems{errors, unreadable};
  std::vector<std::string> out;
  for (const auto& path : paths) {
    if (path == "-") {
      out.push_back(path);
      continue;
    }
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems.add(path, ec ? ec : std::make_error_code(std::errc::no_such_file_or_directory));
      continue;
    }
    if (!fs::is_directory(status)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    walk(path, found, problems);
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

} // namespace vanban
