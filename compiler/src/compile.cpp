// The compiler pipeline: decode → flatten → header → closing → body → references.
#include "vanban/compile.hpp"

#include "decode.hpp"
#include "layout.hpp"
#include "lines.hpp"
#include "stages.hpp"
#include "vanban/markdown_normalise.hpp"
#include "vanban/path_escape.hpp"
#include "vanban/read_input.hpp"
#include "vanban/sha256.hpp"
#include "vanban/text/utf8.hpp"

#include <string>

namespace vanban {
namespace {

/// Compile-level findings: parts a reader of the model should know are missing.
void report_missing_parts(Document& doc) {
  auto warn = [&](int line, std::string message, std::string code) {
    doc.diagnostics.push_back(
        {DiagnosticSeverity::Warning, line, std::move(message), std::move(code)});
  };
  if (!doc.number) {
    if (doc.facts.number_text)
      warn(doc.lines.number, "cannot read the number and symbol '" + *doc.facts.number_text + "'",
           "number.malformed");
    else
      warn(1, "no number and symbol (Số: …) found", "number.missing");
  }
  if (!doc.date && !doc.facts.date_text)
    warn(1, "no issue date (…, ngày … tháng … năm …) found", "date.missing");
  if (!doc.type) warn(1, "no document type found", "type.missing");
  if (!doc.signer) warn(1, "no signature block found", "signer.missing");
}

} // namespace

CompileResult compile_bytes(std::string_view bytes, const std::string& name) {
  const std::string path = utf8::valid(name) ? name : escape_path(name);
  auto decoded = decode::decode(bytes);
  if (auto* failure = std::get_if<decode::Failure>(&decoded))
    return InputError{path,          failure->line,    failure->message, InputError::Cause::Content,
                      failure->kind, failure->measured};
  auto& clean = std::get<decode::Decoded>(decoded);

  Document doc;
  doc.source = Source{path, sha256_hex(bytes), bytes.size()};
  doc.facts.had_bom = clean.had_bom;
  doc.facts.had_crlf = clean.had_crlf;
  doc.facts.was_nfc = clean.was_nfc;

  const auto lines = layout::normalise(lines::flatten(normalise_markdown(clean.text)),
                                       layout::hints_of(clean.text));
  std::size_t body_begin = stages::recognise_header(lines, doc);
  std::size_t body_end = stages::recognise_closing(lines, body_begin, doc);
  stages::recognise_enactment(lines, doc);
  stages::Range body{body_begin, body_end};
  stages::recognise_body(lines, body, doc);
  stages::extract_references(lines, body, doc);
  report_missing_parts(doc);
  return doc;
}

CompileResult compile_file(const std::string& file) {
  const std::string path = file == "-" ? "<stdin>" : escape_path(file);
  auto read = read_input(file);
  if (auto* failure = std::get_if<ReadFailure>(&read))
    return InputError{path, 1, failure->message, failure->cause, failure->kind, failure->measured};
  return compile_bytes(std::get<std::string>(read), path);
}

} // namespace vanban
