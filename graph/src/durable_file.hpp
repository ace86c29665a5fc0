// Files of the archive written so that a full disk, a denied write or a crash never leaves half of
// one in place, and read with the reason when they cannot be.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vanban::graph {

/// Replaces `path` with `bytes`: written to a temporary file beside it, flushed and synced, then
/// renamed over `path` and the directory synced. Every step is checked; on failure the temporary
/// file is removed, `path` is left as it was, and ArchiveError (Io) names the file and the cause
/// ("No space left on device", "Permission denied" …).
void write_file_durably(const std::string& path, std::string_view bytes);

/// The whole of a file; nullopt when it does not exist. Throws ArchiveError (Io) naming the file
/// and the cause when it exists but cannot be read.
std::optional<std::string> read_file_if_present(const std::string& path);

} // namespace vanban::graph
