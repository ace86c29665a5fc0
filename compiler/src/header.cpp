// Header stage: issuing body, motto, Số, place-date, type and subject, Kính gửi.
#include "dates.hpp"
#include "number.hpp"
#include "stages.hpp"
#include "tables.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>

namespace vanban::stages {
namespace {

/// Upper case with every space and dash removed: "Độc lập - Tự do - Hạnh phúc" →
/// "ĐỘCLẬPTỰDOHẠNHPHÚC".
std::string motto_key(std::string_view line) {
  std::string key;
  for (char c : text::to_upper(line))
    if (c != ' ' && c != '-') key += c;
  for (std::string_view dash : {"–", "—"})
    for (std::size_t p = key.find(dash); p != std::string::npos; p = key.find(dash))
      key.erase(p, dash.size());
  return key;
}

bool is_motto(std::string_view line) {
  if (line.size() > 80) return false;
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const auto& motto : tables::get().mottos) out.push_back(motto_key(motto));
    return out;
  }();
  const std::string key = motto_key(line);
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

/// "Số: 59/KH-LĐLĐ" → the text after the label, or nullopt when the line is not a number line.
std::optional<std::string_view> number_label(std::string_view line) {
  line = text::trim(line);
  if (text::length(line) > 80 || !text::starts_with_word(line, "số")) return std::nullopt;
  std::string_view rest = line.substr(std::string_view("Số").size());
  rest = text::trim(rest);
  if (!rest.empty() && (rest[0] == ':' || rest[0] == '.')) rest = text::trim(rest.substr(1));
  if (rest.empty() || !(rest[0] >= '0' && rest[0] <= '9')) {
    // "Số: /KH-LĐLĐ" or "Số:      " (not filled in): still the number line.
    if (line.size() > 3 && line.find(':') != std::string_view::npos && text::length(line) < 40)
      return rest;
    return std::nullopt;
  }
  return rest;
}

struct TypeMatch {
  const tables::TypeName* type;
  std::string rest; ///< the text after the type name on the same line
};

/// A type title ("KẾ HOẠCH", "QUYẾT ĐỊNH", "KẾ HOẠCH Tổ chức …"): upper case at the start.
std::optional<TypeMatch> type_title(std::string_view line) {
  line = text::trim(line);
  for (const auto& type : tables::get().types) {
    if (line.compare(0, type.upper.size(), type.upper) != 0) continue;
    std::string_view rest = line.substr(type.upper.size());
    if (!rest.empty() && rest[0] != ' ' && rest[0] != ':') continue;
    rest = text::trim(rest);
    if (!rest.empty() && rest[0] == ':') return std::nullopt; // "QUYẾT ĐỊNH:" opens the articles
    return TypeMatch{&type, std::string(rest)};
  }
  return std::nullopt;
}

bool is_body_start(const lines::Line& line) {
  static constexpr std::string_view kLeads[] = {"căn cứ", "thực hiện", "triển khai", "theo",
                                                "xét",    "để",        "nhằm",       "trên cơ sở",
                                                "qua",    "ngày"};
  for (auto lead : kLeads)
    if (text::starts_with_word(line.text, lead)) return true;
  return text::length(line.text) > 150;
}

/// Lines with no letters ("-----", "*") are decoration under the issuer or the motto.
bool is_decoration(std::string_view line) {
  return !text::has_letter(line) || text::length(line) <= 1;
}

std::string join_block(const Lines& lines, std::size_t& i, std::string first) {
  std::string out = std::move(first);
  const int block = lines[i].block;
  while (i + 1 < lines.size() && lines[i + 1].block == block) {
    ++i;
    if (!out.empty()) out += ' ';
    out += lines[i].text;
  }
  return text::squeeze(out);
}

/// Kính gửi: the rest of its line, the lines of its block and the list that follows.
std::size_t consume_kinh_gui(const Lines& lines, std::size_t i, Document& doc) {
  const auto& first = lines[i];
  doc.lines.kinh_gui = first.line;
  add_recipients(text::after_label(first.text, "kính gửi"), first.line, "to", doc);
  const int block = first.block;
  std::size_t j = i + 1;
  for (; j < lines.size(); ++j) {
    const auto& l = lines[j];
    bool bullet = !l.text.empty() && (l.text[0] == '-' || l.text[0] == '+');
    if (l.block == block || (l.kind == lines::Kind::ListItem && !l.ordered) || bullet) {
      add_recipients(l.text, l.line, "to", doc);
    } else {
      break;
    }
  }
  return j;
}

void build_issuer(const std::vector<std::pair<std::string, int>>& found, Document& doc) {
  if (found.empty()) return;
  const auto& organs = tables::get().organ_by_upper;
  Issuer issuer;
  for (const auto& [line, no] : found) issuer.lines.push_back(line);
  std::size_t organ = issuer.lines.size();
  for (std::size_t k = 0; k < issuer.lines.size(); ++k) {
    if (organs.count(text::to_upper(issuer.lines[k]))) {
      organ = k;
      break;
    }
  }
  std::size_t name_at = issuer.lines.size() - 1;
  if (organ < issuer.lines.size() && organ > 0) name_at = organ - 1;
  issuer.name = issuer.lines[name_at];
  if (name_at > 0) issuer.parent = issuer.lines[name_at - 1];
  doc.lines.issuer = found.front().second;
  doc.issuer = std::move(issuer);
}

std::string layout_of(const Lines& lines, std::size_t first_issuer, bool have_issuer,
                      bool have_motto) {
  if (!have_issuer && !have_motto) return "absent";
  const auto& l = lines[first_issuer];
  if (l.kind == lines::Kind::TableCell) return "table";
  if (l.kind == lines::Kind::Heading) return "heading";
  if (l.strong) return "bold";
  return "plain";
}

/// The subject after a type title: the rest of the title line, else the rest of its block,
/// else the next block (unless that already is the body).
std::size_t read_subject(const Lines& lines, std::size_t i, const TypeMatch& match, Document& doc) {
  std::size_t j = i;
  std::string subject = join_block(lines, j, match.rest);
  int subject_line = lines[i].line;
  if (subject.empty() && j + 1 < lines.size()) {
    const auto& next = lines[j + 1];
    bool header_like = next.text.rfind("Kính gửi", 0) == 0 || dates::parse_place_date(next.text) ||
                       number_label(next.text);
    // A heading or an all-bold block under the type is the subject whatever its words
    // ("Triển khai thực hiện Chỉ thị …"); plain text is the subject unless it opens the body.
    const bool set_apart = next.kind == lines::Kind::Heading || next.strong;
    if (!header_like && (set_apart || !is_body_start(next))) {
      ++j;
      subject_line = next.line;
      subject = join_block(lines, j, next.text);
    }
  }
  if (!subject.empty()) {
    doc.subject = subject;
    doc.lines.subject = subject_line;
  }
  return j + 1;
}

} // namespace

