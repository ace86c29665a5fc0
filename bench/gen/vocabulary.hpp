// Phrase tables: themes with their subjects, aims, activities, results and tasks, and the
// generic phrases that documents of every theme share. Sentences are assembled from these, so
// the index sees a realistic spread of terms without copying any real document.
#pragma once

#include <string>
#include <vector>

namespace vanban::gen {

struct Theme {
  std::string plan; ///< plan subject after the type: "Tổ chức các hoạt động Tháng Công nhân"
  std::string topic; ///< noun phrase for "về …": "công tác an toàn, vệ sinh lao động"
  std::string short_name;              ///< "Tháng Công nhân"
  std::vector<std::string> aims;       ///< purpose sentences
  std::vector<std::string> activities; ///< content items
  std::vector<std::string> results;    ///< report sentences; {n} is replaced by a count
  std::vector<std::string> tasks;      ///< assignable work items
  std::vector<int> basis;              ///< external_docs() usually cited with Căn cứ
  std::vector<int> party;              ///< external_docs() usually implemented (Thực hiện)
};

const std::vector<Theme>& themes();

struct Phrases {
  std::vector<std::string> requirements; ///< "Yêu cầu" items
  std::vector<std::string> assessments;  ///< evaluation sentences for reports
  std::vector<std::string> shortcomings; ///< "Tuy nhiên, …"
  std::vector<std::string> directions;   ///< next steps
  std::vector<std::string> union_units;  ///< trade-union departments that get tasks
  std::vector<std::string> gov_units;    ///< government departments that get tasks
  std::vector<std::string> closings;     ///< last sentence of the body
  std::vector<std::string> extensions;   ///< clauses that extend an activity sentence
  std::vector<std::string> party_units;  ///< party bodies that get tasks
  /// Sentences for any theme: {topic}, {short}, {unit}, {place} and {year} are filled in.
  std::vector<std::string> details;
  std::vector<std::string> family, middle, given; ///< people's names
};

const Phrases& phrases();

} // namespace vanban::gen
