// Small UTF-8 text helpers built on ICU: case mapping, classification, trimming.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban::text {

/// Lower-cases UTF-8 text (Unicode full case mapping).
std::string to_lower(std::string_view s);
/// Lower-cases code point by code point, keeping every byte offset valid (a letter whose lower
/// case has another UTF-8 length is left as it is). For searching phrases by offset.
std::string lower_aligned(std::string_view s);
/// Upper-cases UTF-8 text.
std::string to_upper(std::string_view s);
/// First letter upper case, the rest lower case ("PHÓ CHỦ TỊCH" → "Phó chủ tịch").
std::string sentence_case(std::string_view s);
/// True when `s` has letters and none of them is lower case ("BAN THƯỜNG VỤ").
bool is_upper(std::string_view s);
/// True when `s` has at least one letter.
bool has_letter(std::string_view s);
/// Number of code points: utf8::code_points(), under the name the grammars read it by.
std::size_t length(std::string_view s);
/// True when `s`, lower-cased, starts with `lower_prefix` (which must already be lower case)
/// followed by the end or a non-letter.
bool starts_with_word(std::string_view s, std::string_view lower_prefix);
/// Strips ASCII white space and no-break spaces at both ends.
std::string_view trim(std::string_view s);
/// Collapses runs of white space into one space and trims.
std::string squeeze(std::string_view s);
/// Strips `chars` at the end, then white space.
std::string_view trim_end_chars(std::string_view s, std::string_view chars);
/// Splits on a single byte, keeping empty parts out.
std::vector<std::string_view> split(std::string_view s, char sep);
/// True for a Unicode letter at the start of `s` (decoding one code point).
bool letter_at(std::string_view s, std::size_t pos);
/// What follows a label such as "Kính gửi:" or "Nơi nhận:" on its line (the label, then spaces
/// and one ':' or '.', skipped). `s` must start with the label, in any case.
std::string_view after_label(std::string_view s, std::string_view lower_label);
/// True when every byte is an ASCII letter, a space or part of a non-ASCII character: a
/// position or a name, with no digit or punctuation. One pass, no allocation.
bool letters_and_spaces(std::string_view s);
/// True when the first two code points are upper-case letters ("BỘ", "CH…"): a cheap test
/// before is_upper() reads a whole line.
bool starts_in_capitals(std::string_view s);
/// True for a lower-case letter at `pos`.
bool lower_at(std::string_view s, std::size_t pos);
/// True for an upper-case letter at `pos`.
bool upper_at(std::string_view s, std::size_t pos);
/// The code point that ends just before `pos` is a letter or a digit.
bool alnum_before(std::string_view s, std::size_t pos);

} // namespace vanban::text
