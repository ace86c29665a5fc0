// Closing stage: the Nơi nhận list and the signature block (authority, position, stamp, name).
#include "stages.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

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

/// The phrase of data/closing_phrases.json's list `key` that `line` opens with as a whole word.
std::optional<std::string_view> opens_with(std::string_view line, std::string_view key) {
  for (const auto& w : tables::get().phrases("closing_phrases." + std::string(key)))
    if (text::starts_with_word(line, w)) return w;
  return std::nullopt;
}

/// The longest person's name, in characters: six long syllables ("Nguyễn Thị Phương Thanh
/// Nhường Huyền" is 36); a longer line is a sentence or a position with a name.
constexpr std::size_t kMaxNameChars = 40;
/// Words of a person's name: a family name and a given name at least, six with the middle names
/// of the longest we have met.
constexpr int kMinNameWords = 2, kMaxNameWords = 6;

/// A person's name: 2–6 capitalised words, no digits or punctuation ("Lương Xuân Trường").
bool is_person_name(std::string_view line) {
  line = text::trim(line);
  if (line.empty() || text::length(line) > kMaxNameChars) return false;
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
  return words >= kMinNameWords && words <= kMaxNameWords;
}

struct NameSplit {
  std::string_view before; ///< what precedes the name: a glued position or OCR junk
  std::string_view name;
};

/// A position and a name on one line are short: a position of data/organs.json (at most 34
/// bytes, "Phó Chủ tịch Thường trực"), a name of kMaxNameChars and room for OCR junk between
/// them; a longer line is body text.
constexpr std::size_t kMaxPositionAndNameBytes = 120;
/// Junk before a name (OCR's "[d", "-", ".") is a few characters at most.
constexpr std::size_t kMaxJunkChars = 3;

/// A name at the end of a line behind OCR junk ("[dHồ Đức Phớc") or glued to the position
/// ("CHÁNH VĂN PHÒNGNguyễn Văn An"): it starts at an upper-case letter followed by a lower-case
/// one, and what precedes it is capitals or has no word of its own.
std::optional<NameSplit> trailing_name(std::string_view line) {
  line = text::trim(line);
  if (is_person_name(line)) return NameSplit{{}, line};
  if (line.size() > kMaxPositionAndNameBytes) return std::nullopt;
  for (std::size_t p = 1; p + 1 < line.size(); ++p) {
    if (!utf8::starts_char(line[p]) || !text::upper_at(line, p)) continue;
    std::string_view name = line.substr(p);
    if (!is_person_name(name)) continue;
    std::string_view before = text::trim(line.substr(0, p));
    const bool junk = text::length(before) <= kMaxJunkChars && !text::is_upper(before);
    if (junk || text::is_upper(before)) return NameSplit{before, name};
  }
  return std::nullopt;
}

/// Noise between position and name: "(Đã ký)", "(ký, đóng dấu)", "Đã ký".
bool is_signature_noise(std::string_view line) {
  line = text::trim(line);
  return line.empty() || line[0] == '(' || line[0] == '[' || opens_with(line, "signed_marks") ||
         !text::has_letter(line);
}

std::string canonical(std::string_view upper_text,
                      const std::unordered_map<std::string, std::string>& table) {
  std::string key = text::to_upper(text::squeeze(upper_text));
  auto it = table.find(key);
  return it != table.end() ? it->second : text::sentence_case(text::squeeze(upper_text));
}

