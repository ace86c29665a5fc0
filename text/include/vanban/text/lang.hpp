// The language a user reads messages in: Vietnamese by default, English with --lang en. One type
// for every module (the checker's check::Lang is this one).
#pragma once

namespace vanban::text {

enum class Lang { Vi, En };

/// The language of the printers that still take `bool english`.
constexpr Lang lang_of(bool english) {
  return english ? Lang::En : Lang::Vi;
}

} // namespace vanban::text
