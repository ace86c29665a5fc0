// Variants are applied after writing, in the order a real file would acquire them: typing
// habits first (tone marks, spacing), then the encoding of the tool that saved it.
#include "variants.hpp"

#include "unicode.hpp"

namespace vanban::gen {
namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
}

/// Old style puts the mark on the last vowel of oa, oe, uy: hòa → hoà, thủy → thuỷ.
const std::vector<std::pair<std::string, std::string>>& old_tone_pairs() {
  static const std::vector<std::pair<std::string, std::string>> pairs = [] {
    std::vector<std::pair<std::string, std::string>> out = {
        {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
        {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
        {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"}};
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i)
      out.emplace_back(unicode::to_upper(out[i].first), unicode::to_upper(out[i].second));
    return out;
  }();
  return pairs;
}

/// Scanned text keeps stray double spaces after some commas.
std::string ocr_spacing(const std::string& s, Random& r) {
  std::string out;
  out.reserve(s.size() + 64);
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == ',' && i + 1 < s.size() && s[i + 1] == ' ' && r.percent(30)) out += ' ';
  }
  return out;
}

} // namespace

std::string apply_variants(std::string text, const Variants& v, Random& r) {
  if (v.old_tones)
    for (const auto& [from, to] : old_tone_pairs()) replace_all(text, from, to);
  if (v.ocr) text = ocr_spacing(text, r);
  if (v.nfd) text = unicode::to_nfd(text);
  if (v.crlf) replace_all(text, "\n", "\r\n");
  if (v.bom) text.insert(0, "\xEF\xBB\xBF");
  return text;
}

} // namespace vanban::gen
