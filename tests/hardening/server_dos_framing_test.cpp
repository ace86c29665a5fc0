// Issue 13 item 6 (HTTP): a request whose length is ambiguous is refused and ends its connection;
// the raw entry serve_raw_request() (the fuzzer's) parses exactly as a connection does.
#include "server_dos_fixture.hpp"

#include "vanban/serve_raw.hpp"

#include <nlohmann/json.hpp>

using namespace server_dos;

namespace {

/// The JSON body of the first response in `raw`.
nlohmann::json body_of(const std::string& raw) {
  auto start = raw.find("\r\n\r\n");
  REQUIRE(start != std::string::npos);
  auto end = raw.find("HTTP/1.1 ", start);
  return nlohmann::json::parse(
      raw.substr(start + 4, end == std::string::npos ? end : end - start - 4));
}

/// A stats request, appended to a request to see whether the connection goes on after it.
const std::string kSmuggled = "GET /api/stats HTTP/1.1\r\nHost: x\r\n\r\n";

} // namespace

TEST_CASE("duplicate-content-length") {
  Served s;
  SUBCASE("two different values: 400, and the connection ends there") {
    std::string raw = vanban::serve::serve_raw_request(
        s.server(), "POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                    "Content-Length: 40\r\n\r\nabcd" +
                        kSmuggled);
    CHECK(status_of(raw) == 400);
    CHECK(body_of(raw)["error"].get<std::string>().find("Content-Length") != std::string::npos);
    CHECK(raw.find("Connection: close") != std::string::npos);
    CHECK(responses_in(raw) == 1); // the smuggled request is never answered
  }
  SUBCASE("over a socket too: 400 JSON, then the server closes") {
    Socket c(s.port());
    c.send("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\n"
           "abcde" +
           kSmuggled);
    std::string raw = c.receive_until_closed(std::chrono::seconds(20));
    CHECK(status_of(raw) == 400);
    CHECK(c.closed());
    CHECK(responses_in(raw) == 1);
  }
  SUBCASE("the same value twice, or as a list, is one length") {
    for (std::string lengths : {"Content-Length: 5\r\nContent-Length: 5\r\n",
                                "Content-Length: 5, 5\r\n", "Content-Length: 005\r\n"}) {
      std::string raw =
          vanban::serve::serve_raw_request(s.server(), "POST /api/check HTTP/1.1\r\nHost: x\r\n" +
                                                           lengths + "\r\n# Hi\n" + kSmuggled);
      CHECK_MESSAGE(status_of(raw) == 200, lengths);
      CHECK_MESSAGE(responses_in(raw) == 2, lengths); // kept alive: the next request is served
    }
  }
}

TEST_CASE("framing") {
  Served s;
  auto post = [&](const std::string& headers, const std::string& body) {
    return vanban::serve::serve_raw_request(s.server(), "POST /api/check HTTP/1.1\r\nHost: x\r\n" +
                                                            headers + "\r\n" + body + kSmuggled);
  };
  SUBCASE("Content-Length with Transfer-Encoding is 400 (RFC 9112 6.1)") {
    std::string raw =
        post("Content-Length: 4\r\nTransfer-Encoding: chunked\r\n", "4\r\nabcd\r\n0\r\n\r\n");
    CHECK(status_of(raw) == 400);
    CHECK(responses_in(raw) == 1);
  }
  SUBCASE("a coding other than chunked is 501") {
    for (std::string te : {"gzip, chunked", "identity", "chunked, gzip"}) {
      std::string raw = post("Transfer-Encoding: " + te + "\r\n", "4\r\nabcd\r\n0\r\n\r\n");
      CHECK_MESSAGE(status_of(raw) == 501, te);
      CHECK(responses_in(raw) == 1);
    }
  }
  SUBCASE("a Content-Length that is not a number is 400") {
    for (std::string length : {"abc", "-1", "1e3", "99999999999999999999999"}) {
      std::string raw = post("Content-Length: " + length + "\r\n", "");
      CHECK_MESSAGE(status_of(raw) == 400, length);
      CHECK(responses_in(raw) == 1);
    }
  }
  SUBCASE("chunked alone is read as chunks") {
    std::string raw = post("Transfer-Encoding: chunked\r\nContent-Type: text/markdown\r\n",
                           "4\r\n# Hi\r\n1\r\n\n\r\n0\r\n\r\n");
    CHECK(status_of(raw) == 200);
    CHECK(responses_in(raw) == 2);
  }
  SUBCASE("a body sent to a route that reads none closes the connection after the answer") {
    std::string raw = vanban::serve::serve_raw_request(
        s.server(), "GET /api/stats HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                        std::to_string(kSmuggled.size()) + "\r\n\r\n" + kSmuggled);
    CHECK(status_of(raw) == 200);
    CHECK(raw.find("Connection: close") != std::string::npos);
    CHECK(responses_in(raw) == 1);
  }
}

TEST_CASE("raw-entry") {
  Served s;
  SUBCASE("pipelined requests are answered in order") {
    std::string raw = vanban::serve::serve_raw_request(s.server(), kSmuggled + kSmuggled);
    CHECK(responses_in(raw) == 2);
    CHECK(status_of(raw) == 200);
    CHECK(raw.find("\"documents\"") != std::string::npos);
  }
  SUBCASE("a head over its budget is refused, not stored") {
    std::string head = "GET /api/stats HTTP/1.1\r\n";
    while (head.size() < (vanban::serve::ServeLimits{}.max_head_bytes + 1000))
      head += "X-Filler: " + std::string(100, 'a') + "\r\n";
    std::string raw = vanban::serve::serve_raw_request(s.server(), head + "\r\n");
    CHECK(status_of(raw) == 400);
    CHECK(responses_in(raw) == 1);
  }
  SUBCASE("garbage gets a 400 and nothing else") {
    for (std::string junk : {std::string("\r\n\r\n"), std::string("GET\r\n\r\n"),
                             std::string(3000, 'x') + "\r\n\r\n", std::string("\0\0\0", 3)}) {
      std::string raw = vanban::serve::serve_raw_request(s.server(), junk);
      CHECK(responses_in(raw) <= 1);
      if (!raw.empty()) CHECK(status_of(raw) >= 400);
    }
  }
}
