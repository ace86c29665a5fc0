// Shared test helpers: compile Markdown text, read fixture files.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "vanban/compile.hpp"

namespace vanban::test {

inline std::string source_dir() {
  return VANBAN_SOURCE_DIR;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Compiles text that must compile.
inline Document compile_text(const std::string& markdown, const std::string& path = "test.md") {
  auto result = compile_bytes(markdown, path);
  REQUIRE_MESSAGE(
      std::holds_alternative<Document>(result),
      (std::holds_alternative<InputError>(result) ? std::get<InputError>(result).message : ""));
  return std::get<Document>(result);
}

} // namespace vanban::test
