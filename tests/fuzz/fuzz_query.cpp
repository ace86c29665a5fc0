// libFuzzer target: any bytes as a search query → the lexer and the Xapian query builder (no
// database). A query is either built or refused with a QueryError whose messages and offending
// part are valid UTF-8 (the CLI prints them, the API puts them in JSON).
#include "fuzz_support.hpp"

#include "query_builder.hpp"
#include "query_lexer.hpp"

#include "vanban/query_error.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vanban;
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  (void)index::lex_query(query);
  try {
    const auto built = index::build_query(query);
    (void)built.strict.get_description();
    (void)built.relaxed.get_description();
  } catch (const QueryError& e) {
    fuzz::require_utf8(e.part(), "a QueryError's part is not UTF-8");
    fuzz::require_utf8(e.message(false), "a QueryError's Vietnamese message is not UTF-8");
    fuzz::require_utf8(e.message(true), "a QueryError's English message is not UTF-8");
  }
  return 0;
}
