// POST /api/check?lang=vi|en&profile=strict|lenient: one draft (the body in any content type, or
// a form's field: draft_body.hpp) → the `vanban check --format json` report, with the served
// archive for the reference rules.
#include "api.hpp"
#include "draft_body.hpp"
#include "http_response.hpp"
#include "query_params.hpp"

#include <sstream>

namespace vanban::serve {
namespace {

/// The name the report shows for a pasted draft.
constexpr const char* kDraftName = "draft.md";
/// Enough of an uploaded file's name to recognise it.
constexpr std::size_t kMaxNameLength = 100;

/// The base name of an upload, reduced to [A-Za-z0-9._-]: it is only shown in the report (never a
/// path on disk), but it must not smuggle a directory or control characters into it.
std::string sanitise_name(const std::string& filename) {
  std::string base = filename.substr(filename.find_last_of("/\\") + 1);
  std::string out;
  for (char c : base) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '-' || c == '_';
    if (out.size() < kMaxNameLength) out += plain ? c : '_';
  }
  return out.find_first_not_of('.') == std::string::npos ? kDraftName : out;
}

void check(ArchiveState& archive, const httplib::Request& req, httplib::Response& res,
           const httplib::ContentReader& reader) {
  check::Options options;
  options.lang =
      choice_param(req, "lang", {"vi", "en"}) == "en" ? check::Lang::En : check::Lang::Vi;
  options.profile = choice_param(req, "profile", {"strict", "lenient"}) == "lenient"
                        ? check::Profile::Lenient
                        : check::Profile::Strict;
  Draft draft = read_draft(req, reader);
  std::string name = req.is_multipart_form_data() ? sanitise_name(draft.filename) : kDraftName;
  auto snapshot = archive.snapshot(); // held until the check ends: the archive stays alive
  options.archive = snapshot->archive.get();
  std::ostringstream out;
  auto printer = check::make_printer("json", out, options.lang);
  printer->file(check::check_bytes(draft.text, name, options));
  printer->finish();
  res.set_content(out.str(), kJsonType);
}

} // namespace

void add_check_api(Router& router, ArchiveState& archive) {
  router.add("POST", "/api/check",
             BodyHandler([&archive](const auto& req, auto& res, const auto&, const auto& reader) {
               check(archive, req, res, reader);
             }));
}

} // namespace vanban::serve
