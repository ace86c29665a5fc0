// A new single-database archive written by several writer threads. Xapian lets one writer at a
// time into a database, and that writer was half of an index run's CPU time, on one core: so a
// run that fills an empty database writes part databases inside its folder
// (DIR/vanban-staging/part-0 …), each with its own writer thread, and merges them into DIR with
// one compaction at the end (compaction.hpp's merge_into), which a new database was compacted by
// anyway.
//
// Nothing is lost to a kill: until the merge swaps the copy in, DIR is the empty database it was
// and the parts hold every batch committed so far; the next run finds the parts, skips what they
// hold (by content hash, as always) and merges. After the swap the parts are in the old folder,
// which the next run removes with the compaction's leftover.
//
// The parts are written without waiting for the disk at each commit (Xapian::DB_NO_SYNC): the
// fsync calls of a commit every 100 documents were about a fifth of an index run's time
// (measured at 100,000 documents, bench/README.md), and the parts are only a copy of what the
// files hold until the merge, which writes the archive and syncs it. A kill loses nothing of them
// (the kernel's cache holds every write of a dead process); a power loss or a crash of the machine
// can. So the staging folder records the boot that wrote the parts unsynced (stale_staging()):
// parts that outlived a restart are removed, with a warning, and their documents indexed again.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vanban::index {

/// The folder inside the database directory `dir` where its parts are written.
std::string staging_folder(const std::string& dir);

/// The parts a run left in `dir`'s staging folder (their folders, part-0 first); none when there
/// are none.
std::vector<std::string> staged_parts(const std::string& dir);

/// Why the parts left in `dir`'s staging folder cannot be trusted, when they cannot: they were
/// written unsynced before the machine last started (or this machine cannot tell its boot). Parts
/// written with sync (by an older vanban, or where the boot is unknown) and parts of this boot can.
std::optional<std::string> stale_staging(const std::string& dir);

/// Opens `count` parts in the staging folder of `dir` for writing, creating the missing ones,
/// each a vanban database of this schema: unsynced when this machine names its boot (recorded in
/// the folder first, and synced), synced otherwise. Call while holding `dir`'s write lock. Throws
/// ArchiveError.
std::vector<Xapian::WritableDatabase> open_staged_parts(const std::string& dir, std::size_t count);

/// Removes `dir`'s staging folder: parts that a finished merge left there.
void remove_staging(const std::string& dir);

} // namespace vanban::index
