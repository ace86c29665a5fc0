// libFuzzer target: any bytes as what one client sends on one connection to `vanban serve`, over
// a small archive of two invented documents (tests/fuzz/archive). "{id}" in the input stands for
// a real document id, which the fuzzer could never guess. Every answer must be valid UTF-8: the
// server only sends text (JSON, HTML, the embedded pages).
#include "fuzz_support.hpp"

#include "vanban/archive.hpp"
#include "vanban/serve.hpp"
#include "vanban/serve_raw.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace {

namespace fs = std::filesystem;

struct FuzzServer {
  fs::path dir;
  std::string id; ///< of the Kế hoạch the other document cites
  std::unique_ptr<vanban::serve::Server> server;
};

void remove_archive();

FuzzServer& fuzz_server() {
  static FuzzServer s = [] {
    FuzzServer f;
    std::string pattern = (fs::temp_directory_path() / "vanban-fuzz-http-XXXXXX").string();
    if (!mkdtemp(pattern.data())) vanban::fuzz::fail("cannot create a temporary directory");
    f.dir = pattern;
    const fs::path docs = fs::path(VANBAN_SOURCE_DIR) / "tests/fuzz/archive";
    vanban::IndexOptions options;
    options.jobs = 1;
    const auto db = (f.dir / "db").string();
    vanban::index_documents(db, {docs.string()}, options);
    f.id = vanban::document_id(vanban::archive_path((docs / "ke-hoach-37.md").string()));
    vanban::serve::ServeOptions serve;
    serve.db = db;
    serve.port = 0;
    f.server = std::make_unique<vanban::serve::Server>(serve);
    std::atexit(remove_archive);
    return f;
  }();
  return s;
}

void remove_archive() {
  std::error_code ec;
  fs::remove_all(fuzz_server().dir, ec);
}

std::string with_id(std::string_view input, const std::string& id) {
  std::string out(input);
  for (auto at = out.find("{id}"); at != std::string::npos; at = out.find("{id}", at + id.size()))
    out.replace(at, 4, id);
  return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz_server();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto& s = fuzz_server();
  const std::string request =
      with_id(std::string_view(reinterpret_cast<const char*>(data), size), s.id);
  const std::string response = vanban::serve::serve_raw_request(*s.server, request);
  vanban::fuzz::require_utf8(response, "the server answered with bytes that are not UTF-8");
  return 0;
}
