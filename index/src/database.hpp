// Opening the Xapian database of an archive, with Xapian's errors turned into ArchiveError.
#pragma once

#include <xapian.h>

#include <string>

namespace vanban::index {

/// Opens (or creates) the archive for writing. Throws ArchiveError (Locked when another writer has
/// it).
Xapian::WritableDatabase open_writable(const std::string& dir);

/// Opens an existing archive for reading. Throws ArchiveError (Missing, Corrupt).
Xapian::Database open_readonly(const std::string& dir);

/// Rethrows a Xapian error met while using the archive at `dir` as an ArchiveError.
[[noreturn]] void throw_archive_error(const std::string& dir, const Xapian::Error& e);

} // namespace vanban::index
