// Subcommand registration: each command adds its options to the app and returns its runner.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace vanban::cli {

/// Exit codes shared by every command.
enum Exit : int { kOk = 0, kFindings = 1, kInputError = 2, kUsage = 64 };

using Runner = std::function<int()>;

Runner add_compile(CLI::App& app);
Runner add_check(CLI::App& app);
Runner add_index(CLI::App& app);
Runner add_search(CLI::App& app);
Runner add_stats(CLI::App& app);
Runner add_trace(CLI::App& app);
Runner add_refs(CLI::App& app);
Runner add_cited_by(CLI::App& app);
Runner add_graph(CLI::App& app);
Runner add_follow_up(CLI::App& app);
Runner add_tasks(CLI::App& app);
Runner add_serve(CLI::App& app);

} // namespace vanban::cli
