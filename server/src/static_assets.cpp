// Embedded assets (generated vanban_server_files.cpp) and the routes of the single-page app.
#include "static_assets.hpp"

#include "api.hpp"
#include "vanban_server_files.hpp"

#include <array>
#include <utility>

namespace vanban::serve {
namespace {

constexpr std::array<std::pair<std::string_view, const char*>, 12> kTypes{{
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".webp", "image/webp"},
    {".woff2", "font/woff2"},
    {".txt", "text/plain; charset=utf-8"},
    {".webmanifest", "application/manifest+json"},
}};

/// The pages the app draws itself from location.pathname: all get index.html.
constexpr const char* kAppPaths = "/|/search|/check|/doc/[^/]+|/trace/[^/]+|/follow-up/[^/]+";

void send_asset(httplib::Response& res, const Asset& asset) {
  // Revalidated on each load: a new vanban binary must not run with yesterday's app.js.
  res.set_header("Cache-Control", "no-cache");
  res.set_content(std::string(asset.bytes), asset.content_type);
}

} // namespace

const char* content_type_for(std::string_view name) {
  for (const auto& [ext, type] : kTypes)
    if (name.size() > ext.size() && name.substr(name.size() - ext.size()) == ext) return type;
  return "application/octet-stream";
}

std::optional<Asset> find_asset(std::string_view name) {
  for (const auto& f : embedded::files())
    if (f.name == name) return Asset{f.bytes, content_type_for(f.name)};
  return std::nullopt;
}

void add_pages(Router& router) {
  router.add("GET", kAppPaths, [](const auto&, auto& res, const auto&) {
    if (auto page = find_asset("index.html")) return send_asset(res, *page);
    throw std::runtime_error("server/web/index.html was not embedded");
  });
  router.add("GET", "/static/(.+)", [](const auto& req, auto& res, const auto& m) {
    if (auto asset = find_asset(m[1].str())) return send_asset(res, *asset);
    send_not_found(req, res);
  });
}

} // namespace vanban::serve
