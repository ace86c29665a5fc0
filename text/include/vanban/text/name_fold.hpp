// Names compared the way a clerk reads them: not by case, tone-mark placement or marks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban::text {

/// The abbreviations of data/abbreviations.json spelt out, case kept ("LĐLĐ tỉnh Lai Châu" →
/// "Liên đoàn Lao động tỉnh Lai Châu"); punctuation around words turned into spaces.
std::string expand_abbreviations(std::string_view s);

/// Case-folded (ICU) with every syllable's tone mark placed by the new rule, words kept apart by
/// the same spaces: "HOẰNG HOÁ" and "Hoằng Hóa" → "hoằng hoá", "UỶ BAN" → "uỷ ban".
std::string fold_tones(std::string_view s);

/// The words of a name, case-folded and without marks: "Công ty CP May Hải Hà" →
/// {"cong", "ty", "cp", "may", "hai", "ha"}. Punctuation separates words.
std::vector<std::string> name_words(std::string_view s);

/// True when every word of `shorter` occurs in `longer` in the same order: a name written
/// shorter ("Công ty May Hải Hà") still names "Công ty Cổ phần May Hải Hà".
bool words_within(const std::vector<std::string>& shorter, const std::vector<std::string>& longer);

/// Two names that cannot be one body: both given, and neither's words within the other's.
bool names_differ(const std::vector<std::string>& a, const std::vector<std::string>& b);

} // namespace vanban::text
