// vanban serve: the HTTP API in-process on a free port over an index of corpus/ (plus the XSS
// fixture), queried with httplib's client — shapes, statuses, facets, safety, and reopening.
#include "index_helpers.hpp"
#include "index_options.hpp"

#include "archive_state.hpp"
#include "html_escape.hpp"
#include "markdown_html.hpp"
#include "query_lexer.hpp"
#include "self_citation.hpp"
#include "vanban/archive.hpp"
#include "vanban/archive_graph.hpp"
#include "vanban/serve.hpp"

#include <doctest/doctest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

namespace {

using nlohmann::json;

/// The seed plan 59/KH-LĐLĐ: implements 37/KH-LĐLĐ (Lai Châu, 2024).
const std::string kSeedPath = "corpus/seeds/000_2a7d08b91cea13fd.md";
/// A decision as pandoc writes it from Word (invented): a multiline header table, a grid
/// signature table, `** **` and `\-\-\-` rules. 215/QĐ-UBND, UBND huyện An Lạc, 12/4/2024.
const std::string kPandocPath = "tests/fixtures/serve/pandoc-quyet-dinh.md";

/// An archive of corpus/ and tests/fixtures/serve/ with a server on it, stopped at the end.
class Served {
public:
  Served() {
    vanban::index_documents(db(), {"corpus", "tests/fixtures/serve"},
                            vanban::test::index_options(2, 100));
    vanban::serve::ServeOptions o;
    o.db = db();
    o.port = 0;
    o.recheck = std::chrono::milliseconds(0); // every request sees the latest commit
    server_ = std::make_unique<vanban::serve::Server>(o);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
  }
  ~Served() {
    server_->stop();
    thread_.join();
  }

  std::string db() const { return dir_.path("db"); }
  const vanban::test::TempDir& dir() const { return dir_; }

  httplib::Result get(const std::string& path) { return client().Get(path.c_str()); }
  httplib::Result post(const std::string& path, const std::string& body) {
    return client().Post(path.c_str(), body, "text/markdown");
  }
  json get_json(const std::string& path, int status = 200) {
    auto r = get(path);
    REQUIRE(r);
    CHECK_MESSAGE(r->status == status, path, ": ", r->body);
    CHECK(r->get_header_value("Content-Type") == "application/json; charset=utf-8");
    return json::parse(r->body);
  }
  json search(const std::string& q, const std::string& extra = "") {
    return get_json("/api/search?q=" + httplib::detail::encode_query_param(q) + extra);
  }
  httplib::Client client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0); // a sanitizer build is slow; never a timing assertion
    return c;
  }
  int port() const { return port_; }

private:
  vanban::test::TempDir dir_;
  std::unique_ptr<vanban::serve::Server> server_;
  int port_ = 0;
  std::thread thread_;
};

std::string id_of(const std::string& path) {
  return vanban::document_id(path);
}

/// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  REQUIRE(text.find(from) != std::string::npos);
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace

TEST_CASE("serve: snippet marks become <mark> around escaped text") {
  using vanban::serve::snippet_html;
  CHECK(snippet_html("a \x01<b>\x02 & \"c\"") == "a <mark>&lt;b&gt;</mark> &amp; &quot;c&quot;");
  CHECK(snippet_html("\x01open") == "<mark>open</mark>");       // balanced at the end
  CHECK(snippet_html("x\x02y\x01\x01z") == "xy<mark>z</mark>"); // stray marks dropped
  CHECK(snippet_html("<mark>\x03") == "&lt;mark&gt;");          // no forged marks
  CHECK(vanban::serve::replace_marks("\x01nhà ở\x02", "[", "]") == "[nhà ở]");
}

/// Whether `html` holds `part`, with the HTML in the failure message.
bool has(const std::string& html, std::string_view part) {
  return html.find(part) != std::string::npos;
}

