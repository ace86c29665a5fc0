// The office table: built once from the provinces, in a fixed order (determinism).
#include "offices.hpp"

#include "unicode.hpp"

namespace vanban::gen {
namespace {

/// "Thanh Hóa" → "thanh-hoa": folder names in ASCII.
std::string slug_of(const std::string& name) {
  static const std::vector<std::pair<std::string, std::string>> folds = {
      {"đ", "d"}, {"Đ", "d"}, {"à", "a"}, {"á", "a"}, {"ả", "a"}, {"ã", "a"}, {"ạ", "a"},
      {"ă", "a"}, {"ằ", "a"}, {"ắ", "a"}, {"ẳ", "a"}, {"ẵ", "a"}, {"ặ", "a"}, {"â", "a"},
      {"ầ", "a"}, {"ấ", "a"}, {"ẩ", "a"}, {"ẫ", "a"}, {"ậ", "a"}, {"è", "e"}, {"é", "e"},
      {"ẻ", "e"}, {"ẽ", "e"}, {"ẹ", "e"}, {"ê", "e"}, {"ề", "e"}, {"ế", "e"}, {"ể", "e"},
      {"ễ", "e"}, {"ệ", "e"}, {"ì", "i"}, {"í", "i"}, {"ỉ", "i"}, {"ĩ", "i"}, {"ị", "i"},
      {"ò", "o"}, {"ó", "o"}, {"ỏ", "o"}, {"õ", "o"}, {"ọ", "o"}, {"ô", "o"}, {"ồ", "o"},
      {"ố", "o"}, {"ổ", "o"}, {"ỗ", "o"}, {"ộ", "o"}, {"ơ", "o"}, {"ờ", "o"}, {"ớ", "o"},
      {"ở", "o"}, {"ỡ", "o"}, {"ợ", "o"}, {"ù", "u"}, {"ú", "u"}, {"ủ", "u"}, {"ũ", "u"},
      {"ụ", "u"}, {"ư", "u"}, {"ừ", "u"}, {"ứ", "u"}, {"ử", "u"}, {"ữ", "u"}, {"ự", "u"},
      {"ỳ", "y"}, {"ý", "y"}, {"ỷ", "y"}, {"ỹ", "y"}, {"ỵ", "y"}};
  std::string s = unicode::to_lower(name);
  for (const auto& [from, to] : folds)
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p))
      s.replace(p, from.size(), to);
  for (char& c : s)
    if (c == ' ') c = '-';
  return s;
}

/// The grassroots unions of a district: enterprises, schools, health units.
const std::vector<std::string>& grassroots_units() {
  static const std::vector<std::string> units = {
      "Công ty Cổ phần May",    "Trường THCS",
      "Trung tâm Y tế",         "Công ty TNHH Chế biến Nông sản",
      "Trường Tiểu học",        "Công ty Cổ phần Thủy điện",
      "Trường Mầm non Hoa Ban", "Công ty Cổ phần Xây dựng Giao thông"};
  return units;
}

const std::vector<std::string>& sectors() {
  static const std::vector<std::string> list = {"Y tế", "Giáo dục", "Công Thương", "Xây dựng",
                                                "Giao thông vận tải"};
  return list;
}

Office make(OfficeKind kind, std::string slug, std::string name, std::string parent,
            std::string organ, std::string code, bool party, std::string place, std::string full,
            std::string shortened, std::string implied, std::string self) {
  Office o;
  o.kind = kind;
  o.slug = std::move(slug);
  o.name = std::move(name);
  o.parent = std::move(parent);
  o.organ = std::move(organ);
  o.code = std::move(code);
  o.party = party;
  o.place = std::move(place);
  o.cite_full = std::move(full);
  o.cite_short = std::move(shortened);
  o.cite_implied = std::move(implied);
  o.self_short = std::move(self);
  return o;
}