std::string position_name(std::string_view s) {
  if (const std::string* known = tables::get().position_named(s)) return *known;
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
  // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line (a text that lost its breaks): the position is the
  // longest known position that ends the line.
  const auto& positions = tables::get().position_by_upper;
  const std::string rest = text::to_upper(text::squeeze(a.rest));
  const auto& organs = tables::get().organ_by_upper;
  auto known = [&](const std::string& u) { return positions.count(u) || organs.count(u); };
  for (std::size_t sp = rest.find(' '); sp != std::string::npos && !known(rest);
       sp = rest.find(' ', sp + 1)) {
    if (!positions.count(rest.substr(sp + 1)) || !known(rest.substr(0, sp))) continue;
    s.on_behalf_of = on_behalf_name(rest.substr(0, sp));
    s.position = position_name(rest.substr(sp + 1));
    doc.lines.position = lines[auth].line;
    break;
  }
  doc.lines.authority = lines[auth].line;
  std::size_t i = auth + 1;
  for (; i < stop; ++i) {
    const auto& t = lines[i].text;
    auto split = trailing_name(t);
    if (!split && is_signature_noise(t)) continue;
    if (split) {
      if (!s.position && text::is_upper(split->before) && text::has_letter(split->before)) {
        s.position = position_name(split->before);
        doc.lines.position = lines[i].line;
      }
      s.name = text::squeeze(split->name);
      s.line = lines[i].line;
      break;
    }
    if (!s.position && text::is_upper(t)) {
      s.position = position_name(t);
      doc.lines.position = lines[i].line;
      continue;
    }
    if (text::is_upper(t)) s.stamp.push_back(text::squeeze(t));
  }
  if (s.name.empty() && !s.stamp.empty()) {
    // An all-capitals name ("NGUYỄN VĂN AN") is the last capitals line.
    s.name = s.stamp.back();
    s.stamp.pop_back();
  }
  if (s.name.empty()) {
    doc.diagnostics.push_back({DiagnosticSeverity::Warning, lines[auth].line,
                               "signature block without the signer's name", "signer.name"});
    s.line = lines[auth].line;
  } else {
    doc.lines.signer = s.line;
  }
  doc.signer = std::move(s);
}

/// A bare position line is at most this long: "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN" is 37 bytes; a
/// longer line in capitals is a heading or an organ's name.
constexpr std::size_t kMaxBarePositionBytes = 80;

/// A bare position ("BỘ TRƯỞNG", "CHỦ TỊCH QUỐC HỘI") as its own line.
bool bare_position(std::string_view line) {
  return line.size() < kMaxBarePositionBytes && text::letters_and_spaces(text::trim(line)) &&
         text::is_upper(line) && tables::get().position_named(line);
}

/// Without an authority line: a position line (or none: pos == name) and the name under it.
void read_bare_signature(const Lines& lines, std::size_t pos, std::size_t name, Document& doc) {
  const auto split = trailing_name(lines[name].text);
  Signer s;
  s.name = text::squeeze(split->name);
  s.line = lines[name].line;
  doc.lines.signer = s.line;
  if (pos < name && bare_position(lines[pos].text)) {
    s.position = position_name(lines[pos].text);
    doc.lines.position = lines[pos].line;
  } else if (text::is_upper(split->before) && text::has_letter(split->before)) {
    s.position = position_name(split->before);
    doc.lines.position = lines[name].line;
  }
  doc.signer = std::move(s);
}

bool is_bullet_line(const lines::Line& l) {
  return (l.kind == lines::Kind::ListItem) ||
         (!l.text.empty() && (l.text[0] == '-' || l.text[0] == '+'));
}

/// Reads the Nơi nhận items: the rest of its line and block, then the list after it.
void read_noi_nhan(const Lines& lines, std::size_t at, std::size_t stop, Document& doc) {
  const auto& head = lines[at];
  doc.lines.noi_nhan = head.line;
  add_recipients(text::after_label(head.text, opens_with(head.text, "cc_labels").value_or("")),
                 head.line, RecipientRole::Cc, doc);
  for (std::size_t j = at + 1; j < stop; ++j) {
    const auto& l = lines[j];
    if (authority_line(l.text)) break;
    if (l.block != head.block && !is_bullet_line(l)) break;
    add_recipients(l.text, l.line, RecipientRole::Cc, doc);
  }
}

/// Lines to look ahead of a signature's first line for its name (position, noise, stamp).
constexpr std::size_t kSignatureSpan = 8;
/// Without a Nơi nhận, a bare signature's name is looked for in the document's last lines only:
/// the name, a position, a stamp line and a blank; earlier lines are the body.
constexpr std::size_t kLastLinesForName = 4;
/// A Nơi nhận belongs to the signature it stands beside: within this many lines of it.
constexpr std::size_t kNoiNhanSpan = 40;

