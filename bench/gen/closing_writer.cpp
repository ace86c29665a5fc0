// Nơi nhận and the signature block: authority (TM., KT., TL., TUQ., Q., T/M), position, name,
// sometimes "(Đã ký)" and the stamp text that OCR reads after the name.
#include "follow_up_truth.hpp"
#include "unicode.hpp"
#include "writer_context.hpp"

namespace vanban::gen {
namespace {

struct Signature {
  std::string authority; ///< "TM. BAN THƯỜNG VỤ"; may hold the position too ("Q. CHỦ TỊCH")
  std::string position;  ///< "PHÓ CHỦ TỊCH"; empty after "Q. CHỦ TỊCH"
};

Signature signature_of(Context& c) {
  const Office& o = c.office;
  const bool clerical = c.doc.type == "TB" || c.doc.type.empty();
  switch (o.kind) {
  case OfficeKind::UbndTinh:
  case OfficeKind::UbndHuyen:
    if (clerical && c.r.percent(40)) return {"TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"};
    if (c.r.percent(60)) return {"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"};
    return {"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"};
  case OfficeKind::TinhUy:
  case OfficeKind::HuyenUy:
    return {c.r.percent(50) ? "T/M " + unicode::to_upper(o.code == "TU" ? "Tỉnh ủy" : "Huyện ủy")
                            : "T/M BAN THƯỜNG VỤ",
            c.r.percent(50) ? "BÍ THƯ" : "PHÓ BÍ THƯ"};
  default:
    break;
  }
  if (clerical && c.r.percent(35)) return {"TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"};
  const int p = c.r.between(0, 99);
  if (p < 55)
    return {"TM. " + unicode::to_upper(o.organ), c.r.percent(60) ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH"};
  if (p < 92) return {"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"};
  return {"Q. CHỦ TỊCH", ""};
}

void recipients(Context& c) {
  const int style = c.r.between(0, 2);
  c.para(style == 0 ? "**Nơi nhận:**" : style == 1 ? "Nơi nhận:" : "### **Nơi nhận:**");
  std::vector<std::string> items;
  if (c.doc.type.empty() || c.doc.type == "TTr") items.push_back("Như trên;");
  if (c.office.up >= 0) items.push_back(offices()[c.office.up].cite_short + " (để b/c);");
  static const std::vector<std::string> province = {
      "Thường trực Tỉnh ủy, UBND tỉnh (để b/c);",      "Ban Dân vận Tỉnh ủy (để b/c);",
      "Sở Lao động - Thương binh và Xã hội (để p/h);", "Các ban, văn phòng (để t/h);",
      "LĐLĐ các huyện, CĐN, CĐVC tỉnh (để t/h);",      "Website cơ quan;"};
  static const std::vector<std::string> district = {
      "Thường trực Huyện ủy, HĐND, UBND huyện (để b/c);", "Ban Dân vận Huyện ủy (để b/c);",
      "Phòng Lao động - Thương binh và Xã hội huyện (để p/h);",
      "Các công đoàn cơ sở trực thuộc (để t/h);", "Ủy ban nhân dân các xã, thị trấn (để p/h);"};
  static const std::vector<std::string> grassroots = {
      "Giám đốc, Hiệu trưởng đơn vị (để p/h);", "Các tổ công đoàn (để t/h);", "Bảng tin đơn vị;"};
  const auto& others = c.office.kind == OfficeKind::Cdcs ? grassroots
                       : c.office.district >= 0          ? district
                                                         : province;
  for (const auto& item : others) {
    // Drawn for every item, so that each document's stream is as before; the entry that sends
    // the document down is the plan's choice (follow_up_truth.hpp), which truth.json records.
    const bool drawn = c.r.percent(50);
    if (drawn && !is_down_entry(item)) items.push_back(item);
  }
  if (sends_down(c.doc) && !down_entry(c.office).empty()) items.push_back(down_entry(c.office));
  static const std::vector<std::string> archive = {"VT, TG.",  "VT, VP.",   "VP, CSPL & QHLĐ.",
                                                   "VT, ToC.", "VT, KGVX.", "VT."};
  items.push_back("Lưu: " + c.r.pick(archive));
  for (const auto& item : items) c.bullet(item);
  c.end_list();
}

void signature(Context& c) {
  const Signature s = signature_of(c);
  // The head of an office signs all year: the name comes from the office and year alone.
  Random who(
      Random::mix(static_cast<std::uint64_t>(c.doc.office), c.year() * 8 + s.position.size()));
  const std::string name = person_name(who);
  const bool bold = c.r.percent(60);
  std::string block = s.authority + (s.position.empty() ? "" : "  \n" + s.position);
  c.para(bold ? "**" + block + "**" : block);
  if (c.r.percent(20)) c.para("*(Đã ký)*");
  c.para(bold ? "**" + name + "**" : name);
  if (c.r.percent(6)) {
    const std::string stamp =
        unicode::to_upper(c.office.name) + " * " + unicode::to_upper(c.office.place);
    c.para(stamp);
  }
}

} // namespace

void write_closing(Context& c) {
  recipients(c);
  signature(c);
}

} // namespace vanban::gen
