// Follow-up over the corpus (issue 15): for each hand-labelled directive of
// tests/data/follow_up_truth.json, the units its recipients name, their status and documents,
// the units that implemented it unasked, and its late tasks. Then how addressees are read, how
// the issuers of headerless documents join their unit, and the iCalendar writer.
#include "helpers.hpp"

#include "vanban/follow_up.hpp"
#include "vanban/follow_up_print.hpp"
#include "vanban/text/utf8.hpp"
#include "vanban/trace.hpp"

#include <map>
#include <set>
#include <sstream>

using namespace vanban;

namespace {

struct FollowUpArchive {
  std::map<std::string, Document> docs; ///< by path (the id in these tests)
  graph::CitationGraph graph;
  graph::UnitDirectory units;
};

const FollowUpArchive& follow_up_archive() {
  static const FollowUpArchive f = [] {
    FollowUpArchive out;
    const auto truth = nlohmann::json::parse(
        test::read_file(test::source_dir() + "/tests/data/corpus_truth.json"));
    std::vector<graph::Member> members;
    for (const auto& t : truth) {
      const std::string path = t.at("path");
      auto doc = std::get<Document>(compile_file(test::source_dir() + "/" + path));
      members.push_back({path, doc});
      out.units.add(path, doc);
      out.docs.emplace(path, std::move(doc));
    }
    out.graph = graph::CitationGraph::build(members);
    out.units.finish(&out.graph);
    return out;
  }();
  return f;
}

graph::FollowUp follow(const std::string& path, const std::string& as_of) {
  const auto& f = follow_up_archive();
  graph::DocumentFetch fetch = [&](const std::string& id) -> std::optional<Document> {
    auto it = f.docs.find(id);
    if (it == f.docs.end()) return std::nullopt;
    return it->second;
  };
  return graph::follow_up(f.graph, f.units, path, fetch, as_of);
}

std::string label(const graph::FollowDocument& d) {
  return d.number + "@" + d.date.value_or("");
}

/// name → (status, documents) as the truth file writes them.
std::map<std::string, std::pair<std::string, std::vector<std::string>>>
as_map(const std::vector<graph::FollowUnit>& units) {
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> out;
  for (const auto& u : units) {
    std::vector<std::string> docs;
    for (const auto& d : u.documents) docs.push_back(label(d));
    CHECK_MESSAGE(out.emplace(u.name, std::make_pair(u.status, docs)).second,
                  u.name << " listed twice");
  }
  return out;
}

std::map<std::string, std::pair<std::string, std::vector<std::string>>>
as_map(const nlohmann::json& units) {
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> out;
  for (const auto& [name, u] : units.items())
    out[name] = {u.at("status"), u.at("documents").get<std::vector<std::string>>()};
  return out;
}

std::string show(const std::map<std::string, std::pair<std::string, std::vector<std::string>>>& m) {
  std::string s;
  for (const auto& [name, v] : m) {
    s += "\n  " + name + ": " + v.first + " [";
    for (const auto& d : v.second) s += d + " ";
    s += "]";
  }
  return s;
}

std::optional<std::size_t> unit_of(const std::string& path) {
  return follow_up_archive().units.unit_of(path);
}

std::set<std::string> names(const std::vector<std::size_t>& units) {
  std::set<std::string> out;
  for (auto u : units) out.insert(follow_up_archive().units.name(u));
  return out;
}

} // namespace

