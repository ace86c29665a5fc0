// Fills "{name}" placeholders of message templates; formats ISO dates the Vietnamese way.
#include "template.hpp"

#include "rule_table.hpp"

namespace vanban::check {

std::string fill(std::string_view tmpl, const Args& args) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  for (std::size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] == '{') {
      auto close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        auto it = args.find(std::string(tmpl.substr(i + 1, close - i - 1)));
        if (it != args.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

std::string display_date(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" +
         std::string(iso.substr(0, 4));
}

std::string ui_text(std::string_view key, Lang lang,
                    const std::map<std::string, std::string>& args) {
  const auto& ui = rule_table().ui;
  auto it = ui.find(key);
  return it == ui.end() ? std::string(key) : fill(in(it->second, lang), args);
}

} // namespace vanban::check
