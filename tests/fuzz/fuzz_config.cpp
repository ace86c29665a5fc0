// libFuzzer target: any bytes as a `check --config` file, read as JSON and as TOML. Either a
// configuration comes out or a ConfigError whose reason, in both languages, is valid UTF-8.
#include "fuzz_support.hpp"

#include "vanban/check.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

template <typename Parse> void read_config(Parse parse, std::string_view text) {
  using namespace vanban;
  try {
    (void)parse(text);
  } catch (const check::ConfigError& e) {
    fuzz::require_utf8(e.detail(check::Lang::Vi), "a config error (vi) is not UTF-8");
    fuzz::require_utf8(e.detail(check::Lang::En), "a config error (en) is not UTF-8");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  read_config(vanban::check::parse_config, text);
  read_config(vanban::check::parse_config_toml, text);
  return 0;
}