TEST_CASE("serve: a pandoc document renders as the reader sees it on paper") {
  const std::string html = vanban::serve::markdown_to_html(read_file(kPandocPath));
  INFO(html);
  // The header: a table of two columns, issuer beside the motto, lines kept apart, no markup.
  CHECK(has(html, "<table class=\"doc-header\">"));
  CHECK(has(html, "ỦY BAN NHÂN DÂN<br />HUYỆN AN LẠC"));
  CHECK(has(html, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc"));
  CHECK(has(html, "Số: 215/QĐ-UBND"));
  // The rules under issuer and motto are drawn, not dashes; the empty bold line (`** **`, a
  // thematic break to CommonMark) is gone.
  CHECK(has(html, "class=\"doc-rule\""));
  CHECK(!has(html, "<hr"));
  CHECK(!has(html, "---"));
  CHECK(!has(html, "**"));
  CHECK(!has(html, "\\"));
  CHECK(!has(html, "<pre"));
  CHECK(!has(html, "<code"));
  CHECK(!has(html, "raw HTML omitted"));
  // The numbered items are paragraphs "1. …" of the body, not code.
  CHECK(has(html, "1. Ông Lê Văn Khiêm"));
  // The signature block: Nơi nhận on the left, the signer on the right, in one table.
  CHECK(has(html, "<table class=\"doc-signature\">"));
  const auto footer = html.substr(html.find("doc-signature"));
  CHECK(has(footer, "Nơi nhận:"));
  CHECK(has(footer, "- Lưu: VT."));
  CHECK(has(footer, "KT. CHỦ TỊCH<br />PHÓ CHỦ TỊCH"));
  CHECK(has(footer, "Trần Văn Bình"));
  CHECK(footer.find("Nơi nhận:") < footer.find("KT. CHỦ TỊCH")); // left cell first
}

TEST_CASE("serve: safe mode still holds after normalising") {
  using vanban::serve::markdown_to_html;
  // A <br> with attributes is not a bare line break: dropped like any tag.
  std::string html = markdown_to_html("| a<br onclick=\"x()\">b | c |\n|---|---|\n");
  CHECK(!has(html, "onclick"));
  CHECK(has(html, "raw HTML omitted"));
  CHECK(has(markdown_to_html("| a<BR/>b | c |\n|---|---|\n"), "a<br />b"));
  // A grid table cell's raw HTML is dropped too.
  html = markdown_to_html("+-----------+-----+\n| <script>x | y   |\n+-----------+-----+\n");
  CHECK(!has(html, "<script"));
  // A data table keeps its plain <table> (and its rules); a dash inside text is text.
  html = markdown_to_html("| Số | Tên |\n|---|---|\n| 1 | a --- b |\n");
  CHECK(has(html, "<table>"));
  CHECK(has(html, "a --- b"));
  CHECK(has(markdown_to_html("Ghi chú (*): xem phụ lục.\n"), "(*)"));
  // A rule the author drew stays a rule.
  CHECK(has(markdown_to_html("a\n\n* * *\n\nb\n"), "<hr />"));
  CHECK(has(markdown_to_html("a\n\n***\n\nb\n"), "<hr />"));
}

TEST_CASE("serve: a document's own number is never one of its citations") {
  using vanban::serve::is_self_citation;
  const std::optional<std::string> date = "2024-04-12", other = "2023-01-05", none;
  CHECK(is_self_citation("215/QĐ-UBND", date, "215/QĐ-UBND", none));
  CHECK(is_self_citation("215/QĐ-UBND", date, "215/QĐ-UBND", date));
  CHECK(is_self_citation("0215/qđ-ubnd", date, "215/QĐ-UBND", none));  // as the resolver compares
  CHECK(!is_self_citation("215/QĐ-UBND", date, "215/QĐ-UBND", other)); // last year's namesake
  CHECK(!is_self_citation("215/QĐ-UBND", date, "216/QĐ-UBND", none));
  CHECK(!is_self_citation("", date, "", none)); // no number: nothing is itself

  SUBCASE("the model's references") {
    auto model = nlohmann::ordered_json::parse(R"({"number":{"text":"215/QĐ-UBND"},
      "date":"2024-04-12","references":[{"number":"215/QĐ-UBND","date":null},
      {"number":"88/KH-UBND","date":"2024-03-05"},{"number":"215/QĐ-UBND","date":"2024-04-12"},
      {"number":"215/QĐ-UBND","date":"2023-01-05"}]})");
    vanban::serve::drop_self_references(model);
    REQUIRE(model["references"].size() == 2);
    CHECK(model["references"][0]["number"] == "88/KH-UBND");
    CHECK(model["references"][1]["date"] == "2023-01-05");
  }

  SUBCASE("a trace: the self edges and what only they reached") {
    // a (215, 2024-04-12) cites: itself outside the archive (no date), b (its archived namesake
    // of 2023, cited without a date on line 7), c (88/KH); b cites d.
    auto trace = nlohmann::ordered_json::parse(R"({"root":"a","nodes":[
      {"id":"a","number":"215/QĐ-UBND","date":"2024-04-12","external":false},
      {"id":"ext:215/qđ-ubnd@","number":"215/QĐ-UBND","date":null,"external":true},
      {"id":"b","number":"215/QĐ-UBND","date":"2023-01-05","external":false},
      {"id":"c","number":"88/KH-UBND","date":"2024-03-05","external":false},
      {"id":"d","number":"1/KH-UBND","date":"2022-01-01","external":false}],
      "edges":[{"from":"a","to":"ext:215/qđ-ubnd@","line":3},{"from":"a","to":"b","line":7},
      {"from":"a","to":"c","line":9},{"from":"b","to":"d","line":2}]})");
    std::vector<std::string> asked;
    auto undated = [&](const std::string& citing, int line, const std::string& number) {
      asked.push_back(citing + ":" + std::to_string(line) + ":" + number);
      return std::optional<std::string>();
    };
    auto up = trace;
    vanban::serve::drop_self_citations(up, true, undated);
    CHECK(asked == std::vector<std::string>{"a:7:215/QĐ-UBND"});
    REQUIRE(up["edges"].size() == 1);
    CHECK(up["edges"][0]["to"] == "c");
    REQUIRE(up["nodes"].size() == 2);
    CHECK(up["nodes"][0]["id"] == "a");
    CHECK(up["nodes"][1]["id"] == "c");
    // Cited with the namesake's own date, b is another document: kept with what it reached.
    auto dated = trace;
    vanban::serve::drop_self_citations(dated, true,
                                       [](const std::string&, int, const std::string&) {
                                         return std::optional<std::string>("2023-01-05");
                                       });
    CHECK(dated["edges"].size() == 3);
    CHECK(dated["nodes"].size() == 4);
  }
}

