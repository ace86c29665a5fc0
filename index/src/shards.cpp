// Xapian stub files read and written: the lines Xapian 1.4 accepts for local and TCP shards.
#include "shards.hpp"

#include "vanban/archive_error.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace vanban::index {
namespace fs = std::filesystem;
namespace {

using Kind = ArchiveError::Kind;

/// `HOST:PORT` of a `remote` line; the port is what follows the last colon (an IPv6 address
/// in brackets keeps its own colons).
std::optional<ShardSpec> tcp_shard(const std::string& where) {
  const auto colon = where.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == where.size()) return std::nullopt;
  unsigned long port = 0;
  for (char c : where.substr(colon + 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    port = port * 10 + (c - '0');
    if (port > 65535) return std::nullopt;
  }
  ShardSpec s;
  s.host = where.substr(0, colon);
  if (s.host.size() > 2 && s.host.front() == '[' && s.host.back() == ']')
    s.host = s.host.substr(1, s.host.size() - 2);
  s.port = static_cast<unsigned>(port);
  return s;
}

} // namespace

std::string ShardSpec::name() const {
  return remote() ? host + ":" + std::to_string(port) : path;
}

std::string stub_in(const std::string& dir) {
  return (fs::path(dir) / "XAPIANDB").string();
}

std::optional<std::vector<ShardSpec>> read_stub(const std::string& db) {
  std::error_code ec;
  std::string file;
  if (fs::is_directory(db, ec)) {
    file = stub_in(db);
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
  } else if (fs::is_regular_file(db, ec)) {
    file = db;
  } else {
    return std::nullopt;
  }
  std::ifstream in(file);
  if (!in) throw ArchiveError(Kind::Io, "cannot read the stub file " + file);
  const fs::path base = fs::path(file).parent_path();
  std::vector<ShardSpec> shards;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream words(line);
    std::string type, where, extra;
    words >> type >> where >> extra;
    if (type.empty() || type[0] == '#') continue; // Xapian skips blank lines and comments
    std::optional<ShardSpec> shard;
    if ((type == "auto" || type == "glass") && !where.empty() && extra.empty()) {
      shard.emplace();
      fs::path p(where);
      shard->path = (p.is_absolute() ? p : base / p).lexically_normal().string();
    } else if (type == "remote" && extra.empty()) {
      shard = tcp_shard(where);
    }
    if (!shard)
      throw ArchiveError(Kind::Corrupt, file + ":" + std::to_string(n) + ": '" + line +
                                            "' is not a shard line: write `auto PATH` for a "
                                            "local database or `remote HOST:PORT` for one "
                                            "served by xapian-tcpsrv");
    shards.push_back(std::move(*shard));
  }
  if (shards.empty())
    throw ArchiveError(Kind::Corrupt, "the stub file " + file + " lists no shard");
  return shards;
}

std::string shard_folder(std::size_t i) {
  return "shard-" + std::to_string(i);
}

void write_local_stub(const std::string& dir, std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += "auto " + shard_folder(i) + "\n";
  const std::string file = stub_in(dir), tmp = file + ".tmp";
  // Renamed into place after a sync: a crash leaves the old state (no stub) or the whole stub.
  FILE* f = std::fopen(tmp.c_str(), "wb");
  bool written = f && std::fwrite(text.data(), 1, text.size(), f) == text.size() &&
                 std::fflush(f) == 0 && fsync(fileno(f)) == 0;
  if (f) written = std::fclose(f) == 0 && written;
  std::error_code ec;
  if (written) fs::rename(tmp, file, ec);
  if (!written || ec) {
    fs::remove(tmp, ec);
    throw ArchiveError(Kind::Io, "cannot write the stub file " + file);
  }
}

std::size_t shard_of(const std::string& id, std::size_t count) {
  // The id is already a hash: its leading 60 bits spread documents evenly.
  unsigned long long h = 0;
  for (std::size_t i = 0; i < id.size() && i < 15; ++i) {
    const char c = id[i];
    h = h * 16 + (c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0);
  }
  return count ? h % count : 0;
}

} // namespace vanban::index
