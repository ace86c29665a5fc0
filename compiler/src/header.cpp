// Header stage: issuing body, motto, Số, place-date, type and subject, Kính gửi.
#include "stages.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/number.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <algorithm>
#include <optional>

namespace vanban::stages {
namespace {

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

/// Header lines are short (a name, a type, a subject line of a few words); a line longer than
/// this many characters is prose: the body has begun.
constexpr std::size_t kMaxHeaderLineChars = 150;
/// With no anchor (number, date, motto) and no issuer line within this many lines, the document
/// has no header: its first lines are already the body (a gazette extract, an excerpt).
constexpr std::size_t kMaxLinesWithoutHeader = 12;

/// The phrase list `key` of data/header_phrases.json.
const std::vector<std::string>& header_phrases(std::string_view key) {
  return tables::get().phrases("header_phrases." + std::string(key));
}

/// The phrase of `list` that `line` opens with as a whole word, in any case.
std::optional<std::string_view> opening_of(std::string_view line,
                                           const std::vector<std::string>& list) {
  for (const auto& w : list)
    if (text::starts_with_word(line, w)) return w;
  return std::nullopt;
}

/// A body lead (data/header_phrases.json: "Căn cứ …", "Thực hiện …") or a line of prose.
bool is_body_start(const lines::Line& line) {
  if (opening_of(line.text, header_phrases("body_leads"))) return true;
  return text::length(line.text) > kMaxHeaderLineChars;
}

/// "Kính gửi" as printed at the start of a line: a to-label with a capital first letter and
/// nothing else folded ("KÍNH GỬI" in capitals under a subject in capitals is not taken).
bool opens_with_printed_to_label(std::string_view line) {
  for (const auto& label : header_phrases("to_labels")) {
    const std::string_view first = utf8::first_chars(label, 1);
    const std::string printed = text::to_upper(first) + std::string(label.substr(first.size()));
    if (line.compare(0, printed.size(), printed) == 0) return true;
  }
  return false;
}

/// Lines with no letters ("-----", "*") are decoration under the issuer or the motto.
bool is_decoration(std::string_view line) {
  return !text::has_letter(line) || text::length(line) <= 1;
}

/// Kính gửi: the rest of its line, the lines of its block and the list that follows.
std::size_t consume_kinh_gui(const Lines& lines, std::size_t i, Document& doc) {
  const auto& first = lines[i];
  doc.lines.kinh_gui = first.line;
  const auto label = opening_of(first.text, header_phrases("to_labels"));
  add_recipients(text::after_label(first.text, label.value_or("")), first.line, RecipientRole::To,
                 doc);
  const int block = first.block;
  std::size_t j = i + 1;
  for (; j < lines.size(); ++j) {
    const auto& l = lines[j];
    bool bullet = !l.text.empty() && (l.text[0] == '-' || l.text[0] == '+');
    if (l.block == block || (l.kind == lines::Kind::ListItem && !l.ordered) || bullet) {
      add_recipients(l.text, l.line, RecipientRole::To, doc);
    } else {
      break;
    }
  }
  return j;
}

/// `upper` starts with the words of `phrase` (both upper case), whole words.
bool starts_with_phrase(const std::string& upper, const std::string& phrase) {
  return upper.rfind(phrase, 0) == 0 &&
         (upper.size() == phrase.size() || upper[phrase.size()] == ' ');
}

bool starts_with_any(const std::string& upper, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return starts_with_phrase(upper, w); });
}

/// A line that ends on "VÀ" (data/header_phrases.json: open_line_ends) or a comma is continued
/// by the next ("BỘ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH").
bool ends_open(std::string_view upper) {
  upper = text::trim(upper);
  if (!upper.empty() && upper.back() == ',') return true;
  for (const auto& end : header_phrases("open_line_ends"))
    if (upper.size() > end.size() && upper.substr(upper.size() - end.size()) == end) return true;
  return false;
}

bool equals_any(const std::string& upper, const std::vector<std::string>& words) {
  return std::find(words.begin(), words.end(), upper) != words.end();
}

