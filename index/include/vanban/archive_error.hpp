// The one error an archive operation throws: a sentence for the user and a kind for the exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace vanban {

class ArchiveError : public std::runtime_error {
public:
  enum class Kind {
    Missing, ///< no archive at that path
    Locked,  ///< another writer holds the database
    Corrupt, ///< not a vanban archive, damaged, or of another schema
    Io,      ///< reading or writing failed
    /// The command's options contradict the archive (another number of shards): a usage error.
    Usage,
    /// A remote shard cannot be reached (its server is down or died): retry once it is back.
    Unavailable,
  };
  ArchiveError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

private:
  Kind kind_;
};

} // namespace vanban
