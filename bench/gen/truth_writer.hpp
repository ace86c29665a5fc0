// truth.json: what every generated document is (number, date, type, issuer) and what each of
// its citations means (number, date, relation, and the generated file it targets, if any).
#pragma once

#include "archive_plan.hpp"

#include <cstdint>
#include <ostream>

namespace vanban::gen {

/// Writes the schema the benchmark driver reads:
/// {"generator":"vanban-gen","docs":N,"seed":S,"documents":[{"path","number","date","type",
///  "issuer","references":[{"number","date","relation","target"}],
///  "follow_up":{"entry","sent":[{"office","doc","status"}]}}]} — follow_up only for documents
///  sent down for action (follow_up_truth.hpp).
void write_truth(std::ostream& out, const Plan& plan, std::uint64_t seed);

} // namespace vanban::gen