TEST_CASE("follow-up: the labelled directives of the corpus") {
  const auto truth = nlohmann::json::parse(
      test::read_file(test::source_dir() + "/tests/data/follow_up_truth.json"));
  for (const auto& d : truth.at("directives")) {
    const std::string path = d.at("path");
    CAPTURE(path);
    const auto f = follow(path, d.at("as_of"));
    const auto units = as_map(f.units), expected = as_map(d.at("units"));
    CHECK_MESSAGE(units == expected, "got" << show(units) << "\nwanted" << show(expected));
    const auto others = as_map(f.others), expected_others = as_map(d.at("others"));
    CHECK_MESSAGE(others == expected_others,
                  "got" << show(others) << "\nwanted" << show(expected_others));
    for (const auto& u : f.units) CHECK(u.recipient.has_value());
    if (!d.contains("late")) continue;
    std::multiset<std::pair<std::string, std::vector<std::string>>> late, wanted;
    for (const auto& t : f.tasks)
      if (t.document_id == path && t.state == "late") late.insert({*t.deadline, t.missing});
    for (const auto& t : d.at("late"))
      wanted.insert({t.at("deadline"), t.at("missing").get<std::vector<std::string>>()});
    CHECK(late == wanted);
  }
}

TEST_CASE("follow-up: a report on the unit's own plan counts, with the plan it went through") {
  const auto f = follow("corpus/ldld-lai-chau/2024-02-23_thang-cong-nhan-2024.md", "2024-07-01");
  bool seen = false;
  for (const auto& u : f.units)
    for (const auto& d : u.documents)
      if (d.number == "15/BC-CĐN") {
        seen = true;
        CHECK(d.role == "report");
        CHECK(d.via == std::optional<std::string>("12/KH-CĐN"));
        CHECK(d.days == 102); // 23/02 → 04/06/2024
      }
  CHECK(seen);
  // The province's own plan (59/KH-LĐLĐ) is not an answer from a unit it was sent to.
  for (const auto& u : f.others) CHECK(u.name != "LĐLĐ tỉnh Lai Châu");
}

TEST_CASE("follow-up: task states move with the as-of date and with reports") {
  const std::string path = "corpus/ldld-lai-chau/2024-05-02_ke-hoach-thuc-hien-chi-thi-05.md";
  auto state_of = [&](const std::string& as_of, const std::string& deadline,
                      const std::string& assignee_word) {
    for (const auto& t : follow(path, as_of).tasks)
      if (t.document_id == path && t.deadline == deadline &&
          t.assignee.find(assignee_word) != std::string::npos)
        return t.state;
    return std::string("(absent)");
  };
  CHECK(state_of("2024-05-20", "2024-05-31", "LĐLĐ các huyện") == "due");
  CHECK(state_of("2024-05-31", "2024-05-31", "LĐLĐ các huyện") == "due"); // the last day still
  CHECK(state_of("2024-06-01", "2024-05-31", "LĐLĐ các huyện") == "late");
  CHECK(state_of("2024-07-01", "2024-09-30", "Phong Thổ") == "due");
  // The same directive's districts task, where every district has reported: 37/KH-LĐLĐ of
  // Tam Đường (2024-03-04) is answered by 61/BC-LĐLĐ from its own unit.
  const auto td = follow("corpus/ldld-tam-duong/2024-03-04_thang-cong-nhan-2024.md", "2024-12-31");
  std::set<std::string> states;
  for (const auto& t : td.tasks)
    if (t.document_number == "37/KH-LĐLĐ" && t.document_id.find("tam-duong") != std::string::npos)
      states.insert(t.state);
  CHECK(states.count("reported"));
}

TEST_CASE("follow-up: an external root lists who implemented it") {
  // 219/KH-TLĐ is cited but not in the corpus: no recipients to read, its implementers are others.
  const auto& g = follow_up_archive().graph;
  auto found = graph::lookup(g, "219/KH-TLĐ");
  REQUIRE(found.size() == 1);
  const auto f = follow(found.front()->id, "2024-12-31");
  CHECK(f.units.empty());
  std::set<std::string> others;
  for (const auto& u : f.others) others.insert(u.name);
  CHECK(others.count("LĐLĐ tỉnh Lai Châu"));
}

