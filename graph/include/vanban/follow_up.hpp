// Follow-up of a directive: which of the units it was sent to have implemented it, which have
// reported, which of its tasks are late (issue 15).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vanban/citation_graph.hpp"
#include "vanban/document.hpp"

namespace vanban::graph {

/// The issuing bodies of an archive, each once, and which of them issued each document. A body is
/// its issuer profile (kind, level, area, own name): the Ban Thường vụ's plans and the headerless
/// reports of one LĐLĐ are one unit. Loading every document's issuer once is the only
/// archive-wide cost of a follow-up; everything else walks the graph's indexes.
class UnitDirectory {
public:
  UnitDirectory();
  ~UnitDirectory();
  UnitDirectory(UnitDirectory&&) noexcept;
  UnitDirectory& operator=(UnitDirectory&&) noexcept;

  /// Adds the issuer of one document (profile_of_document).
  void add(const std::string& id, const Document& doc);
  /// Call once after the last add(): a document whose issuer says no more than kind and area (a
  /// headerless report "15/BC-CĐCS" written in Tam Đường) joins the one named unit of that kind
  /// and area when there is exactly one, else (with the archive's `graph`) the one whose document
  /// it cites; and with the graph, a district data/places.json does not know is placed in the
  /// province whose bodies its documents cite. Linear in documents and edges.
  void finish(const CitationGraph* graph = nullptr);

  std::size_t size() const;
  /// A readable name: "LĐLĐ huyện Tam Đường", "CĐCS Trường THCS thị trấn Tam Đường".
  const std::string& name(std::size_t unit) const;
  /// The unit that issued a document of the archive.
  std::optional<std::size_t> unit_of(std::string_view doc_id) const;

  /// The units an addressee names (a Nơi nhận entry, a task's assignee), read from the position
  /// of the unit `from` (the issuer of the document it is written in). A collective entry ("LĐLĐ
  /// các huyện, TP, CĐN", "Các huyện ủy, thị ủy", "Các CĐCS trực thuộc") is every unit of that
  /// kind (and level, when it says one) inside `from`'s area; a named one ("UBND huyện Tam
  /// Đường", "LĐLĐ tỉnh") the unit it names. Sorted, each once; may include `from` itself.
  std::vector<std::size_t> named_by(std::string_view addressee,
                                    std::optional<std::size_t> from) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A document's model by archive id, or nothing (not archived, damaged).
using DocumentFetch = std::function<std::optional<Document>(const std::string& id)>;

/// One document of a unit's answer to the directive.
struct FollowDocument {
  std::string id, number;
  std::optional<std::string> date, type;
  Relation relation = Relation::Cites; ///< its relation to what it cites
  std::string role;               ///< "plan" (implements the directive) or "report" (a Báo cáo)
  std::optional<long> days;       ///< days from the directive's date to this document's
  std::optional<std::string> via; ///< a report citing the unit's own plan: that plan's number
};

struct FollowUnit {
  std::size_t unit = 0;
  std::string name;
  std::optional<std::string> recipient; ///< the Nơi nhận / Kính gửi entry; none for others
  std::string status;                   ///< implemented, reported or none
  std::vector<FollowDocument> documents;
};

struct FollowTask {
  std::string document_id, document_number;
  std::optional<std::string> document_date;
  std::string assignee, text;
  std::optional<std::string> deadline;      ///< ISO date, when the phrase names one
  std::optional<std::string> deadline_text; ///< the phrase as written
  std::string state;                        ///< due, late, reported, no deadline
  std::vector<std::string> reported_by,
      missing; ///< units of the assignee with and without a report
  int line = 0;
};

/// One entry of Nơi nhận / Kính gửi that asks for action, and the units it was read as.
struct FollowRecipient {
  std::string name;
  std::optional<std::string> purpose;
  std::vector<std::string> units;
  bool issuer =
      false; ///< it names the issuer itself ("Thường trực LĐLĐ tỉnh"): not a unit to follow
};

struct FollowUp {
  std::string root; ///< node id
  std::optional<std::string> root_unit;
  std::string as_of;
  std::vector<FollowRecipient> recipients;
  std::vector<FollowUnit> units, others;
  std::vector<FollowTask> tasks;
};

/// The follow-up of `root` as of `as_of` (ISO). Its cost is the edges into `root` and into the
/// documents that implement it, plus reading those documents' models through `fetch`.
FollowUp follow_up(const CitationGraph& graph, const UnitDirectory& units, const std::string& root,
                   const DocumentFetch& fetch, const std::string& as_of);

/// Remembers named_by() per addressee and issuing unit: an archive repeats the same few hundred
/// assignees ("LĐLĐ các huyện, thành phố") in thousands of documents.
class AddresseeCache {
public:
  explicit AddresseeCache(const UnitDirectory& units) : units_(units) {}
  const std::vector<std::size_t>& named_by(const std::string& addressee,
                                           std::optional<std::size_t> from);

private:
  const UnitDirectory& units_;
  std::unordered_map<std::string, std::vector<std::size_t>> cache_;
};

/// The states of one document's tasks as of `as_of`: a task is reported when every unit it is
/// assigned to (its issuer's own unit when the assignee names none: a department, an officer)
/// issued a Báo cáo citing the document on or after its date; else late when its deadline is
/// before `as_of`, due when it is not, "no deadline" without a dated deadline.
std::vector<FollowTask> task_states(const CitationGraph& graph, const UnitDirectory& units,
                                    AddresseeCache& cache, const std::string& doc_id,
                                    const Document& doc, const std::string& as_of);

/// True when the task's assignee contains `query`, compared without case or marks ("ldld
/// huyen" finds "LĐLĐ huyện Tam Đường").
bool assignee_matches(const FollowTask& task, const std::string& query);

/// Days from one ISO date to another (negative when `to` is earlier); nothing for a malformed
/// date.
std::optional<long> days_between(const std::string& from, const std::string& to);

/// Today's date (UTC) as ISO.
std::string today_iso();

} // namespace vanban::graph
