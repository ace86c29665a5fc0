// Test helpers for the archive: a temporary directory removed at the end of the test.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace vanban::test {

/// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vanban-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path(const std::string& name = "") const {
    return name.empty() ? path_ : path_ + "/" + name;
  }

  /// Writes `content` to `name` below the directory, creating parent directories.
  std::string write(const std::string& name, const std::string& content) const {
    std::filesystem::create_directories(std::filesystem::path(path(name)).parent_path());
    std::ofstream(path(name), std::ios::binary) << content;
    return path(name);
  }

private:
  std::string path_;
};

} // namespace vanban::test
