// Page furniture is dropped wherever it stands; the anchors (motto, slogan, the number label,
// the place-date phrase, '|' between columns) split a flattened header row into cells: left of
// an anchor is the issuer's column, the anchor and what follows it the right column.
#include "layout.hpp"

#include "anchors.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/number.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

namespace vanban::layout {
namespace {

using lines::Line;

/// The header is read from the first lines: rows are split only there (a sentence in the body
/// may name the motto: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam").
constexpr std::size_t kHeaderZone = 80;
/// A header row is short; a longer line is a paragraph, never split at a motto.
constexpr std::size_t kLongestRow = 400;
/// An e-signature stamp runs over a few lines (signer, e-mail, agency, time).
constexpr std::size_t kStampLines = 8;

bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// `[[SOURCE … PAGE 3]]`, `^ 2 ^`, `- 2 -`, `Trang 2`, `Trang 2/5`.
bool page_marker(std::string_view t) {
  if (t.size() >= 4 && t.substr(0, 2) == "[[" && t.substr(t.size() - 2) == "]]") return true;
  for (std::string_view wrap : {"^", "-"}) {
    if (t.size() >= 3 && t.substr(0, 1) == wrap && t.substr(t.size() - 1) == wrap &&
        all_digits(text::trim(t.substr(1, t.size() - 2))))
      return true;
  }
  if (!t.empty() && (t[0] == 'T' || t[0] == 't') && text::starts_with_word(t, "trang")) {
    std::string_view rest = text::trim(t.substr(std::string_view("Trang").size()));
    std::size_t slash = rest.find('/');
    return all_digits(rest.substr(0, slash)) &&
           (slash == std::string_view::npos || all_digits(rest.substr(slash + 1)));
  }
  return false;
}

/// `CÔNG BÁO/Số 757 + 758/Ngày 18-6-2025`, `CÔNG BÁO TP.HCM/Số 199+200/…`, with a page number
/// before or after, or glued to the end of a stamp line.
bool running_head(std::string_view t) {
  // Every running head has "/Số" after "CÔNG BÁO": most lines are passed over at one search.
  if (t.find("/S") == std::string_view::npos && t.find("/ S") == std::string_view::npos)
    return false;
  const std::string lower = text::lower_aligned(t);
  for (const auto& head : tables::get().running_heads) {
    for (std::size_t p = lower.find(head); p != std::string::npos; p = lower.find(head, p + 1)) {
      // "/số" (data/number_phrases.json: bare_labels) a few bytes after the head.
      for (const auto& label : tables::get().phrases("number_phrases.bare_labels")) {
        std::size_t slash = lower.find("/" + label, p + head.size());
        if (slash != std::string::npos && slash - p <= head.size() + 12) return true;
      }
    }
  }
  return false;
}

bool chrome_prefix(std::string_view t) {
  for (const auto& prefix : tables::get().chrome_prefixes)
    if (text::starts_with_word(t, prefix)) return true;
  return false;
}

bool colophon(std::string_view t) {
  constexpr std::size_t kLongest = 64; // longer than any colophon opener
  if (t.size() > kLongest || !text::is_upper(t)) return false;
  const std::string upper = text::to_upper(text::squeeze(t));
  for (const auto& opener : tables::get().colophon_openers)
    if (upper == opener) return true;
  return false;
}

bool opens_stamp(std::string_view t) {
  for (const auto& opener : tables::get().stamp_openers)
    if (text::starts_with_word(t, opener)) return true;
  return false;
}

bool gazette_section(std::string_view t) {
  if (!text::starts_in_capitals(t)) return false; // every section head is in capitals
  const std::string upper = text::to_upper(text::squeeze(t));
  for (const auto& section : tables::get().gazette_sections)
    if (upper == section || upper.rfind(section + " -", 0) == 0) return true;
  return false;
}

/// The phrase list `key` of data/layout_phrases.json.
const std::vector<std::string>& layout_phrases(std::string_view key) {
  return tables::get().phrases("layout_phrases." + std::string(key));
}

/// OCR splits the date words of a spelled date ("n ăm 2015"); they are joined again
/// (data/layout_phrases.json: split_date_words, joined by removing their spaces).
void repair_date_words(std::string& t) {
  for (const auto& bad : layout_phrases("split_date_words")) {
    std::string good;
    for (char c : bad)
      if (c != ' ') good += c;
    for (std::size_t p = t.find(bad); p != std::string::npos; p = t.find(bad, p))
      t.replace(p, bad.size(), good);
  }
}

Line piece(const Line& from, std::string_view text, int cell) {
  // Every attribute but the text, which is not copied: a run-on line of megabytes is cut into
  // thousands of pieces.
  Line l;
  l.line = from.line;
  l.kind = from.kind;
  l.heading = from.heading;
  l.depth = from.depth;
  l.ordered = from.ordered;
  l.item_start = from.item_start;
  l.strong = from.strong;
  l.emph = from.emph;
  l.table = from.table;
  l.row = from.row;
  l.block = from.block;
  l.text = text::squeeze(text);
  l.cell = cell;
  return l;
}

/// A cell cut from a header row, marked when it is the motto ("CỘNG HÒA …" between two '|').
void push_cell(Line cell, std::vector<Line>& out) {
  cell.motto = anchors::is_motto(cell.text);
  out.push_back(std::move(cell));
}

/// "Số: 1021/UBND-KT Đồng Xoài, ngày 14 tháng 3 năm 2023" → number | place-date.
std::optional<std::size_t> number_then_date(std::string_view t) {
  auto label = number::label(t);
  if (!label) return std::nullopt;
  auto parsed = number::parse_leading(*label, number::Mode::Relaxed);
  if (!parsed) return std::nullopt;
  const std::size_t end = static_cast<std::size_t>(label->data() - t.data()) + parsed->end;
  std::string_view rest = text::trim(t.substr(end));
  if (rest.empty() || text::length(rest) > 80) return std::nullopt;
  auto pd = dates::parse_place_date(rest);
  if (!pd || pd->place.empty()) return std::nullopt;
  return end;
}

/// The date's day word ("ngày"; data/date_phrases.json: day_word).
const std::vector<std::string>& day_words() {
  return tables::get().phrases("date_phrases.day_word");
}

/// "BAN THƯỜNG VỤ Lai Châu, ngày 5 tháng 3 năm 2024" → the capitals | the place-date.
std::optional<std::size_t> capitals_then_date(std::string_view t) {
  // No day word: no date. Looked for without its first letter ("gày" of "ngày" and "Ngày")
  // before the line is lower-cased.
  const auto& days = day_words();
  if (std::none_of(days.begin(), days.end(), [&](std::string_view day) {
        return t.find(day.substr(utf8::first_chars(day, 1).size())) != std::string_view::npos;
      }))
    return std::nullopt;
  const std::string lower = text::lower_aligned(t);
  std::size_t ngay = std::string::npos;
  for (const auto& day : days) ngay = std::min(ngay, lower.find(day));
  if (ngay == std::string::npos) return std::nullopt;
  std::size_t cut = std::string_view::npos, words_upper = 0, words_place = 0;
  std::size_t i = 0;
  while (i < ngay) {
    while (i < ngay && t[i] == ' ') ++i;
    std::size_t e = i;
    while (e < ngay && t[e] != ' ') ++e;
    if (e == i) break;
    std::string_view word = text::trim_end_chars(t.substr(i, e - i), ",");
    const bool upper = text::is_upper(word);
    if (upper && words_place == 0) {
      ++words_upper;
    } else if (!upper) {
      if (words_place == 0) cut = i;
      ++words_place;
    } else {
      return std::nullopt; // capitals after the place: not two columns
    }
    i = e;
  }
  if (words_upper < 2 || words_place == 0 || cut == std::string_view::npos) return std::nullopt;
  if (!dates::parse_place_date(t.substr(cut))) return std::nullopt;
  return cut;
}

/// Splits one flattened header row into its cells; returns false when it is one cell.
/// `motto` is the line's motto when the caller looked for it already (nullopt: look here).
bool split_row(const Line& l, bool header_zone, std::vector<Line>& out,
               std::optional<std::optional<anchors::Span>> motto = std::nullopt) {
  std::string_view t = l.text;
  if (header_zone && t.find(" | ") != std::string_view::npos) {
    int cell = 0;
    for (auto part : text::split(t, '|')) {
      if (text::trim(part).empty()) continue;
      Line p = piece(l, part, cell++);
      if (!split_row(p, header_zone, out)) push_cell(std::move(p), out);
    }
    return true;
  }
  if (auto cut = header_zone || std::string_view("Ss").find(t.empty() ? ' ' : t[0]) !=
                                    std::string_view::npos
                     ? number_then_date(t)
                     : std::nullopt) {
    out.push_back(piece(l, t.substr(0, *cut), 0));
    out.push_back(piece(l, t.substr(*cut), 1));
    return true;
  }
  if (!header_zone || t.size() > kLongestRow) return false;
  if (!motto) motto = anchors::find_motto(t);
  if (auto span = *motto) {
    std::string_view left = text::trim(t.substr(0, span->begin));
    std::string_view right = text::trim(t.substr(span->end));
    if (left.empty() && !text::has_letter(right)) return false; // the motto alone
    if (!left.empty() && (!text::is_upper(left) || !text::has_letter(left))) return false;
    if (!left.empty()) out.push_back(piece(l, left, 0));
    out.push_back(piece(l, t.substr(span->begin, span->end - span->begin), 1));
    out.back().motto = true;
    if (text::has_letter(right)) {
      Line r = piece(l, right, 1);
      if (!split_row(r, header_zone, out)) push_cell(std::move(r), out);
    }
    return true;
  }
  if (auto cut = capitals_then_date(t)) {
    out.push_back(piece(l, t.substr(0, *cut), 0));
    out.push_back(piece(l, t.substr(*cut), 1));
    return true;
  }
  return false;
}

/// Letters and spaces only, as a position is ("CHỦ TỊCH QUỐC"): no digit or punctuation.
bool letters_only(std::string_view t) {
  constexpr std::size_t kMaxPosition = 160; // bytes: a position is a few words
  return !t.empty() && t.size() <= kMaxPosition && text::letters_and_spaces(t);
}

/// How many of the lines after `i` continue a motto or a number that the extraction broke over
/// short lines ("Độc lập" / "-" / "Tự do" …, "Nghị quyết số:" / "254" / "/2025/QH15"); 0 when
/// the line stands alone.
std::size_t broken_anchor(const std::vector<Line>& in, std::size_t i, bool header_zone) {
  constexpr std::size_t kMaxPieces = 6, kMaxPieceLength = 40;
  const std::string_view first = in[i].text;
  if (first.size() > 4 * kMaxPieceLength || in[i].table >= 0) return 0;
  if (!header_zone) {
    // Below the header only a signature's position is joined: two short lines of capital
    // letters ("CHỦ TỊCH QUỐC" / "HỘI"). The header has no signature.
    if (i + 1 >= in.size() || !text::starts_in_capitals(first) || !letters_only(first) ||
        !letters_only(in[i + 1].text) || text::length(first) > kMaxPieceLength ||
        !text::is_upper(first) || !text::is_upper(in[i + 1].text))
      return 0;
    const auto& t = tables::get();
    return !t.position_named(first) && t.position_named(std::string(first) + " " + in[i + 1].text)
               ? 1
               : 0;
  }
  if (text::length(first) > kMaxPieceLength) return 0;
  if (auto label = number::label(first)) {
    // A label whose number stops short: digits only, or nothing.
    std::string_view rest = text::trim(*label);
    if (rest.find('/') != std::string_view::npos || rest.find('-') != std::string_view::npos)
      return 0;
    std::string joined(first);
    for (std::size_t k = 1; k <= 3 && i + k < in.size(); ++k) {
      std::string_view next = text::trim(in[i + k].text);
      if (next.empty() || next.size() > 24 || next.find(' ') != std::string_view::npos) return 0;
      joined += next;
      auto parsed = number::parse_leading(*number::label(joined), number::Mode::Relaxed);
      if (parsed && (parsed->number.type_code || parsed->number.issuer_code)) return k;
    }
    return 0;
  }
  const std::string lower_first = text::lower_aligned(first);
  const auto& days = day_words();
  const bool ends_on_day = std::any_of(days.begin(), days.end(), [&](std::string_view day) {
    return lower_first.size() >= day.size() &&
           lower_first.compare(lower_first.size() - day.size(), day.size(), day) == 0;
  });
  if (ends_on_day && i + 1 < in.size()) {
    // "Tiền Giang, ngày" / "24 tháng 7 năm 2023"
    std::string joined = std::string(first) + " " + in[i + 1].text;
    auto pd = dates::parse_place_date(joined);
    return pd && pd->date ? 1 : 0;
  }
  if (!anchors::starts_motto(first)) return 0;
  std::string joined(first);
  for (std::size_t k = 1; k < kMaxPieces && i + k < in.size(); ++k) {
    std::string_view next = in[i + k].text;
    if (text::length(next) > kMaxPieceLength || in[i + k].table >= 0) return 0;
    joined += ' ';
    joined += next;
    if (anchors::is_motto(joined)) return k;
  }
  return 0;
}

/// Where a text that lost its line breaks is cut back into lines: before each anchor (motto,
/// number label, V/v, Kính gửi, Căn cứ, Nơi nhận, an authority mark, a list item after ':' or
/// ';'), after the number and after the place-date's year, and between a position in capitals
/// and the name after it.
std::vector<std::size_t> run_on_cuts(std::string_view t) {
  std::vector<std::size_t> cuts;
  const std::string lower = text::lower_aligned(t);
  auto word_start = [&](std::size_t p) { return p == 0 || t[p - 1] == ' '; };
  if (auto motto = anchors::find_motto(t)) {
    cuts.push_back(motto->begin);
    cuts.push_back(motto->end);
    if (auto second = anchors::find_motto(t.substr(motto->end))) {
      cuts.push_back(motto->end + second->begin);
      cuts.push_back(motto->end + second->end);
    }
  }
  for (const auto& lead : layout_phrases("row_leads"))
    for (std::size_t p = lower.find(lead); p != std::string::npos; p = lower.find(lead, p + 1))
      if (word_start(p)) cuts.push_back(p);
  // "Số: 1021/UBND-KT …": cut before the label and after the number it labels.
  for (const auto& lead : layout_phrases("number_row_leads")) {
    for (std::size_t p = lower.find(lead); p != std::string::npos; p = lower.find(lead, p + 1)) {
      if (!word_start(p)) continue;
      cuts.push_back(p);
      if (auto n = number::parse_leading(t.substr(p + lead.size()), number::Mode::Relaxed))
        cuts.push_back(p + lead.size() + n->end);
    }
  }
  if (auto date = dates::find_spelled(t)) cuts.push_back(date->end);
  for (std::size_t p = 2; p + 2 < t.size(); ++p) {
    // "…: - Phòng …; - Ban …"
    if (t[p] == '-' && t[p + 1] == ' ' && t[p - 1] == ' ' && (t[p - 2] == ';' || t[p - 2] == ':'))
      cuts.push_back(p);
  }
  for (const auto& authority : tables::get().authorities) {
    for (const auto& form : authority.forms) {
      if (form.back() == ' ') continue;
      // Where the run of capitals after the last mark ends: a mark inside that run ("KT. CHỦ
      // TỊCH KT. CHỦ TỊCH …") ends at the same place, and the run is not read again.
      std::size_t run_end = 0;
      for (std::size_t p = t.find(form); p != std::string::npos; p = t.find(form, p + 1)) {
        if (!word_start(p) || !text::upper_at(t, p + form.size() + 1)) continue;
        cuts.push_back(p);
        // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trương Minh Đạt": the capitals end where the name starts.
        std::size_t e = std::max(p + form.size(), run_end);
        while (e < t.size()) {
          std::size_t w = t.find(' ', e + 1);
          if (w == std::string_view::npos) w = t.size();
          std::string_view word = text::trim(t.substr(e, w - e));
          if (!word.empty() && !text::is_upper(word)) break;
          e = w;
        }
        run_end = e;
        cuts.push_back(e);
      }
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

/// A whole document (or its header) on one line: cut back into lines at its anchors.
/// `seen` says a run-on header was already cut: the rest of such a text is cut too.
bool split_run_on(const Line& l, bool& seen, std::vector<Line>& out) {
  // A run-on header is long; once one is seen, the closing of the same text is cut as well.
  constexpr std::size_t kRunOn = 300, kRunOnAfter = 60, kMottoWithin = 300;
  if (l.text.size() < (seen ? kRunOnAfter : kRunOn)) return false;
  if (!seen && !anchors::find_motto(utf8::cut(l.text, kMottoWithin))) return false;
  seen = true;
  std::size_t from = 0;
  auto cuts = run_on_cuts(l.text);
  cuts.push_back(l.text.size());
  for (std::size_t cut : cuts) {
    std::string_view part = text::trim(std::string_view(l.text).substr(from, cut - from));
    if (!part.empty()) {
      Line p = piece(l, part, -1);
      // Each piece is a paragraph of its own: a Kính gửi list or a subject must not run on.
      static constexpr int kPieceBlocks = 1 << 28; // above any block number cmark can give
      p.block = kPieceBlocks + static_cast<int>(out.size());
      if (!split_row(p, true, out)) push_cell(std::move(p), out);
    }
    from = cut;
  }
  return true;
}

/// "Nơi nhận: | TM. ỦY BAN NHÂN DÂN": a row of two columns written with '|' and no table.
bool pipe_row(std::string_view t) {
  return t.find(" | ") != std::string_view::npos ||
         (t.size() > 2 && t.substr(t.size() - 2) == " |");
}

/// A run of '|' rows outside the header (a footer copied from a portal): read column by
/// column, as the two columns of a table are, so that the Nơi nhận list and the signature
/// block each stay whole. Returns the index after the run.
std::size_t emit_pipe_columns(std::vector<Line>& in, std::size_t i, std::vector<Line>& out) {
  std::size_t end = i;
  while (end < in.size() && in[end].table < 0 && pipe_row(in[end].text)) ++end;
  std::vector<std::vector<Line>> columns;
  for (std::size_t k = i; k < end; ++k) {
    std::string_view t = in[k].text;
    std::size_t col = 0, from = 0;
    while (from <= t.size()) {
      std::size_t bar = t.find('|', from);
      if (bar == std::string_view::npos) bar = t.size();
      std::string_view cell = text::trim(t.substr(from, bar - from));
      if (columns.size() <= col) columns.resize(col + 1);
      if (!cell.empty()) columns[col].push_back(piece(in[k], cell, static_cast<int>(col)));
      ++col;
      from = bar + 1;
    }
  }
  for (auto& column : columns)
    for (auto& l : column) out.push_back(std::move(l));
  return end;
}

/// "KẾ HOẠCH", "QUYẾT ĐỊNH": the type title comes after the rows of the header (the motto,
/// the number, the place-date), so no row is split after it.
bool type_title_line(std::string_view t) {
  constexpr std::size_t kLongestTitleLine = 40; // bytes: the type name alone, or with a word
  if (t.size() > kLongestTitleLine || !text::upper_at(t, 0) || !text::is_upper(t)) return false;
  for (const auto& type : tables::get().types)
    if (t.rfind(type.upper, 0) == 0 &&
        (t.size() == type.upper.size() || t[type.upper.size()] == ' '))
      return true;
  return false;
}

/// The last line of a signature stamp ("Thời gian ký: …"; layout_phrases: stamp_closers).
bool closes_stamp(std::string_view t) {
  for (const auto& closer : layout_phrases("stamp_closers"))
    if (text::starts_with_word(t, closer)) return true;
  return false;
}

/// The body has begun ("Căn cứ …", "Điều 1.", a long paragraph): no header row follows.
bool opens_body(std::string_view t, bool anchor_seen) {
  constexpr std::size_t kParagraph = 300;
  for (const auto& lead : layout_phrases("body_openers"))
    if (text::starts_with_word(t, lead)) return true;
  return anchor_seen && t.size() > kParagraph;
}

} // namespace

Hints hints_of(std::string_view markdown) {
  // memchr on a rare first byte ('/', '|', 'X'), then a comparison at each hit; memmem for
  // the split date words, whose bytes are common in Vietnamese.
  auto has = [&](std::string_view needle) {
    for (std::size_t p = markdown.find(needle[0]); p != std::string_view::npos;
         p = markdown.find(needle[0], p + 1))
      if (markdown.compare(p, needle.size(), needle) == 0) return true;
    return false;
  };
  auto contains = [&](std::string_view needle) {
    return ::memmem(markdown.data(), markdown.size(), needle.data(), needle.size()) != nullptr;
  };
  Hints h{false, false, false, false};
  h.running_heads = has("/S") || has("/ S");
  // OCR splits words in text extracted from a page: looked for only where pages show.
  const bool paged = h.running_heads || markdown.find("[[") != std::string_view::npos;
  const auto& split = layout_phrases("split_date_words");
  h.split_date_words =
      paged && std::any_of(split.begin(), split.end(), [&](const auto& w) { return contains(w); });
  h.bars = markdown.find('|') != std::string_view::npos;
  for (const auto& opener : tables::get().colophon_openers) h.colophon = h.colophon || has(opener);
  return h;
}

std::vector<Line> normalise(std::vector<Line> in, const Hints& hints) {
  std::vector<Line> out;
  out.reserve(in.size() + 8);
  bool anchor_seen = false, header_done = false, run_on = false, in_colophon = false;
  std::size_t stamp_left = 0, after_furniture = 0, anchor_line = 0; // 1-based, 0: none yet
  int stamp_block = -1;
  for (std::size_t i = 0; i < in.size(); ++i) {
    Line& l = in[i];
    if (hints.split_date_words) repair_date_words(l.text);
    {
      const std::size_t pieces = broken_anchor(in, i, i < kHeaderZone && !header_done);
      for (std::size_t k = 1; k <= pieces; ++k)
        l.text += (number::label(l.text) ? "" : " ") + in[i + k].text;
      i += pieces;
    }
    const std::string_view t = l.text;
    // The header ends where the body begins; before any anchor only a body's lead ends it
    // (portal text before the header may be long, but never opens with "Căn cứ").
    if (!header_done)
      header_done = opens_body(t, anchor_seen) || (anchor_seen && type_title_line(t));
    if (anchor_seen && anchor_line == 0) anchor_line = i + 1;
    // The header's rows lie within a few lines of its first anchor.
    constexpr std::size_t kHeaderRows = 25;
    const bool header_zone =
        i < kHeaderZone && !header_done && (anchor_line == 0 || i < anchor_line + kHeaderRows);
    if (page_marker(t) || (hints.running_heads && running_head(t))) {
      after_furniture = 2;
      in_colophon = false;
      continue;
    }
    if (in_colophon || (hints.colophon && colophon(t))) {
      in_colophon = true; // the gazette's colophon runs to the next page or the end
      continue;
    }
    if (after_furniture > 0) {
      --after_furniture;
      if (all_digits(text::trim(t))) continue; // the page number beside a running head
    }
    // The motto is looked for once per header line, for the anchor and for the split.
    const std::optional<anchors::Span> motto =
        header_zone && t.size() <= kLongestRow ? anchors::find_motto(t) : std::nullopt;
    if (!anchor_seen && header_zone) {
      if (motto || number::label(t) || dates::parse_place_date(t)) {
        anchor_seen = true;
        stamp_left = 0;
      } else if (opens_stamp(t)) {
        stamp_left = kStampLines; // "Ký bởi": the stamp's wrapped lines follow, in its paragraph
        stamp_block = l.block;
        continue;
      } else if ((stamp_left > 0 && l.block == stamp_block) || chrome_prefix(t) ||
                 gazette_section(t)) {
        // "Thời gian ký" is the stamp's last line (data/layout_phrases.json: stamp_closers).
        stamp_left = stamp_left > 0 && !closes_stamp(t) ? stamp_left - 1 : 0;
        continue;
      }
      stamp_left = 0;
    }
    if (!header_zone && l.table < 0 && hints.bars && pipe_row(t) && i + 1 < in.size() &&
        pipe_row(in[i + 1].text)) {
      i = emit_pipe_columns(in, i, out) - 1;
      continue;
    }
    if (l.table < 0 && (header_zone || run_on) && split_run_on(l, run_on, out)) continue;
    if (l.table < 0 && split_row(l, header_zone, out, motto)) continue;
    // Decoration around it (`****`, `----`) aside, the line is the motto.
    l.motto = motto && !text::has_letter(t.substr(0, motto->begin)) &&
              !text::has_letter(t.substr(motto->end));
    out.push_back(std::move(l));
  }
  return out;
}

} // namespace vanban::layout
