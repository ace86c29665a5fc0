// The document types the compiler knows (data/types.json), for readers of typed text that must
// recognise a type's name: a query's `type:Kế hoạch` written without quotes.
#pragma once

#include <string>
#include <vector>

namespace vanban {

/// The canonical names ("Kế hoạch", "Nghị định", "Công văn"), longest first.
const std::vector<std::string>& known_type_names();

} // namespace vanban
