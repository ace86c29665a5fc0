// One planned document → its Markdown bytes.
#pragma once

#include "archive_plan.hpp"

#include <string>

namespace vanban::gen {

/// The file content of plan.docs[index]; depends only on the plan and the document's seed.
std::string write_document(const Plan& plan, std::size_t index);

} // namespace vanban::gen