TEST_CASE("units: headerless documents join the unit of their kind and area") {
  // The seeds have no header: their number and place say LĐLĐ of Lai Châu province.
  CHECK(unit_of("corpus/seeds/000_2a7d08b91cea13fd.md") ==
        unit_of("corpus/ldld-lai-chau/2024-02-23_thang-cong-nhan-2024.md"));
  CHECK(unit_of("corpus/cdn-y-te/2024-06-04_bao-cao-thang-cong-nhan-2024.md") ==
        unit_of("corpus/cdn-y-te/2024-03-06_thang-cong-nhan-2024.md"));
  CHECK(unit_of("corpus/cdcs-thcs-tam-duong/2023-05-25_bao-cao-thang-cong-nhan-2023.md") ==
        unit_of("corpus/cdcs-thcs-tam-duong/2023-02-20_thang-cong-nhan-2023.md"));
  // Same number symbol, other province: another unit.
  CHECK(unit_of("corpus/ldld-dien-bien/2024-02-27_thang-cong-nhan-2024.md") !=
        unit_of("corpus/ldld-lai-chau/2024-02-23_thang-cong-nhan-2024.md"));
  CHECK(follow_up_archive().units.name(*unit_of(
            "corpus/ldld-dien-bien/2024-02-27_thang-cong-nhan-2024.md")) == "LĐLĐ tỉnh Điện Biên");
}

TEST_CASE("units: how an addressee is read from its writer's position") {
  const auto& u = follow_up_archive().units;
  const auto province = unit_of("corpus/ldld-lai-chau/2024-05-02_ke-hoach-thuc-hien-chi-thi-05.md");
  const auto phong_tho = unit_of("corpus/ldld-phong-tho/2024-05-10_cv-trien-khai-ke-hoach-71.md");
  const auto tam_duong = unit_of("corpus/ldld-tam-duong/2024-03-04_thang-cong-nhan-2024.md");
  const auto ubnd = unit_of("corpus/ubnd-lai-chau/2024-04-05_ke-hoach-thuc-hien-chi-thi-05.md");
  const auto dien_bien = unit_of("corpus/ldld-dien-bien/2024-02-27_thang-cong-nhan-2024.md");
  using S = std::set<std::string>;
  const S districts = {"LĐLĐ huyện Phong Thổ", "LĐLĐ huyện Tam Đường"};
  CHECK(names(u.named_by("LĐLĐ các huyện, TP, CĐN, CĐVC tỉnh", province)) ==
        S{"LĐLĐ huyện Phong Thổ", "LĐLĐ huyện Tam Đường", "Công đoàn ngành Y tế tỉnh Lai Châu"});
  CHECK(names(u.named_by("LĐLĐ huyện, thành phố", province)) == districts);
  CHECK(names(u.named_by("Liên đoàn Lao động các huyện: Tam Đường, Phong Thổ", province)) ==
        districts);
  CHECK(names(u.named_by("Ban CSPL&QHLĐ, LĐLĐ huyện Phong Thổ, Mường Tè", province)) ==
        S{"LĐLĐ huyện Phong Thổ"});
  CHECK(names(u.named_by("Các CĐCS trực thuộc", phong_tho)) ==
        S{"CĐCS Công ty Cổ phần Thủy điện Nậm Na"});
  CHECK(names(u.named_by("Các CĐCS trực thuộc", tam_duong)) ==
        S{"CĐCS Trường THCS thị trấn Tam Đường"});
  CHECK(names(u.named_by("Liên đoàn Lao động tỉnh", ubnd)) == S{"LĐLĐ tỉnh Lai Châu"});
  CHECK(names(u.named_by("Thường trực LĐLĐ tỉnh", tam_duong)) == S{"LĐLĐ tỉnh Lai Châu"});
  CHECK(names(u.named_by("Các huyện ủy, thị ủy", ubnd)) ==
        S{"Huyện ủy Phong Thổ", "Huyện ủy Tam Đường"});
  // "thành phố" after "các tỉnh" are the cities at the level of a province, not districts.
  const auto tld = unit_of("corpus/tld/2022-12-01_thang-cong-nhan-2023.md");
  CHECK(names(u.named_by("LĐLĐ các tỉnh, thành phố", tld)) ==
        S{"LĐLĐ tỉnh Lai Châu", "LĐLĐ tỉnh Điện Biên"});
  // Nothing of Lai Châu for Điện Biên's districts, and no body at all for departments.
  CHECK(u.named_by("LĐLĐ các huyện, TX, TP, CĐ ngành", dien_bien).empty());
  CHECK(u.named_by("Các sở, ban, ngành, đoàn thể tỉnh", ubnd).empty());
  CHECK(u.named_by("Ban Tuyên giáo - Nữ công", province).empty());
}

