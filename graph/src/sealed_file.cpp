// Sealing and verifying the archive's derived files (sealed_file.hpp).
#include "sealed_file.hpp"

#include "vanban/sha256.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>

namespace vanban::graph::sealed_file {
namespace {

constexpr std::string_view kRevision = " revision ";
constexpr std::string_view kEnd = "end records ";
constexpr std::string_view kChecksum = " sha256 ";

/// The unsigned number that is all of `s`, or nullopt.
std::optional<std::uint64_t> number(std::string_view s) {
  std::uint64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

} // namespace

std::string path_beside(const std::string& db_dir, std::string_view name) {
  std::error_code ec;
  const bool stub = std::filesystem::is_regular_file(db_dir, ec);
  return db_dir + (stub ? "." : "/") + std::string(name);
}

Sealer::Sealer(const Kind& kind, std::uint64_t revision, Sink sink) : sink_(std::move(sink)) {
  std::string header;
  header.append(kind.magic).append(kind.version).append(kRevision);
  header.append(std::to_string(revision)) += '\n';
  emit(header);
}

void Sealer::emit(std::string_view bytes) {
  checksum_.update(bytes);
  sink_(bytes);
}

void Sealer::records(std::string_view bytes) {
  // Counted as read back: every line of the records, whatever they hold.
  lines_ += static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n'));
  emit(bytes);
}

void Sealer::finish() {
  std::string end;
  end.append(kEnd).append(std::to_string(lines_)).append(kChecksum).append(checksum_.hex()) += '\n';
  sink_(end);
}

void seal_to(const Kind& kind, std::uint64_t revision, std::string_view records, const Sink& sink) {
  Sealer sealer(kind, revision, sink);
  sealer.records(records);
  sealer.finish();
}

std::string seal(const Kind& kind, std::uint64_t revision, std::string_view records) {
  std::string text;
  text.reserve(records.size() + 128);
  seal_to(kind, revision, records, [&](std::string_view bytes) { text.append(bytes); });
  return text;
}

std::variant<Verified, std::string> verify(const Kind& kind, std::string_view text) {
  const std::size_t header_end = text.find('\n');
  const std::string_view header = text.substr(0, header_end);
  if (header.substr(0, kind.magic.size()) != kind.magic)
    return "it is not " + std::string(kind.noun);
  const std::string_view rest = header.substr(kind.magic.size());
  const std::string_view version = rest.substr(0, rest.find(' '));
  if (version != kind.version) return "its first line is damaged";
  const auto revision =
      number(rest.substr(std::min(rest.size(), version.size() + kRevision.size())));
  if (!revision || rest.substr(version.size(), kRevision.size()) != kRevision)
    return "its first line is damaged";

  // The end line is the last line; a file cut short has none, or a piece of a record there.
  if (header_end == std::string_view::npos) return "it is truncated after its first line";
  const std::string_view lines = text.substr(header_end + 1);
  const auto truncated = [&] {
    return "it is truncated: it has no end line (" +
           std::to_string(std::count(lines.begin(), lines.end(), '\n')) +
           " complete records remain)";
  };
  if (lines.size() < 2 || lines.back() != '\n') return truncated();
  const std::size_t end_start = lines.find_last_of('\n', lines.size() - 2) + 1; // npos + 1 == 0
  const std::string_view end_line = lines.substr(end_start, lines.size() - 1 - end_start);
  const std::size_t checksum_at = end_line.find(kChecksum);
  if (end_line.substr(0, kEnd.size()) != kEnd || checksum_at == std::string_view::npos)
    return truncated();
  const auto expected = number(end_line.substr(kEnd.size(), checksum_at - kEnd.size()));
  if (!expected) return "its end line is damaged";
  const std::string_view body = lines.substr(0, end_start);
  const auto found = static_cast<std::size_t>(std::count(body.begin(), body.end(), '\n'));
  if (*expected != found)
    return "it holds " + std::to_string(found) + " records where its end line says " +
           std::to_string(*expected);
  const std::size_t checked = header_end + 1 + end_start; // the header and the records
  if (sha256_hex(text.substr(0, checked)) != end_line.substr(checksum_at + kChecksum.size()))
    return "its checksum does not match its content (the file was changed or damaged)";
  return Verified{*revision, found, body};
}

} // namespace vanban::graph::sealed_file
