// GET /api/search: the `vanban search --json` shape, plus snippet_html, relaxed and facets.
#include "api.hpp"
#include "html_escape.hpp"
#include "http_response.hpp"
#include "query_params.hpp"

#include "vanban/search_json.hpp"

namespace vanban::serve {
namespace {

/// A page of results; more is what paging is for.
constexpr long kMaxLimit = 100;
/// Deep paging re-ranks everything before the page: beyond this nobody is reading.
constexpr long kMaxOffset = 10000;

bool blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

void search(ArchiveState& archive, const httplib::Request& req, httplib::Response& res) {
  std::string q = req.get_param_value("q");
  if (blank(q)) throw HttpError(400, "thiếu từ khoá tìm kiếm (q)");
  SearchOptions options;
  options.limit = static_cast<std::size_t>(int_param(req, "limit", 10, 1, kMaxLimit));
  options.offset = static_cast<std::size_t>(int_param(req, "offset", 0, 0, kMaxOffset));
  options.sort = choice_param(req, "sort", {"relevance", "date"}) == "date" ? SortOrder::Date
                                                                            : SortOrder::Relevance;
  options.mark_begin = kMarkBegin;
  options.mark_end = kMarkEnd;
  options.facets = true;
  SearchResults r;
  try {
    r = archive.searcher()->search(q, options);
  } catch (const QueryError& e) { // a malformed query: the user's to fix, at the part named
    nlohmann::ordered_json error{{"error", "câu truy vấn không hợp lệ: " + e.message(false)},
                                 {"part", e.part()},
                                 {"message_en", e.message(true)}};
    send_json(res, error, 400);
    return;
  }
  nlohmann::ordered_json body = search_json(r);
  for (auto& hit : body["hits"]) {
    std::string marked = hit["snippet"];
    // The plain snippet as `vanban search --json` writes it, with the Searcher's default marks.
    hit["snippet"] = replace_marks(marked, SearchOptions{}.mark_begin, SearchOptions{}.mark_end);
    hit["snippet_html"] = snippet_html(marked);
  }
  body["relaxed"] = r.relaxed;
  body["facets"] = facets_json(r.facets);
  send_json(res, body);
}

} // namespace

void add_search_api(Router& router, ArchiveState& archive) {
  router.add("GET", "/api/search",
             [&archive](const auto& req, auto& res, const auto&) { search(archive, req, res); });
}

} // namespace vanban::serve
