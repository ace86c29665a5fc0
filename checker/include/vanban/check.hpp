// Public API of `vanban check`: lint documents for the parts and formats of Nghị định 30/2020.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/compile.hpp"
#include "vanban/stored_model.hpp"
#include "vanban/text/lang.hpp"

namespace vanban::graph {
class CitationGraph;
}

namespace vanban::check {

enum class Severity { Off, Warning, Error };
enum class Profile { Strict, Lenient };
/// The user's language: text/'s, so that the checker and the message catalogue share one type.
using Lang = text::Lang;

/// One finding, already rendered in the requested language. Line and column are 1-based.
struct Finding {
  std::string rule; ///< contract id, e.g. "date.format"
  Severity severity = Severity::Error;
  int line = 1;
  int column = 1;
  std::string message;
  std::string hint;
};

struct FileReport {
  std::string path;
  /// Sorted by line and column; findings at one place keep the order their rules ran in.
  std::vector<Finding> findings;
  bool unreadable = false; ///< the input could not be read or decoded (exit code 2)
};

/// A document known to the archive (the index).
struct ArchiveEntry {
  std::string number; ///< normalised, e.g. "37/KH-LĐLĐ"
  std::string date;   ///< ISO date, empty when unknown
  std::string path;
};

/// What the reference.* rules need from an archive. Implementations must be thread-safe for find().
class Archive {
public:
  virtual ~Archive() = default;
  /// Every archived document with this normalised number (numbers repeat every year and office).
  virtual std::vector<ArchiveEntry> find(const std::string& number) const = 0;
  /// Stored records that could not be read, left out of find(): the caller names them.
  virtual std::vector<DamagedRecord> damaged() const { return {}; }
};

/// Raised when the archive at `--db DIR` cannot be opened: none there, damaged, of another
/// schema, or a remote shard that cannot be reached.
struct ArchiveUnavailable : std::runtime_error {
  std::string dir;
  explicit ArchiveUnavailable(std::string d)
      : std::runtime_error("no index at " + d + ": run vanban index first"), dir(std::move(d)) {}
};

/// Opens the archive index in `dir` (loading its citation graph, graph::load_graph()); throws
/// ArchiveUnavailable when it cannot be opened.
std::unique_ptr<Archive> open_archive(const std::string& dir);

/// The archive behind an already-loaded citation graph, which must outlive it: a server that
/// holds the graph of a revision checks drafts against the same one instead of loading it again.
std::unique_ptr<Archive> archive_of(const graph::CitationGraph& graph);

/// The office's own settings (from --config): rule severities, issuer codes, abbreviations.
struct Config {
  std::map<std::string, Severity> severity; ///< rule id → severity (Off turns the rule off)
  std::vector<std::string> issuer_codes;    ///< extra known issuer codes ("BCĐ")
  std::vector<std::pair<std::string, std::string>> abbreviations; ///< short → long form
};

/// Raised for an unreadable or invalid configuration file (a usage error).
struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
  /// A message of data/check_rules.json's "ui" table (`key` with its {args}); what() is English.
  ConfigError(std::string key, std::map<std::string, std::string> args);
  /// The reason in `lang` (what() when the error carries no message key).
  std::string detail(Lang lang) const;

  std::string key;
  std::map<std::string, std::string> args;
};

/// Reads a configuration file: TOML when its name ends in ".toml", JSON otherwise. Throws
/// ConfigError.
Config load_config(const std::string& path);
/// Parses configuration text (JSON). Throws ConfigError.
Config parse_config(std::string_view text);
/// Parses configuration text (TOML, same keys as the JSON form). Throws ConfigError.
Config parse_config_toml(std::string_view text);

struct Options {
  Profile profile = Profile::Strict;
  Lang lang = Lang::Vi;
  Config config;
  const Archive* archive = nullptr; ///< enables reference.unresolved / reference.date-mismatch
};

/// Checks one document given as bytes. Thread-safe.
FileReport check_bytes(std::string_view bytes, const std::string& path, const Options& options);
/// Reads `path` ("-" = standard input) and checks it. Thread-safe.
FileReport check_file(const std::string& path, const Options& options);
/// The report of an input that could not be read at all (a path that does not exist, permission
/// denied) or decoded.
FileReport unreadable_report(const InputError& error, const Options& options);

/// One rule of data/check_rules.json, in the requested language.
struct RuleSummary {
  std::string id;
  Severity strict = Severity::Error, lenient = Severity::Error;
  std::string description;
  std::string example;
  std::string anchor; ///< README.md anchor of the rule's row
};
std::vector<RuleSummary> list_rules(Lang lang);

/// Output formats behind one interface: text, json, sarif.
class Printer {
public:
  virtual ~Printer() = default;
  virtual void file(const FileReport& report) = 0;
  /// Writes what is left (the summary, or the whole JSON/SARIF document).
  virtual void finish() = 0;
};

/// `format` is "text", "json" or "sarif"; throws std::invalid_argument for anything else.
std::unique_ptr<Printer> make_printer(const std::string& format, std::ostream& out, Lang lang);

/// A user-interface string of data/check_rules.json ("summary", "no-index" …) with {name} filled
/// in.
std::string ui_text(std::string_view key, Lang lang,
                    const std::map<std::string, std::string>& args = {});

std::string_view severity_name(Severity s); ///< "off", "warning", "error"
std::optional<Severity> parse_severity(std::string_view s);

} // namespace vanban::check
