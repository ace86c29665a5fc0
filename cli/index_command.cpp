// `vanban index`: files and directories → the archive, with a progress bar and a summary.
#include "archive_warnings.hpp"
#include "commands.hpp"
#include "lang_option.hpp"

#include "vanban/text/messages.hpp"

#include "vanban/archive_update.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>
#include <unistd.h>

namespace vanban::cli {
namespace {

/// More documents per commit only hold more changes in memory (see IndexOptions::batch).
constexpr std::size_t kMaxBatch = 1'000'000;

struct IndexCommandOptions {
  std::string db;
  unsigned jobs = 0;
  std::size_t batch = IndexOptions{}.batch;
  bool json = false;
  std::string lang = "vi";
  std::string shards; ///< empty: as the archive is (a new one: one database); "auto": one per core
  std::vector<std::string> paths;
};

/// Shards in one archive: more only multiplies open files and writer threads.
constexpr std::size_t kMaxShards = 1024;

/// The --shards value as a count ("auto": one per core); 0 for anything else.
std::size_t shard_count(const std::string& text) {
  if (text == "auto") return std::max(1u, std::thread::hardware_concurrency());
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  return ec == std::errc() && end == text.data() + text.size() && n <= kMaxShards ? n : 0;
}

/// A one-line bar on standard error, redrawn at most ten times a second; only on a terminal.
class ProgressBar {
public:
  ProgressBar() : enabled_(isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()) {}

  void update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? done / secs : 0;
    double eta = rate > 0 ? (total - done) / rate : 0;
    constexpr int kWidth = 30;
    int filled = total ? static_cast<int>(kWidth * done / total) : kWidth;
    std::fprintf(stderr, "\r[%s%s] %zu/%zu  %.0f docs/s  ETA %.0fs ",
                 std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(), done,
                 total, rate, eta);
    drawn_ = true;
  }
  /// Clears the bar so that a message or the summary starts on a clean line.
  void clear() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
  }

private:
  bool enabled_, drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

IndexOptions index_options(const IndexCommandOptions& o) {
  IndexOptions options;
  options.jobs = o.jobs;
  options.batch = o.batch;
  if (!o.shards.empty()) options.shards = shard_count(o.shards);
  return options;
}

int run_index(const IndexCommandOptions& o) {
  ProgressBar bar;
  IndexEvents events;
  events.progress = [&](std::size_t done, std::size_t total) { bar.update(done, total); };
  events.failure = [&](const InputError& e) {
    bar.clear();
    std::cerr << e.path << ":" << e.line << ": " << e.message << "\n";
  };
  events.warning = [&](const std::string& message) {
    bar.clear();
    std::cerr << "vanban index: warning: " << message << "\n";
  };
  IndexReport r;
  try {
    ArchiveUpdate update = update_archive(o.db, o.paths, index_options(o), events);
    r = update.report;
    bar.clear();
    warn_damaged_records(update.graph, lang_from(o.lang));
  } catch (const ArchiveError& e) {
    bar.clear();
    std::cerr << "vanban index: " << e.what() << "\n";
    return e.kind() == ArchiveError::Kind::Usage ? kUsage : kInputError;
  }
  bar.clear();
  if (o.json) {
    nlohmann::ordered_json j{{"added", r.added},
                             {"updated", r.updated},
                             {"removed", r.removed},
                             {"unchanged", r.unchanged},
                             {"failed", r.failed},
                             {"documents", r.documents},
                             {"seconds", std::round(r.seconds * 1000) / 1000}};
    std::cout << j.dump() << "\n";
  } else {
    const std::size_t compiled = r.added + r.updated;
    char seconds[32], rate[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", r.seconds);
    std::snprintf(rate, sizeof rate, "%.0f", r.seconds > 0 ? compiled / r.seconds : 0.0);
    const auto n = [](std::size_t v) { return std::to_string(v); };
    std::cout << text::message("cli.index.summary", lang_from(o.lang),
                               {n(r.added), n(r.updated), n(r.removed), n(r.unchanged), n(r.failed),
                                n(r.documents), o.db, seconds, rate})
              << "\n";
  }
  // A path that could not be read is an error (2), a file that does not compile a finding (1).
  return r.unreadable ? kInputError : r.failed ? kFindings : kOk;
}

} // namespace

Runner add_index(CLI::App& app) {
  auto opts = std::make_shared<IndexCommandOptions>();
  auto* cmd = app.add_subcommand("index", "Index documents into an archive (incremental)");
  cmd->add_option("--db", opts->db,
                  "Archive directory (created when missing), or a stub file listing its shards")
      ->required();
  cmd->add_option("--jobs,-j", opts->jobs,
                  "Compile threads (default: all cores; at most 4 per core)");
  cmd->add_option("--batch", opts->batch, "Documents per commit (default 200)")
      ->check(CLI::Range(std::size_t{1}, kMaxBatch));
  cmd->add_option("--shards", opts->shards,
                  "A new archive of N shards (DIR/shard-0 … and the Xapian stub DIR/XAPIANDB), "
                  "or auto: one per core. Fixed at creation; an existing archive keeps its own")
      ->check([](const std::string& v) {
        return shard_count(v) ? std::string()
                              : "must be auto or a whole number from 1 to " +
                                    std::to_string(kMaxShards) + ", not '" + v + "'";
      });
  cmd->add_flag("--json", opts->json, "Print the summary as one JSON object");
  add_lang_option(cmd, opts->lang, "Summary language");
  cmd->add_option("PATH", opts->paths, "Files and directories (every *.md below)")->required();
  return [opts] { return run_index(*opts); };
}

} // namespace vanban::cli
