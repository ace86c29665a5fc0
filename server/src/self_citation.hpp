// A document never cites itself: references to its own number that a reader took from its own
// header (or its own "Quyết định số … này") are dropped from what the API serves.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

namespace vanban::serve {

/// A reference is the document itself when it names the document's own number (compared as the
/// resolver compares numbers: leading zeros and case aside) and no date or the document's own.
/// A document without a number cites no one as itself.
bool is_self_citation(const std::string& own_number, const std::optional<std::string>& own_date,
                      const std::string& number, const std::optional<std::string>& date);

/// A document model (/api/doc/{id}) without the references that are the document itself.
void drop_self_references(nlohmann::ordered_json& model);

/// The date the citing document gives for its citation of `number` on `line` (nullopt: none).
using CitedDate = std::function<std::optional<std::string>(const std::string& citing_id, int line,
                                                           const std::string& number)>;

/// A trace (/api/trace/{id}, `vanban trace --format json`) without the edges that are a document
/// citing itself, and without what only they reached. An edge to a document outside the archive
/// carries the cited date in its node; for one to an archived namesake, `cited_date` is asked.
/// `up`: the walk followed edges from citing to cited (else from cited to citing).
void drop_self_citations(nlohmann::ordered_json& trace, bool up, const CitedDate& cited_date);

} // namespace vanban::serve
