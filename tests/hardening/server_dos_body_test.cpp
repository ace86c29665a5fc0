// Issue 13 item 4: POST /api/check takes a draft in any content type up to the documented 1 MiB
// (curl --data-binary sends application/x-www-form-urlencoded, which httplib capped at 8 KiB),
// and refuses more with a 413 and a JSON error, in every encoding.
#include "server_dos_fixture.hpp"

#include <nlohmann/json.hpp>

#include <map>

using namespace server_dos;
using nlohmann::json;

namespace {

/// The rules a report found, with their counts: two ways of sending a draft must give the same.
std::map<std::string, int> rules_of(const httplib::Result& r) {
  REQUIRE(r);
  REQUIRE_MESSAGE(r->status == 200, r->body.substr(0, 300));
  std::map<std::string, int> rules;
  json report = json::parse(r->body);
  for (const auto& d : report["files"][0]["diagnostics"]) ++rules[d["rule"].get<std::string>()];
  return rules;
}

std::string percent_encoded(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

/// `body` sent as HTTP/1.1 chunks of 64 KiB.
std::string chunked(const std::string& body) {
  std::string out;
  for (std::size_t at = 0; at < body.size(); at += 65536) {
    std::string chunk = body.substr(at, 65536);
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
    out += size + chunk + "\r\n";
  }
  return out + "0\r\n\r\n";
}

bool is_413_json(const httplib::Result& r) {
  return r && r->status == 413 &&
         json::parse(r->body)["error"].get<std::string>().find("1 MiB") != std::string::npos;
}

const std::size_t kLimit = vanban::serve::kMaxBodyBytes;

} // namespace

TEST_CASE("content-types") {
  Served s;
  // Larger than httplib's 8,192-byte form cap, which refused 8,193.
  const std::string draft = draft_of(100 << 10);
  auto c = s.client();
  auto expected = rules_of(c.Post("/api/check", draft, "text/markdown"));
  CHECK(expected.count("recipients.missing") == 1);

  for (std::string type : {"text/plain; charset=utf-8", "application/octet-stream",
                           "application/x-www-form-urlencoded", "APPLICATION/X-WWW-FORM-URLENCODED",
                           "application/json"})
    CHECK_MESSAGE(rules_of(c.Post("/api/check", draft, type.c_str())) == expected, type);

  SUBCASE("no content type at all") {
    Socket raw(s.port());
    raw.send("POST /api/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " +
             std::to_string(draft.size()) + "\r\n\r\n" + draft);
    std::string answer = raw.receive_until_closed(std::chrono::seconds(60));
    CHECK(status_of(answer) == 200);
    CHECK(answer.find("recipients.missing") != std::string::npos);
  }
  SUBCASE("an encoded form's `text` field is the draft") {
    std::string form = "lang=vi&text=" + percent_encoded(draft) + "&submit=Ki%E1%BB%83m+tra";
    CHECK(rules_of(c.Post("/api/check", form, "application/x-www-form-urlencoded")) == expected);
  }
  SUBCASE("a multipart upload's `file` field is the draft") {
    httplib::MultipartFormDataItems items{{"note", "x", "", ""},
                                          {"file", draft, "du-thao.md", "text/markdown"}};
    auto r = c.Post("/api/check", items);
    CHECK(rules_of(r) == expected);
    CHECK(json::parse(r->body)["files"][0]["path"] == "du-thao.md");
  }
  SUBCASE("a chunked body") {
    Socket raw(s.port());
    raw.send("POST /api/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
             "text/plain\r\nTransfer-Encoding: chunked\r\n\r\n" +
             chunked(draft));
    std::string answer = raw.receive_until_closed(std::chrono::seconds(60));
    CHECK(status_of(answer) == 200);
    CHECK(answer.find("recipients.missing") != std::string::npos);
  }
}

TEST_CASE("body-limit") {
  Served s;
  auto c = s.client();
  SUBCASE("exactly 1 MiB is checked, in the type curl sends by default too") {
    const std::string draft = draft_of(kLimit);
    for (std::string type : {"text/plain", "application/x-www-form-urlencoded"}) {
      auto r = c.Post("/api/check", draft, type.c_str());
      REQUIRE(r);
      CHECK_MESSAGE(r->status == 200, type);
    }
  }
  SUBCASE("one byte more is 413 with a JSON error naming the limit, in every encoding") {
    const std::string over = draft_of(kLimit + 1);
    for (std::string type : {"text/plain", "application/x-www-form-urlencoded", "text/markdown",
                             "application/octet-stream"})
      CHECK_MESSAGE(is_413_json(c.Post("/api/check", over, type.c_str())), type);
    httplib::MultipartFormDataItems items{{"file", over, "du-thao.md", "text/markdown"}};
    CHECK(is_413_json(c.Post("/api/check", items)));
    std::string form = "text=" + percent_encoded(over);
    CHECK(is_413_json(c.Post("/api/check", form, "application/x-www-form-urlencoded")));

    Socket raw(s.port()); // chunked: no length to refuse up front, refused as the bytes arrive
    raw.send("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
             "Transfer-Encoding: chunked\r\n\r\n" +
             chunked(over));
    std::string answer = raw.receive_until_closed(std::chrono::seconds(60));
    CHECK(status_of(answer) == 413);
    CHECK(answer.find("1 MiB") != std::string::npos);
  }
  SUBCASE("a huge announced length is refused before its body is sent") {
    Socket raw(s.port());
    raw.send("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
             "Content-Length: 10000000000\r\nExpect: 100-continue\r\n\r\n");
    std::string answer = raw.receive_until_closed(std::chrono::seconds(20));
    CHECK(status_of(answer) == 413);
    CHECK(raw.closed());
  }
}
