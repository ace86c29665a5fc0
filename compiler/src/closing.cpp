// Closing stage: the Nơi nhận list and the signature block (authority, position, stamp, name).
#include "stages.hpp"
#include "tables.hpp"
#include "text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>

namespace vanban::stages {
namespace {

struct AuthorityLine {
  std::string code;
  std::string rest; ///< "BAN THƯỜNG VỤ" after "TM."
};

/// "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "Q. CHỦ TỊCH".
std::optional<AuthorityLine> authority_line(std::string_view line) {
  line = text::trim(line);
  for (const auto& authority : tables::get().authorities) {
    for (const auto& form : authority.forms) {
      if (line.compare(0, form.size(), form) != 0) continue;
      std::string_view rest = text::trim(line.substr(form.size()));
      if (rest.empty() || !text::is_upper(rest)) continue;
      return AuthorityLine{authority.code, std::string(rest)};
    }
  }
  return std::nullopt;
}

/// A person's name: 2–6 capitalised words, no digits or punctuation ("Lương Xuân Trường").
bool is_person_name(std::string_view line) {
  line = text::trim(line);
  if (line.empty() || text::length(line) > 40) return false;
  const auto& t = tables::get();
  std::string upper = text::to_upper(line);
  if (t.position_by_upper.count(upper) || t.organ_by_upper.count(upper)) return false;
  int words = 0;
  bool word_start = true;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(line.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(line.data(), i, n, c);
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (c < 0 || !u_isalpha(c)) return false;
    if (word_start) {
      if (!u_isupper(c)) return false;
      ++words;
      word_start = false;
    } else if (!u_islower(c)) {
      return false;
    }
  }
  return words >= 2 && words <= 6;
}

/// Noise between position and name: "(Đã ký)", "(ký, đóng dấu)", "Đã ký".
bool is_signature_noise(std::string_view line) {
  line = text::trim(line);
  return line.empty() || line[0] == '(' || line[0] == '[' ||
         text::starts_with_word(line, "đã ký") || !text::has_letter(line);
}

std::string canonical(std::string_view upper_text,
                      const std::unordered_map<std::string, std::string>& table) {
  std::string key = text::to_upper(text::squeeze(upper_text));
  auto it = table.find(key);
  return it != table.end() ? it->second : text::sentence_case(text::squeeze(upper_text));
}

std::string position_name(std::string_view s) {
  return canonical(s, tables::get().position_by_upper);
}

std::string on_behalf_name(std::string_view s) {
  const auto& t = tables::get();
  std::string key = text::to_upper(text::squeeze(s));
  if (t.organ_by_upper.count(key)) return t.organ_by_upper.at(key);
  return position_name(s);
}

/// Reads the block after an authority line: position, then stamp lines, then the name.
void read_signature(const Lines& lines, std::size_t auth, std::size_t stop, const AuthorityLine& a,
                    Document& doc) {
  Signer s;
  s.authority = a.code;
  s.on_behalf_of = on_behalf_name(a.rest);
  doc.lines.authority = lines[auth].line;
  std::size_t i = auth + 1;
  for (; i < stop; ++i) {
    const auto& t = lines[i].text;
    if (is_signature_noise(t)) continue;
    if (!s.position && text::is_upper(t) && !is_person_name(t)) {
      s.position = position_name(t);
      doc.lines.position = lines[i].line;
      continue;
    }
    if (is_person_name(t)) {
      s.name = text::squeeze(t);
      s.line = lines[i].line;
      break;
    }
    if (text::is_upper(t)) s.stamp.push_back(text::squeeze(t));
  }
  if (s.name.empty() && !s.stamp.empty()) {
    // An all-capitals name ("NGUYỄN VĂN AN") is the last capitals line.
    s.name = s.stamp.back();
    s.stamp.pop_back();
  }
  if (s.name.empty()) {
    doc.diagnostics.push_back(
        {"warning", lines[auth].line, "signature block without the signer's name", "signer.name"});
    s.line = lines[auth].line;
  } else {
    doc.lines.signer = s.line;
  }
  doc.signer = std::move(s);
}

/// Without an authority line: the last name near the end, with the capitals line above it.
void read_bare_signature(const Lines& lines, std::size_t from, Document& doc) {
  for (std::size_t i = lines.size(); i-- > from;) {
    if (!is_person_name(lines[i].text)) continue;
    Signer s;
    s.name = text::squeeze(lines[i].text);
    s.line = lines[i].line;
    doc.lines.signer = s.line;
    if (i > from && text::is_upper(lines[i - 1].text) &&
        tables::get().position_by_upper.count(text::to_upper(text::squeeze(lines[i - 1].text)))) {
      s.position = position_name(lines[i - 1].text);
      doc.lines.position = lines[i - 1].line;
    }
    doc.signer = std::move(s);
    return;
  }
}

bool is_bullet_line(const lines::Line& l) {
  return (l.kind == lines::Kind::ListItem) ||
         (!l.text.empty() && (l.text[0] == '-' || l.text[0] == '+'));
}

/// Reads the Nơi nhận items: the rest of its line and block, then the list after it.
void read_noi_nhan(const Lines& lines, std::size_t at, std::size_t stop, Document& doc) {
  const auto& head = lines[at];
  doc.lines.noi_nhan = head.line;
  add_recipients(text::after_label(head.text, "nơi nhận"), head.line, "cc", doc);
  for (std::size_t j = at + 1; j < stop; ++j) {
    const auto& l = lines[j];
    if (authority_line(l.text)) break;
    if (l.block != head.block && !is_bullet_line(l)) break;
    add_recipients(l.text, l.line, "cc", doc);
  }
}

} // namespace

std::size_t recognise_closing(const Lines& lines, std::size_t body_begin, Document& doc) {
  std::optional<std::size_t> noi_nhan, auth;
  std::optional<AuthorityLine> auth_line;
  for (std::size_t i = lines.size(); i-- > body_begin;) {
    if (!noi_nhan && text::starts_with_word(lines[i].text, "nơi nhận")) noi_nhan = i;
    if (!auth) {
      if (auto a = authority_line(lines[i].text)) {
        auth = i;
        auth_line = std::move(a);
      }
    }
    if (noi_nhan && auth) break;
  }
  std::size_t body_end = lines.size();
  if (noi_nhan) body_end = *noi_nhan;
  if (auth) body_end = std::min(body_end, *auth);

  if (auth) {
    // The signature ends where the Nơi nhận starts when it comes after it (two-column layout
    // linearised right column first), else at the end of the document.
    std::size_t stop = noi_nhan && *noi_nhan > *auth ? *noi_nhan : lines.size();
    read_signature(lines, *auth, stop, *auth_line, doc);
  }
  if (noi_nhan) {
    std::size_t stop = auth && *auth > *noi_nhan ? *auth : lines.size();
    read_noi_nhan(lines, *noi_nhan, stop, doc);
  }
  if (!auth) {
    std::size_t from =
        noi_nhan ? *noi_nhan + 1 : (lines.size() > 4 ? lines.size() - 4 : body_begin);
    read_bare_signature(lines, std::max(from, body_begin), doc);
    if (doc.signer && !noi_nhan) {
      std::size_t idx = lines.size();
      while (idx > body_begin && lines[idx - 1].line >= doc.signer->line) --idx;
      if (doc.lines.position) --idx;
      body_end = std::min(body_end, idx);
    }
  }
  return std::max(body_end, body_begin);
}

} // namespace vanban::stages
