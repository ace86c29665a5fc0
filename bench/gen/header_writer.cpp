// The header in each layout archives use: a two-column table, bold lines, Markdown headings,
// plain lines, or none at all (the number line first, as in the scanned seeds).
#include "unicode.hpp"
#include "writer_context.hpp"

namespace vanban::gen {
namespace {

struct HeaderParts {
  std::vector<std::string> issuer; ///< upper case, top to bottom
  std::size_t body_line = 0;       ///< the line that is the body itself (bold in tables)
  std::string number;              ///< "Số: 37/KH-LĐLĐ"
  std::vector<std::string> motto;
  std::string date;            ///< "Nghệ An, ngày 23 tháng 02 năm 2024"
  std::vector<std::string> vv; ///< công văn subject lines, the first with "V/v"
};

/// OCR and typists put spaces around the dash of a number ("409/KH -LĐLĐ").
std::string spaced_number(Context& c, const std::string& number) {
  const auto dash = number.find('-');
  if (dash == std::string::npos || c.office.party || c.doc.type.empty()) return number;
  return number.substr(0, dash) + (c.r.percent(50) ? " -" : " - ") + number.substr(dash + 1);
}

/// A long V/v subject is broken over two lines at a word boundary, never before "số" (a line
/// that starts with it reads as the number line).
std::vector<std::string> vv_lines(Context& c, const std::string& subject) {
  std::string first = "V/v " + subject;
  if (first.size() < 60 || c.r.percent(40)) return {first};
  std::size_t cut = first.rfind(' ', first.size() / 2 + 8);
  while (cut != std::string::npos && cut > 10 && first.compare(cut + 1, 4, "số ") == 0)
    cut = first.rfind(' ', cut - 1);
  if (cut == std::string::npos || cut < 10) return {first};
  return {first.substr(0, cut), first.substr(cut + 1)};
}

/// The V/v lines as one paragraph, broken by a hard line break.
std::string vv_paragraph(const std::vector<std::string>& vv) {
  std::string s;
  for (const auto& line : vv) s += (s.empty() ? "" : "  \n") + line;
  return s;
}

HeaderParts parts_of(Context& c, const std::string& subject) {
  HeaderParts h;
  const Office& o = c.office;
  if (!o.parent.empty()) h.issuer.push_back(unicode::to_upper(o.parent));
  h.body_line = h.issuer.size();
  h.issuer.push_back(unicode::to_upper(o.name));
  if (!o.organ.empty()) {
    h.body_line = h.issuer.size();
    h.issuer.push_back(unicode::to_upper(o.organ));
  }
  const std::string number = c.doc.variants.ocr ? spaced_number(c, c.doc.number) : c.doc.number;
  h.number = (o.party && c.r.percent(50) ? "Số " : "Số: ") + number;
  if (o.party)
    h.motto = {"ĐẢNG CỘNG SẢN VIỆT NAM"};
  else
    h.motto = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
  h.date = o.place + ", " + c.doc.date.spelled();
  if (c.doc.type.empty()) h.vv = vv_lines(c, subject);
  return h;
}

std::string joined(const std::vector<std::string>& lines, const std::string& sep) {
  std::string s;
  for (const auto& l : lines) s += (s.empty() ? "" : sep) + l;
  return s;
}

void table(Context& c, const HeaderParts& h) {
  std::vector<std::string> left;
  for (std::size_t i = 0; i < h.issuer.size(); ++i)
    left.push_back(i == h.body_line && i > 0 ? "**" + h.issuer[i] + "**" : h.issuer[i]);
  std::vector<std::string> right;
  for (const auto& m : h.motto) right.push_back("**" + m + "**");
  const bool second_row = !h.vv.empty() && c.r.percent(70);
  if (!second_row) {
    left.push_back(h.number);
    for (const auto& v : h.vv) left.push_back(v);
    right.push_back("*" + h.date + "*");
  }
  c.out += "| " + joined(left, "<br>") + " | " + joined(right, "<br>") + " |\n|---|---|\n";
  if (second_row) {
    std::vector<std::string> cell = {h.number};
    for (const auto& v : h.vv) cell.push_back(v);
    c.out += "| " + joined(cell, "<br>") + " | *" + h.date + "* |\n";
  }
  c.out += "\n";
}

/// Bold, heading and plain layouts differ only in how a header line is marked up.
void lines(Context& c, const HeaderParts& h, Layout layout) {
  auto mark = [&](const std::string& line, int level) {
    if (layout == Layout::Bold) return "**" + line + "**";
    if (layout == Layout::Heading)
      return std::string(static_cast<std::size_t>(level), '#') + " " + line;
    return line;
  };
  for (std::size_t i = 0; i < h.issuer.size(); ++i) c.para(mark(h.issuer[i], i == 0 ? 1 : 2));
  c.para(h.number);
  if (!h.vv.empty()) c.para(vv_paragraph(h.vv));
  for (std::size_t i = 0; i < h.motto.size(); ++i) c.para(mark(h.motto[i], i == 0 ? 1 : 2));
  c.para(layout == Layout::Plain ? h.date : "*" + h.date + "*");
}

void absent(Context& c, const HeaderParts& h) {
  c.out += "\n\n";
  c.para(h.number);
  if (!h.vv.empty()) c.para(vv_paragraph(h.vv));
  c.para(h.date);
}

} // namespace

void write_header(Context& c, const std::string& subject) {
  const HeaderParts h = parts_of(c, subject);
  switch (c.doc.layout) {
  case Layout::Table:
    table(c, h);
    break;
  case Layout::Bold:
  case Layout::Heading:
  case Layout::Plain:
    lines(c, h, c.doc.layout);
    break;
  case Layout::Absent:
    absent(c, h);
    break;
  }
  if (c.doc.type.empty()) return; // a công văn has its subject in the V/v line
  const std::string title = unicode::to_upper(type_name(c.doc.type));
  if (c.doc.layout == Layout::Heading || (c.doc.layout == Layout::Absent && c.r.percent(50))) {
    c.para("## " + title);
    c.para("### " + subject);
  } else {
    c.para("**" + title + "**");
    c.para("**" + subject + "**");
  }
}

} // namespace vanban::gen
