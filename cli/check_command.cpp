// `vanban check`: lint documents for the required parts and formats; text, JSON or SARIF output.
#include "commands.hpp"
#include "lang_option.hpp"

#include "vanban/check.hpp"
#include "vanban/inputs.hpp"
#include "vanban/parallel.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

namespace vanban::cli {
namespace {

struct CheckOptions {
  std::string format = "text";
  std::string profile = "strict";
  std::string config;
  std::string lang = "vi";
  std::string db;
  bool list_rules = false;
  unsigned jobs = 0;
  std::vector<std::string> paths;
};

int print_rules(check::Lang lang) {
  for (const auto& r : check::list_rules(lang)) {
    std::printf("%-34s %-7s %-7s %s\n", r.id.c_str(),
                std::string(check::severity_name(r.strict)).c_str(),
                std::string(check::severity_name(r.lenient)).c_str(), r.description.c_str());
  }
  return kOk;
}

/// Builds the checker's options; returns an exit code when the configuration or the index fails.
std::optional<int> prepare(const CheckOptions& o, check::Options& opts,
                           std::unique_ptr<check::Archive>& archive) {
  opts.profile = o.profile == "lenient" ? check::Profile::Lenient : check::Profile::Strict;
  if (!o.config.empty()) {
    try {
      opts.config = check::load_config(o.config);
    } catch (const check::ConfigError& e) {
      std::cerr << "vanban check: "
                << check::ui_text("bad-config", opts.lang,
                                  {{"path", o.config}, {"detail", e.detail(opts.lang)}})
                << "\n";
      return kUsage;
    }
  }
  if (!o.db.empty()) {
    try {
      archive = check::open_archive(o.db);
      opts.archive = archive.get();
      for (const auto& d : archive->damaged())
        std::cerr << "vanban check: " << damaged_record_warning(d, opts.lang == check::Lang::En)
                  << "\n";
    } catch (const check::ArchiveUnavailable& e) {
      std::cerr << "vanban check: " << check::ui_text("no-index", opts.lang, {{"dir", e.dir}})
                << "\n";
      return kInputError;
    }
  }
  return std::nullopt;
}

int run_check(const CheckOptions& o) {
  check::Options opts;
  opts.lang = lang_from(o.lang);
  if (o.list_rules) return print_rules(opts.lang);
  if (o.paths.empty()) {
    std::cerr << "vanban check: PATH is required (or --list-rules)\n";
    return kUsage;
  }
  std::unique_ptr<check::Archive> archive;
  if (auto failed = prepare(o, opts, archive)) return *failed;

  auto printer = check::make_printer(o.format, std::cout, opts.lang);
  bool unreadable = false, errors = false;
  auto emit = [&](const check::FileReport& r) {
    unreadable |= r.unreadable;
    for (const auto& f : r.findings) errors |= f.severity == check::Severity::Error;
    printer->file(r);
  };
  std::vector<InputError> missing;
  auto files = expand_inputs(o.paths, missing);
  for (const auto& e : missing) emit(check::unreadable_report(e, opts));
  for_each_ordered(
      files.size(), resolve_jobs(o.jobs),
      [&](std::size_t i) { return check::check_file(files[i], opts); },
      [&](std::size_t, check::FileReport r) { emit(r); });
  printer->finish();
  return unreadable ? kInputError : errors ? kFindings : kOk;
}

} // namespace

Runner add_check(CLI::App& app) {
  auto opts = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand(
      "check", "Check documents for the required parts and formats (Nghị định 30/2020)");
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  cmd->add_option("--profile", opts->profile, "strict, or lenient for OCR archives")
      ->check(CLI::IsMember({"strict", "lenient"}));
  cmd->add_option("--config", opts->config,
                  "JSON file: rule severities, issuer codes, abbreviations");
  add_lang_option(cmd, opts->lang, "Message language");
  cmd->add_option("--db", opts->db, "Archive index: also check cited numbers and dates");
  cmd->add_flag("--list-rules", opts->list_rules,
                "Print every rule with its ID, severity and description");
  cmd->add_option("--jobs,-j", opts->jobs,
                  "Worker threads (default: all cores; at most 4 per core)");
  cmd->add_option("PATH", opts->paths,
                  "Files, directories (every *.md below) or - for standard input");
  return [opts] { return run_check(*opts); };
}

} // namespace vanban::cli