/// Authority marks (TM., T/M, KT., TL., TUQ., Q.) and positions start with an upper-case
/// letter: a line that starts otherwise is passed over at its first byte.
bool may_sign(std::string_view line) {
  if (line.empty()) return false;
  const char c = line[0];
  if (c == 'T' || c == 'K' || c == 'Q') return true; // TM., T/M, KT., TL., TUQ., Q.
  // A bare position is in capitals: its second letter is one too ("BỘ TRƯỞNG", not "Bộ").
  return text::starts_in_capitals(line);
}

/// The name under a signature line starting at `from`, if one comes before `stop`.
std::optional<std::size_t> name_below(const Lines& lines, std::size_t from, std::size_t stop) {
  for (std::size_t i = from + 1; i < stop && i <= from + kSignatureSpan; ++i) {
    if (trailing_name(lines[i].text)) return i;
    if (authority_line(lines[i].text) || opens_with(lines[i].text, "cc_labels"))
      return std::nullopt;
  }
  return std::nullopt;
}

} // namespace

std::size_t recognise_closing(const Lines& lines, std::size_t body_begin, Document& doc) {
  // The document's own signature is the first block with a name: annexes after it carry form
  // templates ("Mẫu số 01" with an empty TM. block) that are not the document's.
  std::optional<std::size_t> auth, bare, last_auth;
  std::optional<AuthorityLine> auth_line;
  for (std::size_t i = body_begin; i < lines.size() && !auth && !bare; ++i) {
    if (!may_sign(lines[i].text)) continue;
    if (auto a = authority_line(lines[i].text)) {
      last_auth = i;
      if (name_below(lines, i, lines.size())) {
        auth = i;
        auth_line = std::move(a);
      }
    } else if (bare_position(lines[i].text) && name_below(lines, i, lines.size())) {
      bare = i;
    }
  }
  if (!auth && !bare && last_auth) {
    // No block has a name (a draft, "(đã ký)"): the last authority line, as signed copies put it.
    for (std::size_t i = lines.size(); i-- > body_begin;)
      if (auto a = authority_line(lines[i].text)) {
        auth = i;
        auth_line = std::move(a);
        break;
      }
  }
  const std::optional<std::size_t> sig = auth ? auth : bare;
  std::optional<std::size_t> noi_nhan;
  for (std::size_t i = body_begin; i < lines.size(); ++i) {
    if (!opens_with(lines[i].text, "cc_labels")) continue;
    if (sig && (i + kNoiNhanSpan < *sig || i > *sig + kNoiNhanSpan)) continue;
    noi_nhan = i; // the last one near the signature
    if (sig && i > *sig) break;
  }
  std::size_t body_end = lines.size();
  if (noi_nhan) body_end = *noi_nhan;
  if (sig) body_end = std::min(body_end, *sig);

  if (auth) {
    // The signature ends where the Nơi nhận starts when it comes after it (two-column layout
    // linearised right column first), else at the end of the document.
    std::size_t stop = noi_nhan && *noi_nhan > *auth ? *noi_nhan : lines.size();
    read_signature(lines, *auth, stop, *auth_line, doc);
  }
  if (noi_nhan) {
    std::size_t stop = sig && *sig > *noi_nhan ? *sig : lines.size();
    read_noi_nhan(lines, *noi_nhan, stop, doc);
  }
  if (bare && !auth) {
    read_bare_signature(lines, *bare, *name_below(lines, *bare, lines.size()), doc);
  } else if (!auth) {
    std::size_t from =
        noi_nhan
            ? *noi_nhan + 1
            : (lines.size() > kLastLinesForName ? lines.size() - kLastLinesForName : body_begin);
    from = std::max(from, body_begin);
    for (std::size_t i = lines.size(); i-- > from;) {
      if (!trailing_name(lines[i].text)) continue;
      std::size_t pos = i > from && bare_position(lines[i - 1].text) ? i - 1 : i;
      read_bare_signature(lines, pos, i, doc);
      break;
    }
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
