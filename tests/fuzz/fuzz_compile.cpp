// libFuzzer target: any bytes → compile_bytes. An input error must say why in valid UTF-8; a model
// must dump to valid UTF-8 JSON that parses back and reads back into the same model.
#include "fuzz_support.hpp"

#include "vanban/compile.hpp"
#include "vanban/model_json.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vanban;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto result = compile_bytes(bytes, "fuzz.md");
  if (const auto* error = std::get_if<InputError>(&result)) {
    fuzz::require_utf8(error->message, "an input error's message is not UTF-8");
    return 0;
  }
  const std::string json = dump_json(std::get<Document>(result));
  fuzz::require_utf8(json, "the model JSON is not UTF-8");
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& e) {
    fuzz::fail("the model JSON does not parse back", e.what());
  }
  // What an archive stores must read back into the model it came from.
  if (dump_json(document_from_json(parsed)) != json)
    fuzz::fail("the model does not read back the same", json.substr(0, 400));
  return 0;
}
