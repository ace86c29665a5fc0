// `vanban stats --verify`: is the archive sound, and if not, which part is damaged.
#pragma once

#include "vanban/text/lang.hpp"

#include <string>

namespace vanban::cli {

/// Checks every database of the archive at `db` with Xapian's own check and the stored citation
/// graph by its checksum and record count; prints a short report (text in `lang`, or one JSON
/// object). Returns 0 when sound, 2 when a part is damaged (named on standard error too) or there
/// is no archive.
int run_stats_verify(const std::string& db, bool json, text::Lang lang);

} // namespace vanban::cli