TEST_CASE("follow-up: dates") {
  CHECK(graph::days_between("2024-02-23", "2024-03-04") == 10);
  CHECK(graph::days_between("2024-03-04", "2024-02-23") == -10);
  CHECK(graph::days_between("2023-12-31", "2024-12-31") == 366);
  CHECK_FALSE(graph::days_between("2024-02-30", "2024-03-01"));
  CHECK_FALSE(graph::days_between("29/3/2024", "2024-03-01"));
  CHECK(graph::today_iso().size() == 10);
}

TEST_CASE("tasks: iCalendar lines are escaped, folded at 75 octets on characters, CRLF") {
  CHECK(graph::ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
  CHECK(graph::ics_escape("x\r\ny") == "x\\ny");
  const std::string text =
      "SUMMARY:" + graph::ics_escape(std::string(
                       "37/KH-LĐLĐ — LĐLĐ các huyện, thành phố: Báo cáo kết quả về LĐLĐ tỉnh "
                       "(qua Ban Tuyên giáo - Nữ công) trước ngày 05/6/2024; tổng hợp số liệu"));
  const std::string folded = graph::ics_line(text);
  CHECK(folded.size() > 2);
  CHECK(folded.substr(folded.size() - 2) == "\r\n");
  std::string unfolded;
  std::size_t begin = 0;
  bool first = true;
  while (begin < folded.size()) {
    const std::size_t end = folded.find("\r\n", begin);
    REQUIRE(end != std::string::npos);
    const std::string line = folded.substr(begin, end - begin);
    CHECK(line.size() <= 75);
    CHECK(utf8::valid(line));
    if (!first) {
      REQUIRE(!line.empty());
      CHECK(line[0] == ' ');
    }
    unfolded += first ? line : line.substr(1);
    first = false;
    begin = end + 2;
  }
  CHECK(unfolded == text);

  graph::FollowTask t;
  t.document_id = "abc";
  t.document_number = "37/KH-LĐLĐ";
  t.assignee = "Văn phòng";
  t.text = "Chuẩn bị kinh phí; cơ sở vật chất, hội trường";
  t.deadline = "2024-06-05";
  t.state = "late";
  graph::FollowTask undated = t;
  undated.deadline.reset();
  std::ostringstream a, b;
  graph::write_ics(a, {t, undated}, "20240701T000000Z");
  graph::write_ics(b, {t}, "20250101T000000Z");
  const std::string ics = a.str();
  std::string unfolded_ics = ics;
  for (std::size_t at; (at = unfolded_ics.find("\r\n ")) != std::string::npos;)
    unfolded_ics.erase(at, 3);
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(ics.find("DUE;VALUE=DATE:20240605\r\n") != std::string::npos);
  CHECK(ics.find("SUMMARY:37/KH-LĐLĐ") != std::string::npos);
  CHECK(unfolded_ics.find("Chuẩn bị kinh phí\\; cơ sở vật chất\\, hội trường") !=
        std::string::npos);
  std::size_t todos = 0;
  for (std::size_t at = 0; (at = ics.find("BEGIN:VTODO", at)) != std::string::npos; ++at) ++todos;
  CHECK(todos == 1); // the undated task has no day to be due on
  // No bare LF: every line ends with CRLF.
  for (std::size_t i = 0; i < ics.size(); ++i)
    if (ics[i] == '\n') CHECK((i > 0 && ics[i - 1] == '\r'));
  auto uid = [](const std::string& s) {
    const auto at = s.find("UID:");
    return s.substr(at, s.find("\r\n", at) - at);
  };
  CHECK(uid(a.str()) == uid(b.str())); // stable across runs
}
