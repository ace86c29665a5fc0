// Vietnamese syllables written two ways: tone-mark placement ("hóa"/"hoá") and mark folding.
#pragma once

#include <string>
#include <string_view>

namespace vanban::text {

/// Places the tone mark of one lower-case NFC syllable by the new rule: "hóa" → "hoá",
/// "thủy" → "thuỷ", "khỏe" → "khoẻ"; anything that is not a Vietnamese syllable is returned as is.
std::string place_tone(std::string_view syllable);

/// Removes every mark and turns đ into d: "thuỷ" → "thuy", "lđlđ" → "ldld". Lower case in, lower
/// case out.
std::string fold_marks(std::string_view word);

} // namespace vanban::text
