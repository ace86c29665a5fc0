// Issue 13, item 4 (memory per input): 5 million short lines took 2.3 GB. Inputs past the
// compiler's limits are refused at once, naming the line and the limit; inputs at the limits
// of every costly shape compile within a bound. Each case runs in a child process, whose peak
// resident set the kernel reports (wait4), so the test's own heap does not count.
#include "vanban/compile.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define VANBAN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VANBAN_ASAN 1
#endif
#endif

namespace {

using Make = std::function<std::string()>;

constexpr long kMiB = 1024 * 1024;
/// What one input at the line limit may cost, whatever its shape (a table of that many rows,
/// the costliest, measures about 140 MB).
constexpr long kLinesBound = 256 * kMiB;

std::string repeat(std::string_view line, std::size_t n) {
  std::string s;
  s.reserve(line.size() * n);
  for (std::size_t k = 0; k < n; ++k) s += line;
  return s;
}

/// The peak resident set, in bytes, of a child that builds the input and compiles it; -1 when
/// the compile failed.
long peak_bytes_of_compile(const Make& make) {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    const auto result = vanban::compile_bytes(make(), "memory.md");
    _exit(std::holds_alternative<vanban::Document>(result) ? 0 : 1);
  }
  int status = 0;
  rusage usage{};
  REQUIRE(wait4(child, &status, 0, &usage) == child);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  return usage.ru_maxrss * 1024; // kilobytes on Linux
}

void check_bounded(const char* shape, const Make& make, long bound) {
#ifdef VANBAN_ASAN
  (void)shape, (void)make, (void)bound;
  MESSAGE("AddressSanitizer's shadow memory makes resident sizes meaningless: skipped");
#else
  const long peak = peak_bytes_of_compile(make);
  MESSAGE(std::string(shape) << ": peak " << peak / kMiB << " MiB (bound " << bound / kMiB
                             << " MiB)");
  CHECK(peak > 0);
  CHECK(peak < bound);
#endif
}

constexpr std::size_t kAtLimit = vanban::kMaxDocumentLines - 10;

} // namespace

TEST_CASE("too-many-lines-refused") {
  // The input of the issue: 5 million two-byte lines. Refused before any parsing, so at once.
  const auto result = vanban::compile_bytes(repeat("a\n", 5'000'000), "lines.md");
  REQUIRE(std::holds_alternative<vanban::InputError>(result));
  const auto& error = std::get<vanban::InputError>(result);
  CHECK(error.path == "lines.md");
  CHECK(error.line == static_cast<int>(vanban::kMaxDocumentLines) + 1);
  CHECK(error.message == "too many lines (5000000; the limit is 100000)");
  CHECK(error.cause == vanban::InputError::Cause::Content);
}

TEST_CASE("lines-end-with-cr-too") {
  // Old Mac files end lines with a lone CR, which the decoder turns into LF: counted alike.
  const auto result = vanban::compile_bytes(repeat("a\r", vanban::kMaxDocumentLines + 1), "cr.md");
  REQUIRE(std::holds_alternative<vanban::InputError>(result));
  CHECK(std::get<vanban::InputError>(result).message.find("too many lines") == 0);
}

TEST_CASE("at-the-line-limit-compiles") {
  const auto result = vanban::compile_bytes(repeat("a\n", kAtLimit), "limit.md");
  CHECK(std::holds_alternative<vanban::Document>(result));
}

TEST_CASE("memory-short-lines") {
  check_bounded(
      "short lines", [] { return repeat("a\n", kAtLimit); }, kLinesBound);
}

TEST_CASE("memory-paragraphs") {
  check_bounded(
      "paragraphs", [] { return repeat("a\n\n", kAtLimit / 2); }, kLinesBound);
}

TEST_CASE("memory-table-rows") {
  check_bounded(
      "table rows", [] { return "|a|b|\n|-|-|\n" + repeat("|x|y|\n", kAtLimit); }, kLinesBound);
}

TEST_CASE("memory-list-items") {
  check_bounded(
      "list items", [] { return repeat("- a\n", kAtLimit); }, kLinesBound);
}

TEST_CASE("memory-long-lines") {
  // 32 MiB in lines of a thousand letters: the cost per byte is a few copies, not a tree.
  constexpr long kBytes = 32 * kMiB;
  check_bounded(
      "long lines", [] { return repeat(std::string(999, 'x') + "\n", kBytes / 1000); },
      10 * kBytes + 64 * kMiB);
}