std::vector<Office> build() {
  std::vector<Office> out;
  Office tld = make(OfficeKind::Tld, "tld", "Tổng Liên đoàn Lao động Việt Nam", "", "Đoàn Chủ tịch",
                    "TLĐ", false, "Hà Nội", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
                    "Đoàn Chủ tịch TLĐ", "", "Tổng Liên đoàn");
  out.push_back(tld);
  const auto& provs = provinces();
  for (std::size_t pi = 0; pi < provs.size(); ++pi) {
    const auto& pr = provs[pi];
    const std::string ps = slug_of(pr.name);
    const int ldld = static_cast<int>(out.size());
    Office l = make(OfficeKind::LdldTinh, "ldld-" + ps, "Liên đoàn Lao động tỉnh " + pr.name, "",
                    "Ban Thường vụ", "LĐLĐ", false, pr.name,
                    "Ban Thường vụ Liên đoàn Lao động tỉnh " + pr.name,
                    "Ban Thường vụ LĐLĐ tỉnh " + pr.name, "Ban Thường vụ LĐLĐ tỉnh", "LĐLĐ tỉnh");
    l.up = 0;
    out.push_back(l);
    const int ubnd = static_cast<int>(out.size());
    out.push_back(make(OfficeKind::UbndTinh, "ubnd-" + ps, "Ủy ban nhân dân tỉnh " + pr.name, "",
                       "", "UBND", false, pr.name, "Ủy ban nhân dân tỉnh " + pr.name,
                       "UBND tỉnh " + pr.name, "UBND tỉnh", "UBND tỉnh"));
    const int tu = static_cast<int>(out.size());
    out.push_back(make(OfficeKind::TinhUy, "tinh-uy-" + ps, "Tỉnh ủy", "Đảng bộ tỉnh " + pr.name,
                       "", "TU", true, pr.name, "Ban Thường vụ Tỉnh ủy " + pr.name,
                       "Tỉnh ủy " + pr.name, "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"));
    for (std::size_t s = 0; s < 2; ++s) {
      const std::string& sector = sectors()[(pi + s * 2) % sectors().size()];
      Office c =
          make(OfficeKind::Cdn, "cdn-" + slug_of(sector) + "-" + ps,
               "Công đoàn ngành " + sector + " tỉnh " + pr.name, "", "Ban Thường vụ", "CĐN", false,
               pr.name, "Ban Thường vụ Công đoàn ngành " + sector + " tỉnh " + pr.name,
               "Công đoàn ngành " + sector + " tỉnh " + pr.name, "", "Công đoàn ngành");
      c.up = ldld;
      out.push_back(c);
    }
    for (std::size_t di = 0; di < pr.districts.size(); ++di) {
      const std::string& d = pr.districts[di];
      const std::string ds = slug_of(d);
      const int dl = static_cast<int>(out.size());
      Office h =
          make(OfficeKind::LdldHuyen, "ldld-" + ds, "Liên đoàn Lao động huyện " + d, "",
               "Ban Thường vụ", "LĐLĐ", false, d, "Ban Thường vụ Liên đoàn Lao động huyện " + d,
               "Ban Thường vụ LĐLĐ huyện " + d, "Ban Thường vụ LĐLĐ huyện", "LĐLĐ huyện");
      h.up = ldld;
      out.push_back(h);
      Office u = make(OfficeKind::UbndHuyen, "ubnd-" + ds, "Ủy ban nhân dân huyện " + d, "", "",
                      "UBND", false, d, "Ủy ban nhân dân huyện " + d, "UBND huyện " + d,
                      "UBND huyện", "UBND huyện");
      u.up = ubnd;
      out.push_back(u);
      Office hu =
          make(OfficeKind::HuyenUy, "huyen-uy-" + ds, "Huyện ủy " + d, "Đảng bộ tỉnh " + pr.name,
               "", "HU", true, d, "Ban Thường vụ Huyện ủy " + d, "Huyện ủy " + d, "", "Huyện ủy");
      hu.up = tu;
      out.push_back(hu);
      for (std::size_t k = 0; k < 3; ++k) {
        const auto& units = grassroots_units();
        const std::string unit = units[(pi * 7 + di * 3 + k) % units.size()] + " " + d;
        Office g = make(OfficeKind::Cdcs, "cdcs-" + slug_of(unit), "Công đoàn cơ sở " + unit,
                        "Liên đoàn Lao động huyện " + d, "Ban Chấp hành", "CĐCS", false, d,
                        "Ban Chấp hành Công đoàn cơ sở " + unit, "CĐCS " + unit, "", "CĐCS");
        g.up = dl;
        out.push_back(g);
      }
    }
  }
  return out;
}

} // namespace

const std::vector<Province>& provinces() {
  // The first four are those of data/places.json (with a subset of its districts); for the
  // others the resolver cannot tell a district's province, as in an archive that spans more
  // provinces than its place table.
  static const std::vector<Province> list = {
      {"Lai Châu", {"Tam Đường", "Phong Thổ", "Sìn Hồ", "Mường Tè", "Than Uyên", "Tân Uyên"}},
      {"Điện Biên", {"Mường Ảng", "Tuần Giáo", "Tủa Chùa", "Mường Chà", "Nậm Pồ"}},
      {"Lào Cai", {"Bát Xát", "Bảo Thắng", "Bảo Yên", "Bắc Hà", "Mường Khương", "Văn Bàn"}},
      {"Sơn La", {"Mộc Châu", "Mai Sơn", "Thuận Châu", "Quỳnh Nhai", "Sông Mã", "Yên Châu"}},
      {"Nghệ An", {"Diễn Châu", "Quỳnh Lưu", "Yên Thành", "Nghi Lộc", "Đô Lương", "Nam Đàn"}},
      {"Thanh Hóa", {"Hoằng Hóa", "Quảng Xương", "Thọ Xuân", "Triệu Sơn", "Nông Cống"}},
      {"Hà Tĩnh", {"Can Lộc", "Đức Thọ", "Hương Sơn", "Thạch Hà", "Cẩm Xuyên"}},
      {"Quảng Ninh", {"Tiên Yên", "Vân Đồn", "Hải Hà", "Đầm Hà", "Ba Chẽ"}},
      {"Thái Bình", {"Đông Hưng", "Hưng Hà", "Kiến Xương", "Tiền Hải", "Vũ Thư"}},
      {"Bắc Giang", {"Lục Nam", "Lục Ngạn", "Yên Thế", "Tân Yên", "Hiệp Hòa"}},
  };
  return list;
}

const std::string& Office::cited_as(IssuerForm form) const {
  static const std::string none;
  switch (form) {
  case IssuerForm::Full:
    return cite_full;
  case IssuerForm::Short:
    return cite_short;
  case IssuerForm::Implied:
    return cite_implied;
  case IssuerForm::None:
    return none;
  }
  return none;
}

const std::vector<Office>& offices() {
  static const std::vector<Office> list = [] {
    auto out = build();
    // Province and district indices, by walking the fixed order again.
    int prov = -1, dist = -1;
    for (auto& o : out) {
      if (o.kind == OfficeKind::LdldTinh) {
        ++prov;
        dist = -1;
      }
      if (o.kind == OfficeKind::LdldHuyen) ++dist;
      if (o.kind == OfficeKind::Tld) continue;
      o.province = prov;
      const bool district_level = o.kind == OfficeKind::LdldHuyen ||
                                  o.kind == OfficeKind::UbndHuyen ||
                                  o.kind == OfficeKind::HuyenUy || o.kind == OfficeKind::Cdcs;
      o.district = district_level ? dist : -1;
    }
    return out;
  }();
  return list;
}

} // namespace vanban::gen
