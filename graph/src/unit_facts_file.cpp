// The unit facts file (unit_facts_file.hpp): one line per document, fields separated by tabs; an
// field is empty when absent and "=" + its value when present (so that an issuer with an empty
// name stays an issuer); tabs, line ends and backslashes in values are escaped.
#include "unit_facts_file.hpp"

#include "sealed_file.hpp"

#include <optional>
#include <stdexcept>
#include <vector>

namespace vanban::graph::unit_facts_file {
namespace {

constexpr sealed_file::Kind kUnits{"vanban-units ", "1", "a vanban unit facts file"};

/// The fields before the recipients: id, issuer, parent, issuer code, place, signer.
constexpr std::size_t kFixedFields = 6;

void append_escaped(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
    case '\\':
      out += "\\\\";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out += c;
    }
  }
}

void append_field(std::string& out, const std::optional<std::string>& value) {
  if (!value) return;
  out += '=';
  append_escaped(out, *value);
}

/// A field's value, or nullopt when it is absent; `previous` for "^"; throws
/// std::invalid_argument when damaged.
std::optional<std::string> field_value(std::string_view field,
                                       const std::optional<std::string>& previous) {
  if (field.empty()) return std::nullopt;
  if (field == "^") {
    if (!previous) throw std::invalid_argument("a repeat of nothing");
    return previous;
  }
  if (field.front() != '=') throw std::invalid_argument("a field without its mark");
  std::string out;
  for (std::size_t i = 1; i < field.size(); ++i) {
    if (field[i] != '\\') {
      out += field[i];
      continue;
    }
    if (++i == field.size()) throw std::invalid_argument("a field cut in an escape");
    switch (field[i]) {
    case '\\':
      out += '\\';
      break;
    case 't':
      out += '\t';
      break;
    case 'n':
      out += '\n';
      break;
    case 'r':
      out += '\r';
      break;
    default:
      throw std::invalid_argument("an unknown escape");
    }
  }
  return out;
}

/// The fixed fields of a document, in the file's order after its id.
std::vector<std::optional<std::string>> fixed_fields(const Document& doc) {
  return {doc.issuer ? std::optional(doc.issuer->name) : std::nullopt,
          doc.issuer ? doc.issuer->parent : std::nullopt,
          doc.number ? doc.number->issuer_code : std::nullopt, doc.place,
          doc.signer ? std::optional(doc.signer->name) : std::nullopt};
}

/// Reads the lines of a file's body in order, each record's fixed fields resolved against the
/// previous record's.
class Reader {
public:
  std::pair<std::string, Document> record(std::string_view line) {
    std::vector<std::string_view> raw;
    for (std::size_t start = 0;;) {
      const std::size_t tab = line.find('\t', start);
      raw.push_back(line.substr(start, tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (raw.size() < kFixedFields) throw std::invalid_argument("a short record");
    const auto id = field_value(raw[0], std::nullopt);
    if (!id) throw std::invalid_argument("a record without its id");
    previous_.resize(kFixedFields - 1);
    for (std::size_t i = 1; i < kFixedFields; ++i)
      previous_[i - 1] = field_value(raw[i], previous_[i - 1]);
    Document doc;
    if (previous_[0]) doc.issuer = Issuer{*previous_[0], {}, previous_[1]};
    if (previous_[2]) doc.number.emplace().issuer_code = previous_[2];
    doc.place = previous_[3];
    if (previous_[4]) doc.signer.emplace().name = *previous_[4];
    for (std::size_t i = kFixedFields; i < raw.size(); ++i) {
      auto name = field_value(raw[i], std::nullopt);
      if (!name) throw std::invalid_argument("an empty recipient field");
      doc.recipients.emplace_back().name = std::move(*name);
    }
    return {std::move(*id), std::move(doc)};
  }

private:
  std::vector<std::optional<std::string>> previous_;
};

} // namespace

std::string path(const std::string& db_dir) {
  return sealed_file::path_beside(db_dir, "vanban-units.tsv");
}

void Writer::add(const std::string& id, const Document& doc) {
  append_field(records_, id);
  auto fields = fixed_fields(doc);
  previous_.resize(fields.size());
  for (std::size_t i = 0; i < fields.size(); ++i) {
    records_ += '\t';
    if (fields[i] && fields[i] == previous_[i])
      records_ += '^';
    else
      append_field(records_, fields[i]);
  }
  previous_ = std::move(fields);
  for (const auto& r : doc.recipients) {
    if (!recipients_.insert(r.name).second) continue;
    records_ += '\t';
    append_field(records_, r.name);
  }
  records_ += '\n';
}

std::string Writer::seal(std::uint64_t revision) const {
  return sealed_file::seal(kUnits, revision, records_);
}

void Writer::seal_to(std::uint64_t revision, const sealed_file::Sink& sink) const {
  sealed_file::seal_to(kUnits, revision, records_, sink);
}

std::variant<Freshness, std::string> read(std::string_view text, std::uint64_t revision,
                                          const Visit& visit) {
  auto sealed = sealed_file::verify(kUnits, text);
  if (auto* problem = std::get_if<std::string>(&sealed)) return std::move(*problem);
  const auto& v = std::get<sealed_file::Verified>(sealed);
  if (v.revision != revision) return Freshness::Stale;
  Reader reader;
  std::size_t line_number = 2; // the header is line 1
  try {
    for (std::size_t start = 0; start < v.body.size(); ++line_number) {
      const std::size_t end = v.body.find('\n', start);
      const auto [id, facts] = reader.record(v.body.substr(start, end - start));
      visit(id, facts);
      start = end + 1;
    }
  } catch (const std::invalid_argument& e) {
    return "its line " + std::to_string(line_number) + " cannot be read (" + e.what() + ")";
  }
  return Freshness::Current;
}

} // namespace vanban::graph::unit_facts_file
