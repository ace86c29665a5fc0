// The issuing bodies of the generated archive: who they are, how their header, number and
// signature read, and how others cite them.
#pragma once

#include <string>
#include <vector>

namespace vanban::gen {

/// How a citation names the issuer: "của Ban Thường vụ Liên đoàn Lao động tỉnh Nghệ An" (full),
/// "… LĐLĐ tỉnh Nghệ An" (short), "… LĐLĐ tỉnh" (implied by the citing office's area), or not.
enum class IssuerForm { Full, Short, Implied, None };

enum class OfficeKind { Tld, LdldTinh, LdldHuyen, Cdn, Cdcs, UbndTinh, UbndHuyen, TinhUy, HuyenUy };

struct Office {
  OfficeKind kind;
  std::string slug; ///< folder name, ASCII
  std::string name; ///< the organisation as the header names it: "Liên đoàn Lao động tỉnh Nghệ An"
  std::string parent; ///< a header line above the name ("Đảng bộ tỉnh Nghệ An"), may be empty
  std::string organ;      ///< collective organ under the name ("Ban Thường vụ"), may be empty
  std::string code;       ///< issuer code in numbers: LĐLĐ, TLĐ, CĐN, CĐCS, UBND, TU, HU
  bool party = false;     ///< party numbering: 05-CT/TU
  std::string place;      ///< place of issue on the date line
  std::string cite_full;  ///< "Ban Thường vụ Liên đoàn Lao động tỉnh Nghệ An"
  std::string cite_short; ///< "Ban Thường vụ LĐLĐ tỉnh Nghệ An"
  std::string cite_implied; ///< "Ban Thường vụ LĐLĐ tỉnh": valid inside its own province only
  std::string self_short; ///< how the office names itself in its own text ("LĐLĐ tỉnh")
  int up = -1;            ///< the office whose plans this one implements (-1: none)
  int province = -1;      ///< index into provinces()
  int district = -1;      ///< index into the province's districts, -1 above district level

  /// The issuer as a citation in `form` names it; empty for IssuerForm::None.
  const std::string& cited_as(IssuerForm form) const;
};

/// Every office of the archive, in a fixed order: TLĐ first, then per province its LĐLĐ, UBND,
/// Tỉnh ủy, sector unions, then per district LĐLĐ, UBND, Huyện ủy and grassroots unions.
const std::vector<Office>& offices();

struct Province {
  std::string name;                   ///< "Nghệ An"
  std::vector<std::string> districts; ///< huyện names
};

/// The provinces of the archive: the four of data/places.json (whose districts the resolver
/// can place) and six that are not there.
const std::vector<Province>& provinces();

} // namespace vanban::gen
