// The archive plan: which documents exist (office, type, date, number, theme) and who cites
// whom. Built in one deterministic pass before any document is written, so that citations can
// name numbers and dates of documents planned elsewhere.
#pragma once

#include "calendar.hpp"
#include "offices.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vanban::gen {

enum class Layout { Table, Bold, Heading, Plain, Absent };

/// A document outside the archive: laws, decrees, central party documents.
struct ExternalDoc {
  std::string type; ///< "Nghị định", "Luật", …
  std::string title; ///< the words between the type and the number ("An toàn, vệ sinh lao động")
  std::string number; ///< 135/2020/NĐ-CP
  Date date;
  std::string issuer; ///< "Chính phủ"; empty for laws (named by the title)
  std::string about;  ///< "về …" clause
};
const std::vector<ExternalDoc>& external_docs();

struct Citation {
  std::optional<std::size_t> target; ///< planned document, or none: external
  int external = -1;                 ///< index into external_docs() when there is no target
  std::string relation;              ///< implements, based_on, cites, amends, replaces, repeals
  bool dated = true;
  IssuerForm form = IssuerForm::Full;
};

struct Variants {
  bool nfd = false, crlf = false, old_tones = false, bom = false, ocr = false;
};

struct PlannedDoc {
  int office = 0;
  std::string type; ///< type code: KH, QĐ, BC, TB, CT, NQ, HD, TTr, CTr; "" for công văn
  int theme = 0;
  Date date;
  int seq = 0;
  std::string number; ///< as vanban normalises it: 37/KH-LĐLĐ, 05-CT/TU, 149/LĐLĐ
  std::string path;   ///< relative to the output directory
  Layout layout = Layout::Table;
  Variants variants;
  std::vector<Citation> citations;
  std::uint64_t seed = 0; ///< the document's own random stream (writer)
};

struct PlanStats {
  std::size_t undated = 0, implied = 0, downgraded = 0, unresolvable = 0;
};

struct Plan {
  std::vector<PlannedDoc> docs;
  PlanStats stats;
};

Plan make_plan(std::size_t n, std::uint64_t seed);

} // namespace vanban::gen
