// check_bytes / check_file: compile, run the rules, then apply severity, suppression, language.
#include "doc_kind.hpp"
#include "rule_table.hpp"
#include "rules.hpp"
#include "severity.hpp"
#include "suppress.hpp"

#include "vanban/compile.hpp"
#include "vanban/path_escape.hpp"
#include "vanban/read_input.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace vanban::check {
namespace {

Finding render(const RawFinding& raw, Severity severity, Lang lang) {
  const RuleDef* def = rule_table().find(raw.rule);
  Finding f{raw.rule, severity, raw.line, raw.column, raw.rule, ""};
  if (!def) return f;
  const Bilingual* message = &def->message;
  const Bilingual* hint = &def->hint;
  if (auto v = def->variants.find(raw.variant); v != def->variants.end()) {
    message = &v->second.message;
    hint = &v->second.hint;
  }
  f.message = fill(in(*message, lang), raw.args);
  f.hint = fill(in(*hint, lang), raw.args);
  return f;
}

void finish(FileReport& report, const std::vector<RawFinding>& raw, const Options& options,
            const Suppressions* suppressions) {
  for (const auto& r : raw) {
    Severity s = effective_severity(r.rule, options);
    if (s == Severity::Off || (suppressions && suppressions->covers(r.rule, r.line))) continue;
    report.findings.push_back(render(r, s, options.lang));
  }
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
}

/// The data/check_rules.json "ui" key that says why an input was refused, by the compiler's
/// error kind (never by its English message).
std::string_view reason_key(InputError::Kind kind) {
  using Kind = InputError::Kind;
  switch (kind) {
  case Kind::TooLarge:
    return "reason.too-large";
  case Kind::TooManyLines:
    return "reason.too-many-lines";
  case Kind::Binary:
    return "reason.binary";
  case Kind::Empty:
  case Kind::OnlyWhiteSpace:
    return "reason.empty";
  case Kind::Unicode:
    return "reason.unicode";
  case Kind::Missing:
    return "reason.missing";
  case Kind::Denied:
    return "reason.denied";
  case Kind::NotAFile:
    return "reason.not-a-file";
  case Kind::InvalidUtf8: // its own rule, below
  case Kind::Io:
    break;
  }
  return "reason.io";
}

/// The finding for an input that could not be read or decoded (not UTF-8, empty, too large,
/// permission denied …), in `lang`: the English message is only the detail of an I/O error.
RawFinding input_finding(const InputError& error, Lang lang) {
  if (error.kind == InputError::Kind::InvalidUtf8)
    return {"encoding.invalid-utf8", error.line, 1, "", {}};
  const std::map<std::string, std::string> args{
      {"detail", error.message},
      {"measured", std::to_string(error.measured)},
      {"bytes_limit", std::to_string(kMaxDocumentBytes / (1024 * 1024))},
      {"megabytes", std::to_string(error.measured / (1024 * 1024))},
      {"lines_limit", std::to_string(kMaxDocumentLines)}};
  return {"encoding.unreadable",
          error.line,
          1,
          "",
          {{"reason", ui_text(reason_key(error.kind), lang, args)}}};
}

} // namespace

FileReport unreadable_report(const InputError& error, const Options& options) {
  FileReport report{error.path, {}, true};
  finish(report, {input_finding(error, options.lang)}, options, nullptr);
  return report;
}

FileReport check_bytes(std::string_view bytes, const std::string& path, const Options& options) {
  auto result = compile_bytes(bytes, path);
  if (auto* e = std::get_if<InputError>(&result)) {
    InputError named = *e;
    named.path = path; // as the caller named it
    return unreadable_report(named, options);
  }
  const auto& doc = std::get<Document>(result);
  SourceText src(bytes);
  std::vector<RawFinding> raw;
  const auto codes = known_codes(options);
  Context ctx{doc, src, options, codes, raw};
  for (auto group : kRuleGroups) group(ctx);
  FileReport report{path, {}, false};
  Suppressions suppressions(src);
  finish(report, raw, options, &suppressions);
  return report;
}

FileReport check_file(const std::string& path, const Options& options) {
  // The raw bytes are kept: the rules scan the source beside the compiled model.
  auto read = read_input(path);
  const std::string name = path == "-" ? path : escape_path(path); // reports are UTF-8
  if (auto* failure = std::get_if<ReadFailure>(&read))
    return unreadable_report(
        {name, 1, failure->message, failure->cause, failure->kind, failure->measured}, options);
  return check_bytes(std::get<std::string>(read), name, options);
}

} // namespace vanban::check
