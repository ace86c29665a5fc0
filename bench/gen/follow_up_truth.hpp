// Who each generated document was sent to for action, and who answered it (issue 15): the
// "follow_up" field of truth.json, which bench/run scores `vanban follow-up` against.
#pragma once

#include "archive_plan.hpp"

#include <string>
#include <vector>

namespace vanban::gen {

/// The Nơi nhận entry that sends a document down for action ("LĐLĐ các huyện, CĐN, CĐVC tỉnh
/// (để t/h);"), by the office's level; empty for grassroots unions, which send nothing down.
std::string down_entry(const Office& office);

/// True for the entries down_entry() writes: the writer leaves them to the plan's choice.
bool is_down_entry(const std::string& item);

/// Whether a document carries its down_entry(): decided from the document's own seed, so that the
/// writer and truth.json agree without sharing a random stream.
bool sends_down(const PlannedDoc& doc);

struct SentUnit {
  int office = 0;
  std::size_t first_doc = 0; ///< a document of the office in the archive (its issuer, for lookup)
  std::string status;        ///< implemented, reported or none
};

/// For every document: the offices its down_entry() names that issued at least one document of
/// the archive (vanban cannot know the others), each with what it answered — "implemented" when
/// it issued a document implementing it, "reported" when it issued a Báo cáo citing it or citing
/// its own implementing document. Empty for documents that send nothing down. Linear in the plan.
std::vector<std::vector<SentUnit>> follow_up_truth(const Plan& plan);

} // namespace vanban::gen
