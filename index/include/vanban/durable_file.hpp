// Files of the archive written so that a full disk, a denied write or a crash never leaves half of
// one in place, and read with the reason when they cannot be.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace vanban {

/// Replaces `path` with `bytes`: written to a temporary file beside it, flushed and synced, then
/// renamed over `path` and the directory synced. Every step is checked; on failure the temporary
/// file is removed, `path` is left as it was, and ArchiveError (Io) names the file and the cause
/// ("No space left on device", "Permission denied" …).
void write_file_durably(const std::string& path, std::string_view bytes);

/// Hands the file's bytes to its argument, piece by piece, in order.
using ByteWriter = std::function<void(std::string_view bytes)>;
/// The same, for a file produced as it is written: `produce` gives its bytes to the writer it is
/// passed, and none of it is held in memory. An exception from `produce` leaves `path` as it was.
void write_file_durably(const std::string& path,
                        const std::function<void(const ByteWriter&)>& produce);

/// The whole of a file; nullopt when it does not exist. Throws ArchiveError (Io) naming the file
/// and the cause when it exists but cannot be read.
std::optional<std::string> read_file_if_present(const std::string& path);

} // namespace vanban