/// Header lines of the issuing body → its name and parent. Lines that continue a name (a place
/// word under "ỦY BAN NHÂN DÂN", the rest of a name broken after its head) are joined: every
/// line of "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH" is one name. An organ line ("BAN THƯỜNG
/// VỤ") names the organ of the body above it, not the body. The line above the name is its
/// parent ("BỘ TÀI CHÍNH / TỔNG CỤC HẢI QUAN").
void build_issuer(const std::vector<std::pair<std::string, int>>& found, Document& doc) {
  if (found.empty()) return;
  const auto& t = tables::get();
  Issuer issuer;
  std::vector<std::string> uppers;
  for (const auto& [line, no] : found) {
    issuer.lines.push_back(line);
    uppers.push_back(text::to_upper(line));
  }
  std::size_t end = issuer.lines.size();
  while (end > 1 && t.organ_by_upper.count(uppers[end - 1]))
    --end; // "LIÊN ĐOÀN LAO ĐỘNG TỈNH … / BAN THƯỜNG VỤ": the organisation is above
  // Group the lines into names, bottom up.
  std::vector<std::string> names;
  std::string current;
  for (std::size_t k = end; k-- > 0;) {
    const bool continues_above =
        k + 1 < end && (!starts_with_any(uppers[k + 1], t.body_words) ||
                        equals_any(uppers[k], t.issuer_heads) || ends_open(uppers[k]));
    if (k + 1 < end && !continues_above) {
      names.push_back(current);
      current.clear();
    }
    current = current.empty() ? issuer.lines[k] : issuer.lines[k] + " " + current;
  }
  names.push_back(current);
  issuer.name = text::squeeze(names.front());
  if (names.size() > 1) {
    issuer.parent = text::squeeze(names[1]);
    // "… / VĂN PHÒNG": a unit named only by its kind is the unit of the body above.
    if (equals_any(text::to_upper(issuer.name), t.issuer_heads))
      issuer.name += " " + *issuer.parent;
  }
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

/// A subject line of the header and its text without the lead: "V/v …", "V/v: …",
/// "Về việc …", and, under the number (Hồ Chí Minh City style), "Về …".
std::optional<std::string_view> subject_lead(std::string_view t, bool number_seen) {
  if (auto lead = opening_of(t, header_phrases("subject_leads")))
    return text::after_label(t, *lead);
  if (!number_seen) return std::nullopt;
  const auto lead = opening_of(t, header_phrases("subject_leads_under_number"));
  if (!lead || text::is_upper(t)) return std::nullopt;
  std::string_view rest = text::after_label(t, *lead);
  if (rest.empty()) return std::nullopt;
  return rest;
}

/// The first line among the first `limit` that is a header anchor (motto, number label), or
/// npos when there is none.
std::size_t first_anchor(const Lines& lines, std::size_t limit) {
  for (std::size_t k = 0; k < lines.size() && k < limit; ++k)
    if (lines[k].motto || number::label(lines[k].text)) return k;
  return std::string::npos;
}

/// Types whose title line is a name: "LUẬT" / "ĐẤT ĐAI" is the Luật Đất đai (the types cited by
/// title, data/reference_phrases.json: titled_types).
bool titled_by_name(const std::string& type) {
  const auto& titled = tables::get().phrases("reference_phrases.titled_types");
  return std::find(titled.begin(), titled.end(), type) != titled.end();
}

/// Where a subject that runs over several lines stops: a new part of the header, the body, an
/// article, a rule, or capitals under a subject in lower case (the enacting authority,
/// "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ …", "ỦY BAN THƯỜNG VỤ QUỐC HỘI").
bool ends_subject(const lines::Line& next, const lines::Line& prev, bool subject_upper) {
  if (is_decoration(next.text)) return true;
  // A line that starts in lower case continues the sentence, even across a paragraph break
  // (PDF extraction breaks "Quy định" / "một số" / "cơ chế …" into paragraphs).
  if (text::lower_at(next.text, 0)) return false;
  if (is_body_start(next) || opens_section(next.text)) return true;
  if (opens_with_printed_to_label(next.text) || number::label(next.text) ||
      dates::parse_place_date(next.text))
    return true;
  if (next.block != prev.block) return true;
  if (text::is_upper(next.text) != subject_upper) return true;
  // Capitals under a subject in capitals: the enacting authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN …").
  const std::string upper = text::to_upper(next.text);
  for (const auto& [position, name] : tables::get().position_by_upper)
    if (starts_with_phrase(upper, position)) return true;
  return false;
}

/// Titles that name their issuer first: "của Ban Thường vụ Tỉnh ủy về tăng cường …", and old
/// ones that carry number and date too: "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 217-HĐBT NGÀY 14-11-1987
/// VỀ VIỆC …". The subject is what follows "về (việc)"; number and date fill what the header
/// lacked.
std::string strip_title_preamble(const std::string& subject, Document& doc) {
  const std::string lower = text::lower_aligned(subject);
  // "của …" (data/reference_phrases.json: issuer_leads, the issuer of a citation too)
  const auto& issuer_leads = tables::get().phrases("reference_phrases.issuer_leads");
  if (std::none_of(issuer_leads.begin(), issuer_leads.end(),
                   [&](const std::string& w) { return lower.rfind(w, 0) == 0; }))
    return subject;
  std::size_t about = std::string::npos, lead = 0;
  for (const auto& ve : header_phrases("title_subject_leads")) {
    about = lower.find(ve);
    lead = ve.size();
    if (about != std::string::npos) break;
  }
  if (about == std::string::npos) return subject;
  const std::string_view preamble = std::string_view(subject).substr(0, about);
  // " số 217-HĐBT" (data/number_phrases.json: bare_labels, between spaces)
  for (const auto& label : tables::get().phrases("number_phrases.bare_labels")) {
    const std::string so = " " + label + " ";
    const std::size_t at = lower.find(so);
    if (doc.number || at >= about) continue;
    if (auto parsed = number::parse_leading(preamble.substr(at + so.size()), number::Mode::Relaxed))
      doc.number = parsed->number;
  }
  if (!doc.date) {
    if (auto f = dates::find_spelled(preamble); f && !f->impossible) doc.date = dates::iso(f->date);
    for (std::size_t p = 0; p < preamble.size() && !doc.date; ++p)
      if (auto f = dates::numeric_at(preamble, p); f && !f->impossible)
        doc.date = dates::iso(f->date);
  }
  // What follows "về" starts the trích yếu proper: its first letter is a capital.
  const std::string_view rest = text::trim(std::string_view(subject).substr(about + lead));
  const std::string_view first = utf8::first_chars(rest, 1);
  return text::to_upper(first) + std::string(rest.substr(first.size()));
}

/// Joins the subject's lines from `first` (already read from lines[j]) until the body or another
/// part of the header begins; returns the index after its last line.
std::size_t collect_subject(const Lines& lines, std::size_t j, std::string& subject) {
  constexpr std::size_t kMaxSubjectLines = 8; // a trích yếu is a few lines at most
  const bool subject_upper = text::is_upper(subject);
  std::size_t k = j + 1;
  for (std::size_t taken = 1; k < lines.size() && taken < kMaxSubjectLines; ++k, ++taken) {
    if (ends_subject(lines[k], lines[k - 1], subject_upper)) break;
    subject += ' ';
    subject += lines[k].text;
  }
  subject = text::squeeze(subject);
  return k;
}

/// The subject after a type title: the rest of the title line and the lines under it, or the
/// block after the title.
std::size_t read_subject(const Lines& lines, std::size_t i, const TypeMatch& match, Document& doc) {
  std::string subject = match.rest;
  int subject_line = lines[i].line;
  std::size_t j = i + 1;
  if (!subject.empty()) {
    j = collect_subject(lines, i, subject);
  } else {
    for (; j < lines.size(); ++j) {
      const auto& next = lines[j];
      if (is_decoration(next.text)) continue;
      bool header_like = opens_with_printed_to_label(next.text) ||
                         dates::parse_place_date(next.text) || number::label(next.text);
      // A heading or an all-bold block under the type is the subject whatever its words
      // ("Triển khai thực hiện Chỉ thị …"); plain text is the subject unless it opens the body.
      const bool set_apart =
          next.kind == lines::Kind::Heading || next.strong || text::is_upper(next.text);
      if (header_like || opens_section(next.text) || (!set_apart && is_body_start(next))) break;
      subject = next.text;
      subject_line = next.line;
      j = collect_subject(lines, j, subject);
      break;
    }
  }
  subject = strip_title_preamble(subject, doc);
  if (!subject.empty() && titled_by_name(match.type->name)) {
    if (text::is_upper(subject)) subject = text::sentence_case(subject);
    if (!text::starts_with_word(subject, text::to_lower(match.type->name)))
      subject = match.type->name + " " + subject;
  }
  if (!subject.empty()) {
    doc.subject = subject;
    doc.lines.subject = subject_line;
  }
  return j;
}

} // namespace

