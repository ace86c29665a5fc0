// open_archive: the archive behind --db; for now it refuses every DIR with a clear message.
// The Xapian index has no API yet: connecting it replaces this file only.
#include "vanban/check.hpp"

namespace vanban::check {

std::unique_ptr<Archive> open_archive(const std::string& dir) {
  throw ArchiveUnavailable(dir);
}

} // namespace vanban::check
