// Compacting an archive's databases after an index run: Xapian's writer leaves its B-tree blocks
// part full (about 1.5× the size of the same database compacted, measured at 100,000 documents),
// so a run that wrote much of a database rewrites it compactly and swaps the copy in.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vanban::index {

/// Whether a database that held `before` documents when the run began and took `changes` adds,
/// replaces and deletes is compacted: a new one always, an existing one when the run changed at
/// least a tenth of it. Compacting rewrites the whole database (about 5 s per 100,000 documents),
/// so a run that changes a few documents does not pay for it; growth between compactions stays
/// below what a tenth of the documents rewritten can add.
bool worth_compacting(std::size_t before, std::size_t changes);

/// The sibling folder a database at `dir` is compacted into before it is swapped in
/// ("DIR.compacting"); after the swap it holds the old database until it is removed.
std::string compaction_folder(const std::string& dir);

/// Removes what a compaction killed midway left beside `dir`: a partial copy, or the old database
/// after the swap. `dir` itself is always a complete database. Call while holding its lock.
void remove_compaction_leftover(const std::string& dir);

/// Compacts the database at `dir`, whose writer in this process has committed everything and still
/// holds the lock (so no other writer changes it meanwhile), into compaction_folder(dir), checks
/// the copy's document count, and swaps the two folders in one atomic rename (renameat2
/// RENAME_EXCHANGE). Files of `dir` that are not Xapian's (the stored citation graph) are copied
/// first. Document ids, metadata and the document count are kept. Returns why it did not compact
/// (a full disk, a file system without the atomic swap): `dir` is then unchanged.
std::optional<std::string> compact_database(const std::string& dir);

/// Merges the databases `parts` (committed, their writers closed) into one compacted copy and
/// swaps it in for the database at `dir`, as compact_database() does: the copy's document ids run
/// through the parts one after the other, its metadata is theirs (the first part's where they
/// differ) with `metadata` set over it, and its document count is checked against theirs. The
/// parts are read, not removed. Returns why it did not merge: `dir` is then unchanged.
std::optional<std::string> merge_into(const std::string& dir, const std::vector<std::string>& parts,
                                      const std::map<std::string, std::string>& metadata);

} // namespace vanban::index