std::size_t recognise_header(const Lines& lines, Document& doc) {
  // Lines read before the header's first anchor (motto, number, date) may be portal chrome.
  constexpr std::size_t kPreambleLines = 40;
  std::optional<std::size_t> anchor_at; // looked for only when a line before any anchor needs it
  std::vector<std::pair<std::string, int>> issuer_lines;
  std::size_t first_issuer = 0;
  bool number_seen = false, type_seen = false;
  std::size_t i = 0;
  for (; i < lines.size(); ++i) {
    const auto& l = lines[i];
    const std::string& t = l.text;
    if (is_decoration(t)) continue;
    if (l.motto) {
      if (!doc.lines.motto) doc.lines.motto = l.line;
      doc.facts.motto.push_back(t);
      continue;
    }
    if (!number_seen) {
      if (auto label = number::label(t)) {
        number_seen = true;
        doc.lines.number = l.line;
        if (auto parsed = number::parse_leading(*label, number::Mode::Relaxed))
          doc.number = parsed->number;
        doc.facts.number_text = std::string(text::trim(*label));
        continue;
      }
    }
    // "Căn cứ Luật … ngày 19 tháng 6 năm 2015;" names a date but is the body, not a place-date.
    const bool date_line =
        !is_body_start(l) || opening_of(t, tables::get().phrases("date_phrases.day_word"));
    if (!doc.date && !doc.facts.date_text && date_line) {
      if (auto pd = dates::parse_place_date(t)) {
        doc.lines.date = l.line;
        if (!pd->place.empty()) doc.place = pd->place;
        if (pd->date) doc.date = dates::iso(*pd->date);
        doc.facts.date_text = pd->date_text;
        if (pd->impossible)
          doc.diagnostics.push_back({DiagnosticSeverity::Warning, l.line,
                                     "impossible issue date: " + pd->date_text, "date.invalid"});
        continue;
      }
    }
    if (!doc.subject) {
      if (auto lead = subject_lead(t, number_seen)) {
        doc.lines.subject = l.line;
        std::string subject(*lead);
        i = collect_subject(lines, i, subject) - 1;
        doc.subject = std::move(subject);
        continue;
      }
    }
    if (opening_of(t, header_phrases("to_labels"))) {
      i = consume_kinh_gui(lines, i, doc) - 1;
      continue;
    }
    if (auto match = type_title(t)) {
      type_seen = true;
      doc.type = match->type->name;
      doc.lines.type = l.line;
      i = read_subject(lines, i, *match, doc);
      // A tờ trình or a công văn with a type name puts Kính gửi after the subject.
      while (i < lines.size() && opening_of(lines[i].text, header_phrases("to_labels")))
        i = consume_kinh_gui(lines, i, doc);
      break;
    }
    if (opens_section(t)) break; // "I. MỤC ĐÍCH, YÊU CẦU": the body has begun
    if (text::is_upper(t)) {
      const bool left_column = l.cell == 0 || (l.cell < 0 && !number_seen);
      std::string line = text::squeeze(t);
      // A gazette prints the issuer above the document's own header: the same line twice.
      const bool repeated = !issuer_lines.empty() && issuer_lines.back().first == line;
      if (left_column && !repeated) {
        if (issuer_lines.empty()) first_issuer = i;
        issuer_lines.emplace_back(std::move(line), l.line);
      }
      continue; // urgency marks (KHẨN, MẬT) and other capitals in the header
    }
    const bool anchored = number_seen || doc.date || doc.lines.motto;
    // An anchor a few lines ahead makes even body-like lines a portal's preamble
    // ("Ngày ban hành: …").
    constexpr std::size_t kLookahead = 30;
    auto anchor_ahead = [&] {
      if (!anchor_at) anchor_at = first_anchor(lines, kPreambleLines + kLookahead);
      return *anchor_at != std::string::npos && *anchor_at > i && *anchor_at <= i + kLookahead;
    };
    if (!anchored && i < kPreambleLines && (!is_body_start(l) || anchor_ahead())) {
      // Before any anchor: portal text, a teaser, a copy mark. What was taken for the issuer
      // was not the header's.
      issuer_lines.clear();
      continue;
    }
    if (is_body_start(l) || anchored || !issuer_lines.empty() || i > kMaxLinesWithoutHeader) break;
  }
  build_issuer(issuer_lines, doc);
  doc.facts.layout = layout_of(lines, first_issuer, !issuer_lines.empty(), doc.lines.motto != 0);
  // A subject with no type title, and no type code in the number: the type whose numbers carry
  // none (data/number_phrases.json: untyped_types, the công văn).
  const auto& untyped = tables::get().phrases("number_phrases.untyped_types");
  if (!type_seen && doc.subject && (!doc.number || !doc.number->type_code) && !untyped.empty()) {
    doc.type = untyped.front();
    doc.lines.type = doc.lines.subject;
  }
  if (!doc.type && doc.number && doc.number->type_code) {
    if (const auto* name = tables::get().type_name(*doc.number->type_code)) doc.type = *name;
  }
  return i;
}

} // namespace vanban::stages