TEST_CASE("serve: issuer:= is lexed as an exact filter") {
  auto parts = vanban::index::lex_query("issuer:=\"Liên đoàn Lao động\" issuer:Tam");
  REQUIRE(parts.size() == 2);
  CHECK((parts[0].exact && parts[0].value == "Liên đoàn Lao động"));
  CHECK((!parts[1].exact && parts[1].value == "Tam"));
}

TEST_CASE("serve: the API over an archive") {
  Served s;

  SUBCASE("search has the CLI's shape plus snippet_html, relaxed and facets") {
    json r = s.search("nhà ở xã hội", "&limit=3");
    CHECK(r["query"] == "nhà ở xã hội");
    CHECK(r["total"].get<int>() >= 3);
    CHECK(r["relaxed"] == false);
    REQUIRE(r["hits"].size() == 3);
    for (const char* key : {"rank", "id", "path", "number", "date", "type", "subject", "issuer",
                            "score", "snippet", "snippet_html"})
      CHECK_MESSAGE(r["hits"][0].contains(key), key);
    std::string snippet = r["hits"][0]["snippet"], html = r["hits"][0]["snippet_html"];
    CHECK(snippet.find("[nhà ở xã hội]") != std::string::npos);
    CHECK(html.find("<mark>nhà ở xã hội</mark>") != std::string::npos);
    CHECK(snippet.find('\x01') == std::string::npos);
    CHECK(r["facets"].contains("type"));
    CHECK(r["facets"].contains("year"));
    CHECK(r["facets"].contains("issuer"));
  }

  SUBCASE("with and without diacritics the same documents come first") {
    json marked = s.search("nhà ở xã hội", "&limit=3");
    json plain = s.search("nha o xa hoi", "&limit=3");
    REQUIRE(marked["hits"].size() == 3);
    REQUIRE(plain["hits"].size() == 3);
    CHECK(marked["hits"][0]["id"] == plain["hits"][0]["id"]);
    CHECK(marked["total"] == plain["total"]);
  }

  SUBCASE("every facet's filter, appended to the query, gives exactly its count") {
    for (std::string q : {"nha o xa hoi", "công đoàn", "type:KH"}) {
      json r = s.search(q);
      std::size_t sum = 0, values = 0;
      for (const auto& field : {"type", "year", "issuer"})
        for (const auto& v : r["facets"][field]) {
          ++values;
          if (std::string(field) == "year") sum += v["count"].get<std::size_t>();
          json narrowed = s.search(q + " " + v["filter"].get<std::string>(), "&limit=1");
          CHECK_MESSAGE(narrowed["total"] == v["count"], q, " + ", v["filter"]);
        }
      CHECK(values > 3);
      CHECK(sum == r["total"].get<std::size_t>()); // every corpus document is dated
    }
    json kh = s.search("type:KH");
    REQUIRE(!kh["facets"]["type"].empty());
    CHECK(kh["facets"]["type"][0]["value"] == "KH");
    CHECK(kh["facets"]["type"][0]["label"] == "Kế hoạch");
    CHECK(kh["facets"]["type"][0]["filter"] == "type:\"Kế hoạch\"");
  }

  SUBCASE("paging and sorting; bad parameters are 400") {
    json page2 = s.search("công đoàn", "&limit=2&offset=2&sort=date");
    REQUIRE(page2["hits"].size() == 2);
    CHECK(page2["hits"][0]["rank"] == 3);
    CHECK(page2["hits"][0]["date"] >= page2["hits"][1]["date"]);
    for (std::string bad :
         {"/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/search?q=a&limit=0",
          "/api/search?q=a&limit=10x", "/api/search?q=a&offset=-1", "/api/search?q=a&sort=name",
          "/api/search?q=date:2024-xx", "/api/search?q=signer:%22%22"})
      CHECK_MESSAGE(s.get_json(bad, 400).contains("error"), bad);
  }

  SUBCASE("a subject with <script> comes back escaped in snippet_html") {
    json r = s.search("xsskiemthu");
    REQUIRE(r["hits"].size() == 1);
    std::string subject = r["hits"][0]["subject"], html = r["hits"][0]["snippet_html"];
    INFO("subject: ", subject, "\nsnippet_html: ", html);
    CHECK(subject.find("<script>") != std::string::npos); // JSON carries the text as it is
    CHECK(html.find("&lt;") != std::string::npos);
    CHECK(html.find("<mark>xsskiemthu</mark>") != std::string::npos);
    // Apart from the marks, not one tag.
    std::string tags = replaced(replaced(html, "<mark>", ""), "</mark>", "");
    CHECK(tags.find('<') == std::string::npos);
    // The rendered Markdown drops the raw HTML: safe mode.
    auto page = s.get("/api/doc/" + r["hits"][0]["id"].get<std::string>() + "/html");
    REQUIRE(page);
    CHECK(page->status == 200);
    for (const char* tag : {"<script", "<img", "<b "})
      CHECK_MESSAGE(page->body.find(tag) == std::string::npos, tag);
    CHECK(page->body.find("raw HTML omitted") != std::string::npos);
  }

  SUBCASE("a document: model with id and path, source, HTML") {
    std::string id = id_of(kSeedPath);
    json doc = s.get_json("/api/doc/" + id);
    CHECK(doc["schema"] == "vanban.document/1");
    CHECK(doc["number"]["text"] == "59/KH-LĐLĐ");
    CHECK(doc["id"] == id);
    CHECK(doc["path"] == kSeedPath);
    auto source = s.get("/api/doc/" + id + "/source");
    REQUIRE(source);
    CHECK(source->status == 200);
    CHECK(source->get_header_value("Content-Type") == "text/markdown; charset=utf-8");
    CHECK(source->body == read_file(kSeedPath));
    CHECK(!source->has_header("X-Vanban-Stale"));
    auto html = s.get("/api/doc/" + id + "/html");
    REQUIRE(html);
    CHECK(html->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(html->body.find("<p>") != std::string::npos);
    auto table = s.get("/api/doc/" +
                       id_of("corpus/ldld-lai-chau/2024-08-20_to-trinh-nha-o-xa-hoi.md") + "/html");
    REQUIRE(table);
    CHECK(table->body.find("<table") != std::string::npos); // GFM tables are on
    // The header cell's lines stay apart: a bare <br> becomes a line break, not a dropped tag.
    CHECK(table->body.find("LAI CHÂU<br />") != std::string::npos);
    CHECK(table->body.find("raw HTML omitted") == std::string::npos);
  }

  SUBCASE("unknown ids and paths are 404, traversal never reads a file") {
    CHECK(s.get_json("/api/doc/0123456789abcdef", 404).contains("error"));
    CHECK(s.get_json("/api/doc/0123456789abcdef/source", 404).contains("error"));
    CHECK(s.get_json("/api/trace/0123456789abcdef", 404).contains("error"));
    CHECK(s.get_json("/api/nothing", 404).contains("error"));
    for (std::string path : {"/api/doc/../../etc/passwd", "/api/doc/..%2f..%2fetc%2fpasswd",
                             "/static/../CMakeLists.txt", "/static/%2e%2e/CMakeLists.txt",
                             "/static/..%2fCMakeLists.txt", "/static/", "/static/web/index.html",
                             "/static", "/../../etc/passwd", "/nothing"}) {
      auto r = s.get(path);
      REQUIRE(r);
      CHECK_MESSAGE(r->status == 404, path);
      CHECK_MESSAGE(r->body.find("root:") == std::string::npos, path);
      CHECK_MESSAGE(r->body.find("project(vanban") == std::string::npos, path);
    }
  }

  SUBCASE("pages: the app's routes give index.html, /static/ gives embedded files") {
    auto index = s.get("/static/index.html");
    REQUIRE(index);
    CHECK(index->status == 200);
    CHECK(index->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(index->body == read_file("server/web/index.html"));
    for (const std::string& path :
         std::vector<std::string>{"/", "/search?q=nha+o", "/check", "/doc/" + id_of(kSeedPath),
                                  "/trace/" + id_of(kSeedPath) + "?dir=up"}) {
      auto r = s.get(path);
      REQUIRE(r);
      CHECK_MESSAGE(r->status == 200, path);
      CHECK_MESSAGE(r->body == index->body, path);
    }
  }

  SUBCASE("every response carries the security headers") {
    for (std::string path : {"/", "/api/stats", "/api/nothing", "/static/none.js"}) {
      auto r = s.get(path);
      REQUIRE(r);
      CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
      CHECK(r->get_header_value("Referrer-Policy") == "no-referrer");
      std::string csp = r->get_header_value("Content-Security-Policy");
      CHECK(csp.find("default-src 'self'") != std::string::npos);
      CHECK(csp.find("script-src 'self';") != std::string::npos);
      CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
    }
  }

  SUBCASE("trace: the CLI's JSON, down by default, up on request; bad dir/depth are 400") {
    std::string seed = id_of(kSeedPath);
    json up = s.get_json("/api/trace/" + seed + "?dir=up&depth=1");
    CHECK(up["root"] == seed);
    REQUIRE(!up["edges"].empty());
    CHECK(up["edges"][0]["from"] == seed);
    CHECK(up["edges"][0]["relation"] == "implements");
    std::string cited = up["edges"][0]["to"];
    json down = s.get_json("/api/trace/" + cited);
    bool found = false;
    for (const auto& e : down["edges"]) found |= e["from"] == seed && e["to"] == cited;
    CHECK(found);
    for (std::string q : {"?dir=sideways", "?depth=-1", "?depth=11", "?depth=two"})
      CHECK(s.get_json("/api/trace/" + seed + q, 400).contains("error"));
  }

  SUBCASE("follow-up: the CLI's JSON for one document; bad as_of is 400, unknown id 404") {
    std::string id = id_of("corpus/ldld-lai-chau/2024-05-02_ke-hoach-thuc-hien-chi-thi-05.md");
    json f = s.get_json("/api/follow-up/" + id + "?as_of=2024-07-01");
    CHECK(f["root"]["id"] == id);
    CHECK(f["as_of"] == "2024-07-01");
    std::map<std::string, std::string> status;
    for (const auto& u : f["units"]) status[u["name"]] = u["status"];
    CHECK(status["LĐLĐ huyện Tam Đường"] == "reported");
    CHECK(status["LĐLĐ huyện Phong Thổ"] == "implemented");
    REQUIRE(!f["others"].empty());
    CHECK(f["others"][0]["recipient"].is_null());
    bool late = false;
    for (const auto& t : f["tasks"]) late |= t["state"] == "late";
    CHECK(late);
    for (std::string q : {"?as_of=2024-02-30", "?as_of=01/07/2024", "?as_of="})
      CHECK(s.get_json("/api/follow-up/" + id + q, 400).contains("error"));
    CHECK(s.get_json("/api/follow-up/0000000000000000", 404).contains("error"));
  }

  SUBCASE("check: a broken draft gives findings with rule ids") {
    const std::string draft = "**KẾ HOẠCH**\n\n**Tổ chức Tháng Công nhân**\n\nNgày 31/02/2024.\n";
    auto r = s.post("/api/check?lang=en", draft);
    REQUIRE(r);
    CHECK(r->status == 200);
    json report = json::parse(r->body);
    REQUIRE(report["files"].size() == 1);
    CHECK(report["files"][0]["path"] == "draft.md");
    std::set<std::string> rules;
    for (const auto& d : report["files"][0]["diagnostics"]) rules.insert(d["rule"]);
    CHECK(rules.count("recipients.missing") == 1);
    CHECK(rules.count("number.missing") == 1);
    CHECK(report["summary"]["errors"].get<int>() > 0);

    // An upload: its name, sanitised, is the report's path.
    httplib::MultipartFormDataItems form{{"file", draft, "../../x y.md", "text/markdown"}};
    auto up = s.client().Post("/api/check?profile=lenient", form);
    REQUIRE(up);
    CHECK(up->status == 200);
    CHECK(json::parse(up->body)["files"][0]["path"] == "x_y.md");

    // The served archive backs the reference rules: citing a number it lacks is one more
    // reference.unresolved than citing the archived 37/KH-LĐLĐ.
    auto unresolved = [&](const std::string& text) {
      int n = 0;
      json report = json::parse(s.post("/api/check", text)->body);
      for (const auto& d : report["files"][0]["diagnostics"])
        n += d["rule"] == "reference.unresolved";
      return n;
    };
    std::string cites = read_file(kSeedPath);
    CHECK(unresolved(replaced(cites, "37/KH-LĐLĐ", "38/KH-LĐLĐ")) == unresolved(cites) + 1);

    CHECK(s.get_json("/api/check?lang=fr", 405).contains("error")); // GET is not the method
    auto bad_lang = s.post("/api/check?lang=fr", draft);
    REQUIRE(bad_lang);
    CHECK(bad_lang->status == 400);
  }

  SUBCASE("a body over the limit is 413, a wrong method 405") {
    auto r = s.post("/api/check", std::string(vanban::serve::kMaxBodyBytes + 1, 'a'));
    REQUIRE(r);
    CHECK(r->status == 413);
    CHECK(json::parse(r->body).contains("error"));
    auto fits = s.post("/api/check", std::string(vanban::serve::kMaxBodyBytes - 1, 'a'));
    REQUIRE(fits);
    CHECK(fits->status == 200);
    auto del = s.client().Delete("/api/search?q=a");
    REQUIRE(del);
    CHECK(del->status == 405);
    CHECK(del->get_header_value("Allow") == "GET");
  }

  SUBCASE("the pandoc document: model, HTML with tables, no self-citation") {
    std::string id = id_of(kPandocPath);
    json doc = s.get_json("/api/doc/" + id);
    CHECK(doc["number"]["text"] == "215/QĐ-UBND");
    CHECK(doc["date"] == "2024-04-12");
    CHECK(doc["type"] == "Quyết định");
    auto html = s.get("/api/doc/" + id + "/html");
    REQUIRE(html);
    CHECK(has(html->body, "<table class=\"doc-header\">"));
    CHECK(has(html->body, "<table class=\"doc-signature\">"));
    CHECK(!has(html->body, "<pre"));
    // A letter without a subject (the fixture beside it) implements it: null, not a guess.
    json letter = s.search("khongtrichyeu");
    REQUIRE(letter["hits"].size() == 1);
    CHECK(letter["hits"][0]["subject"] == "");
    CHECK(
        s.get_json("/api/doc/" + letter["hits"][0]["id"].get<std::string>())["subject"].is_null());
    bool implemented = false;
    json cited_by = s.get_json("/api/trace/" + id + "?dir=down&depth=1");
    INFO("trace down: ", cited_by.dump());
    for (const auto& e : cited_by["edges"])
      implemented |= e["from"] == letter["hits"][0]["id"] && e["relation"] == "implements";
    CHECK(implemented);

    // The same decision citing its own number (undated and written with a leading zero, which
    // the compiler does not take for its own; then dated the same day) and last year's
    // decision of that number: only the last is a citation, in the model and the trace.
    std::string text = replaced(read_file(kPandocPath), "*Theo đề nghị",
                                "*Căn cứ Quyết định số 0215/QĐ-UBND của Ủy ban nhân dân huyện;*\n\n"
                                "*Căn cứ Quyết định số 215/QĐ-UBND ngày 12/4/2024 của Ủy ban nhân "
                                "dân huyện;*\n\n*Căn cứ Quyết định số 215/QĐ-UBND ngày 05/01/2023 "
                                "của Ủy ban nhân dân huyện An Lạc;*\n\n*Theo đề nghị");
    text = replaced(text, "kênh mương nội đồng\ntrên", "kênh mương nội đồng tuchiem\ntrên");
    std::string self_path = s.dir().write("self/quyet-dinh.md", text);
    vanban::index_documents(s.db(), {self_path}, vanban::test::index_options(1, 100));
    json hits = s.search("tuchiem");
    REQUIRE(hits["hits"].size() == 1);
    std::string self_id = hits["hits"][0]["id"];
    json model = s.get_json("/api/doc/" + self_id);
    std::vector<std::string> cited;
    for (const auto& r : model["references"])
      // A citation by title has no number ("Luật … ngày …"): its title stands in.
      cited.push_back((r["number"].is_null() ? r["title"] : r["number"]).get<std::string>() + "@" +
                      r["date"].dump());
    INFO("references: ", model["references"].dump());
    CHECK(std::count(cited.begin(), cited.end(), "215/QĐ-UBND@\"2023-01-05\"") == 1);
    CHECK(std::count_if(cited.begin(), cited.end(), [](const std::string& c) {
            return c.find("215/QĐ-UBND@") != std::string::npos && c != "215/QĐ-UBND@\"2023-01-05\"";
          }) == 0);
    CHECK(std::count_if(cited.begin(), cited.end(), [](const std::string& c) {
            return c.find('/') != std::string::npos;
          }) == 2); // and 88/KH-UBND; the laws it cites by title have no number
    json up = s.get_json("/api/trace/" + self_id + "?dir=up&depth=1");
    int own = 0, last_year = 0;
    for (const auto& n : up["nodes"]) {
      if (n["id"] == self_id || n["number"] != "215/QĐ-UBND") continue;
      (n["date"] == "2023-01-05" ? last_year : own) += 1;
    }
    INFO("trace: ", up.dump());
    CHECK(own == 0);
    CHECK(last_year == 1);
    for (const auto& e : up["edges"]) CHECK(e["to"] != self_id);
    // Going down from the original, the copy's citation of 215 without a date is no edge.
    json down = s.get_json("/api/trace/" + id + "?dir=down&depth=1");
    for (const auto& e : down["edges"]) CHECK(e["from"] != self_id);
  }

  SUBCASE("stats: the CLI's JSON") {
    json st = s.get_json("/api/stats");
    CHECK(st["documents"] == 50);
    for (const char* key : {"terms", "bytes", "by_type", "by_year", "undated"})
      CHECK_MESSAGE(st.contains(key), key);
  }

  SUBCASE("a document indexed while serving appears in search, stats and trace") {
    CHECK(s.search("ngoaikho", "")["total"] == 0);
    std::string text = replaced(read_file(kSeedPath), "59/KH-LĐLĐ", "60/KH-LĐLĐ") +
                       "\nTừ khoá kiểm thử: ngoaikho.\n";
    std::string added = s.dir().write("more/added.md", text);
    vanban::index_documents(s.db(), {added}, vanban::test::index_options(1, 100));
    json r = s.search("ngoaikho");
    REQUIRE(r["hits"].size() == 1);
    CHECK(r["hits"][0]["number"] == "60/KH-LĐLĐ");
    CHECK(s.get_json("/api/stats")["documents"] == 51);
    // Outside the working directory the path is absolute: the source is still found.
    std::string id = r["hits"][0]["id"];
    auto source = s.get("/api/doc/" + id + "/source");
    REQUIRE(source);
    CHECK(source->status == 200);
    CHECK(!source->has_header("X-Vanban-Stale"));
    json up = s.get_json("/api/trace/" + id + "?dir=up&depth=1");
    CHECK(up["edges"].size() >= 1);

    // Changed since indexed: served, flagged stale. Gone: 404.
    s.dir().write("more/added.md", text + "\nSửa sau khi lập chỉ mục.\n");
    source = s.get("/api/doc/" + id + "/source");
    REQUIRE(source);
    CHECK(source->status == 200);
    CHECK(source->get_header_value("X-Vanban-Stale") == "1");
    std::filesystem::remove(added);
    CHECK(s.get_json("/api/doc/" + id + "/source", 404).contains("error"));
  }
}

TEST_CASE("serve: the graph is loaded once per revision, and the checker reads that one") {
  vanban::test::TempDir t;
  const std::string db = t.path("db");
  // All of corpus/: one more document changes less than a tenth of it, so the database is not
  // compacted (a compaction swaps the folder, which an open reader does not follow).
  vanban::index_documents(db, {"corpus"}, vanban::test::index_options(2, 100));
  const std::uint64_t before = vanban::graph::graph_loads();
  vanban::serve::ArchiveState state(db, std::chrono::milliseconds(0));
  auto first = state.snapshot();
  CHECK(state.snapshot() == first); // the same revision: the same snapshot, no load
  CHECK(vanban::graph::graph_loads() == before + 1);
  // The checker's archive answers from that graph: the seed plan is found by its number.
  CHECK(!first->archive->find("59/KH-LĐLĐ").empty());
  CHECK(first->archive->find("60/KH-LĐLĐ").empty());

  std::string text = replaced(read_file(kSeedPath), "59/KH-LĐLĐ", "60/KH-LĐLĐ");
  CHECK(vanban::index_documents(db, {t.write("more/added.md", text)},
                                vanban::test::index_options(1, 100))
            .added == 1);
  auto second = state.snapshot();
  CHECK(second->revision > first->revision);
  CHECK(vanban::graph::graph_loads() == before + 2); // one more revision, one more load
  CHECK(!second->archive->find("60/KH-LĐLĐ").empty());
}

TEST_CASE("serve: a missing archive fails at start") {
  vanban::test::TempDir t;
  vanban::serve::ServeOptions o;
  o.db = t.path("none");
  CHECK_THROWS_AS(vanban::serve::Server{o}, vanban::ArchiveError);
}