std::size_t recognise_header(const Lines& lines, Document& doc) {
  std::vector<std::pair<std::string, int>> issuer_lines;
  std::size_t first_issuer = 0;
  bool number_seen = false, type_seen = false;
  std::size_t i = 0;
  for (; i < lines.size(); ++i) {
    const auto& l = lines[i];
    const std::string& t = l.text;
    if (is_decoration(t)) continue;
    if (is_motto(t)) {
      if (!doc.lines.motto) doc.lines.motto = l.line;
      doc.facts.motto.push_back(t);
      continue;
    }
    if (!number_seen) {
      if (auto label = number_label(t)) {
        number_seen = true;
        doc.lines.number = l.line;
        if (auto parsed = number::parse_leading(*label, number::Mode::Relaxed))
          doc.number = parsed->number;
        doc.facts.number_text = std::string(text::trim(*label));
        continue;
      }
    }
    if (!doc.date && !doc.facts.date_text) {
      if (auto pd = dates::parse_place_date(t)) {
        doc.lines.date = l.line;
        if (!pd->place.empty()) doc.place = pd->place;
        if (pd->date) doc.date = dates::iso(*pd->date);
        doc.facts.date_text = pd->date_text;
        if (pd->impossible)
          doc.diagnostics.push_back(
              {"warning", l.line, "impossible issue date: " + pd->date_text, "date.invalid"});
        continue;
      }
    }
    if (!doc.subject && text::starts_with_word(t, "v/v")) {
      doc.lines.subject = l.line;
      std::size_t j = i;
      std::string subject =
          join_block(lines, j, std::string(text::trim(std::string_view(t).substr(3))));
      doc.subject = subject;
      i = j;
      continue;
    }
    if (text::starts_with_word(t, "kính gửi")) {
      i = consume_kinh_gui(lines, i, doc) - 1;
      continue;
    }
    if (auto match = type_title(t)) {
      type_seen = true;
      doc.type = match->type->name;
      doc.lines.type = l.line;
      i = read_subject(lines, i, *match, doc);
      // A tờ trình or a công văn with a type name puts Kính gửi after the subject.
      while (i < lines.size() && text::starts_with_word(lines[i].text, "kính gửi"))
        i = consume_kinh_gui(lines, i, doc);
      break;
    }
    if (opens_section(t)) break; // "I. MỤC ĐÍCH, YÊU CẦU": the body has begun
    if (text::is_upper(t)) {
      if (!number_seen || l.cell == 0) {
        if (issuer_lines.empty()) first_issuer = i;
        issuer_lines.emplace_back(text::squeeze(t), l.line);
      }
      continue; // urgency marks (KHẨN, MẬT) and other capitals in the header
    }
    if (is_body_start(l) || number_seen || doc.date || !issuer_lines.empty() || i > 12) break;
  }
  build_issuer(issuer_lines, doc);
  doc.facts.layout = layout_of(lines, first_issuer, !issuer_lines.empty(), doc.lines.motto != 0);
  if (!type_seen && doc.subject && (!doc.number || !doc.number->type_code)) {
    doc.type = "Công văn";
    doc.lines.type = doc.lines.subject;
  }
  if (!doc.type && doc.number && doc.number->type_code) {
    if (const auto* name = tables::get().type_name(*doc.number->type_code)) doc.type = *name;
  }
  return i;
}

} // namespace vanban::stages
