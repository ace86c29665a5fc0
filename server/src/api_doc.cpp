// GET /api/doc/{id}, /api/doc/{id}/source, /api/doc/{id}/html. The id is looked up in the
// archive; the file read is the archived path, never anything taken from the request.
#include "api.hpp"
#include "http_response.hpp"
#include "markdown_html.hpp"
#include "self_citation.hpp"

#include "vanban/path_escape.hpp"
#include "vanban/sha256.hpp"
#include "vanban/stored_model.hpp"
#include "vanban/text/utf8.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace vanban::serve {
namespace {

/// The archived file's bytes: relative paths are relative to where `vanban index` ran.
struct Source {
  std::string bytes;
  bool stale = false; ///< changed since it was indexed
};

/// The document and its base directory come from one searcher lease: the same revision, one pool
/// round trip per request.
Source read_source(ArchiveState& archive, const std::string& id) {
  auto searcher = archive.searcher();
  auto doc = searcher->document(id);
  if (!doc) throw unknown_document(id);
  // The archive stores a file name in its escaped form: the file on disk has the raw bytes.
  auto name = unescape_path(doc->path);
  if (!name) throw HttpError(404, "tệp " + doc->path + " không còn trên đĩa");
  std::filesystem::path path(*name);
  if (path.is_relative()) {
    std::string base = searcher->base_dir();
    if (!base.empty()) path = std::filesystem::path(base) / path;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf()))
    throw HttpError(404, "tệp " + doc->path + " không còn trên đĩa");
  Source s{bytes.str()};
  s.stale = sha256_hex(s.bytes) != doc->sha256;
  return s;
}

void send_source(httplib::Response& res, const Source& source, const std::string& body,
                 const char* type) {
  if (source.stale) res.set_header("X-Vanban-Stale", "1");
  res.set_content(body, type);
}

} // namespace

void add_doc_api(Router& router, ArchiveState& archive) {
  router.add("GET", "/api/doc/([^/]+)", [&archive](const auto&, auto& res, const auto& m) {
    auto doc = archive.searcher()->document(m[1]);
    if (!doc) throw unknown_document(m[1]);
    auto parsed = parse_stored_model<nlohmann::ordered_json>(doc->model_json);
    if (auto* damage = std::get_if<ModelDamage>(&parsed)) {
      // This record only: every other document of the archive is served as usual.
      const auto record = damaged_record(doc->id, doc->path, *damage);
      std::cerr << "vanban serve: " << damaged_record_warning(record, false) << "\n";
      throw HttpError(500, damaged_record_message(record, false));
    }
    auto& model = std::get<nlohmann::ordered_json>(parsed);
    model["id"] = doc->id;
    model["path"] = doc->path;
    drop_self_references(model);
    send_json(res, model);
  });
  router.add("GET", "/api/doc/([^/]+)/source", [&archive](const auto&, auto& res, const auto& m) {
    Source s = read_source(archive, m[1]);
    send_source(res, s, s.bytes, "text/markdown; charset=utf-8");
  });
  router.add("GET", "/api/doc/([^/]+)/html", [&archive](const auto&, auto& res, const auto& m) {
    Source s = read_source(archive, m[1]);
    // The file may have changed since it was indexed, into bytes that are not UTF-8: the page
    // shows U+FFFD for them rather than send invalid UTF-8 as charset=utf-8.
    send_source(res, s, markdown_to_html(utf8::sanitize(s.bytes)), "text/html; charset=utf-8");
  });
}

} // namespace vanban::serve
