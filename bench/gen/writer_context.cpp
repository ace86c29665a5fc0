// The shared helpers of the document writer.
#include "writer_context.hpp"

namespace vanban::gen {

Context::Context(const Plan& p, std::size_t index)
    : plan(p), doc(p.docs[index]), office(offices()[doc.office]), theme(themes()[doc.theme]),
      r(doc.seed) {
  const int h = r.between(0, 9);
  headings = h < 5 ? HeadingStyle::Bold : h < 8 ? HeadingStyle::Markdown : HeadingStyle::Plain;
  if (doc.layout == Layout::Heading) headings = HeadingStyle::Markdown;
  const int size = r.between(0, 99);
  scale = size < 8 ? 0 : size < 55 ? 1 : size < 85 ? 2 : size < 96 ? 3 : size < 99 ? 5 : 8;
}

void Context::heading(int level, const std::string& text) {
  switch (headings) {
  case HeadingStyle::Bold:
    para("**" + text + "**");
    break;
  case HeadingStyle::Markdown:
    para(std::string(static_cast<std::size_t>(level + 1), '#') + " " + text);
    break;
  case HeadingStyle::Plain:
    para(text);
    break;
  }
}

namespace {

void replace_slot(std::string& s, const std::string& slot, const std::string& value) {
  for (auto at = s.find(slot); at != std::string::npos; at = s.find(slot, at + value.size()))
    s.replace(at, slot.size(), value);
}

} // namespace

std::string Context::fill(const std::string& pattern) {
  std::string s = pattern;
  if (s.find("{n}") != std::string::npos) {
    const int n = r.between(0, 3) == 0 ? r.between(2, 9) : r.between(10, 480);
    replace_slot(s, "{n}", (n < 10 ? "0" : "") + std::to_string(n));
  }
  replace_slot(s, "{topic}", theme.topic);
  replace_slot(s, "{short}", theme.short_name);
  replace_slot(s, "{place}", office.place);
  replace_slot(s, "{year}", std::to_string(year()));
  if (s.find("{unit}") != std::string::npos) {
    const bool gov = office.kind == OfficeKind::UbndTinh || office.kind == OfficeKind::UbndHuyen;
    replace_slot(s, "{unit}", r.pick(gov ? phrases().gov_units : phrases().union_units));
  }
  return s;
}

std::string Context::detail() {
  return fill(r.pick(phrases().details)) + ".";
}

std::string type_name(const std::string& code) {
  if (code == "KH") return "Kế hoạch";
  if (code == "QĐ") return "Quyết định";
  if (code == "BC") return "Báo cáo";
  if (code == "TB") return "Thông báo";
  if (code == "CT") return "Chỉ thị";
  if (code == "NQ") return "Nghị quyết";
  if (code == "HD") return "Hướng dẫn";
  if (code == "TTr") return "Tờ trình";
  if (code == "CTr") return "Chương trình";
  return "Công văn";
}

std::string person_name(Random& r) {
  const auto& p = phrases();
  return r.pick(p.family) + " " + r.pick(p.middle) + " " + r.pick(p.given);
}

} // namespace vanban::gen
