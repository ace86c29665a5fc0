// Subcommand registration: each command adds its options to the app and returns its runner.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace vanban::cli {

/// Exit codes shared by every command.
enum Exit : int { kOk = 0, kFindings = 1, kInputError = 2, kUsage = 64 };

using Runner = std::function<int()>;

Runner add_compile(CLI::App& app);

} // namespace vanban::cli
