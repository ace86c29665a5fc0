// pandoc tables → GFM tables. Columns are found from the rule lines (`+---+---+` for grid
// tables, `-----  -----` runs for multiline and simple ones) in code points, the way pandoc
// aligns them, and each cell's physical lines are joined with `<br>` where pandoc broke them.
#include "pandoc_tables.hpp"

#include <unicode/utf8.h>

namespace vanban::pandoc {
namespace {

/// Byte offsets of each code point of `s`, plus s.size() at the end.
std::vector<std::size_t> code_points(std::string_view s) {
  std::vector<std::size_t> at;
  at.reserve(s.size() + 1);
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    at.push_back(static_cast<std::size_t>(i));
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
  }
  at.push_back(s.size());
  return at;
}

/// Code points [from, to) of `s` (clamped to its length).
std::string_view columns(std::string_view s, const std::vector<std::size_t>& at, std::size_t from,
                         std::size_t to) {
  const std::size_t count = at.size() - 1;
  if (from >= count) return {};
  if (to > count) to = count;
  return s.substr(at[from], at[to] - at[from]);
}

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

/// `+----+:---:+` or `+====+====+`: the positions (in code points) of its '+' signs.
std::optional<std::vector<std::size_t>> grid_border(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 3 || t.front() != '+' || t.back() != '+') return std::nullopt;
  std::vector<std::size_t> plus;
  bool rule = false;
  const std::size_t indent = line.find('+'); // ASCII only before it
  for (std::size_t k = 0; k < t.size(); ++k) {
    const char c = t[k];
    if (c == '+') {
      plus.push_back(indent + k);
    } else if (c == '-' || c == '=') {
      rule = true;
    } else if (c != ':') {
      return std::nullopt;
    }
  }
  if (!rule || plus.size() < 2) return std::nullopt;
  return plus;
}

struct Run {
  std::size_t begin, end; ///< code-point columns
};

/// `  ------- ----------`: the runs of dashes (at least three each), or nullopt.
std::optional<std::vector<Run>> dash_runs(std::string_view line) {
  std::vector<Run> runs;
  for (std::size_t k = 0; k < line.size();) {
    if (line[k] == ' ') {
      ++k;
      continue;
    }
    if (line[k] != '-') return std::nullopt;
    std::size_t e = k;
    while (e < line.size() && line[e] == '-') ++e;
    if (e - k < 3) return std::nullopt;
    runs.push_back({k, e});
    k = e;
  }
  if (runs.empty()) return std::nullopt;
  return runs;
}

/// One cell's physical lines joined for a GFM cell: `\` at a line end and list items start a
/// new line (`<br>`), a blank line too, a plain wrap is a space; '|' is escaped.
std::string join_cell(const std::vector<std::string_view>& parts) {
  std::string out;
  bool break_next = false, pending_blank = false;
  for (std::string_view raw : parts) {
    std::string_view part = trim(raw);
    if (part.empty()) {
      pending_blank = !out.empty();
      continue;
    }
    // `***Nơi nhận:\***`: pandoc put the break inside the emphasis; move it after.
    std::string_view closing;
    std::size_t stars = part.size();
    while (stars > 0 && (part[stars - 1] == '*' || part[stars - 1] == '_')) --stars;
    bool hard = false;
    if (stars > 0 && part[stars - 1] == '\\' && (stars < 2 || part[stars - 2] != '\\')) {
      closing = part.substr(stars);
      part = part.substr(0, stars - 1);
      hard = true;
    }
    const bool item = part.size() > 1 && (part[0] == '-' || part[0] == '+') && part[1] == ' ';
    if (!out.empty()) out += (break_next || pending_blank || item) ? "<br>" : " ";
    for (char c : part) {
      if (c == '|') out += '\\';
      out += c;
    }
    out += closing;
    break_next = hard;
    pending_blank = false;
  }
  return out;
}

using Row = std::vector<std::vector<std::string_view>>; ///< per column, its physical lines

std::vector<std::string> to_gfm(const std::vector<Row>& rows, std::size_t ncols) {
  std::vector<std::string> out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string line = "|";
    for (std::size_t c = 0; c < ncols; ++c) line += " " + join_cell(rows[r][c]) + " |";
    out.push_back(std::move(line));
    if (r == 0) {
      std::string delim = "|";
      for (std::size_t c = 0; c < ncols; ++c) delim += " --- |";
      out.push_back(std::move(delim));
    }
  }
  return out;
}

/// Splits a content line at the column starts `cuts` (code points). A cut that falls inside a
/// word moves left to the word's start: pandoc lets text reach a little past its dashes.
std::vector<std::string_view> split_columns(std::string_view line, const std::vector<Run>& runs) {
  const auto at = code_points(line);
  const std::size_t count = at.size() - 1;
  auto is_space = [&](std::size_t cp) { return cp >= count || line[at[cp]] == ' '; };
  std::vector<std::size_t> cuts{0};
  for (std::size_t k = 1; k < runs.size(); ++k) {
    std::size_t cut = runs[k].begin;
    while (cut > cuts.back() + 1 && cut < count && !is_space(cut) && !is_space(cut - 1)) --cut;
    cuts.push_back(cut);
  }
  cuts.push_back(std::max(count, cuts.back()));
  std::vector<std::string_view> cells;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k)
    cells.push_back(columns(line, at, cuts[k], cuts[k + 1]));
  return cells;
}

std::optional<Table> grid_table(const std::vector<std::string_view>& lines, std::size_t i) {
  auto border = grid_border(lines[i]);
  if (!border) return std::nullopt;
  const std::vector<std::size_t>& plus = *border;
  const std::size_t ncols = plus.size() - 1;
  std::vector<Row> rows;
  Row current(ncols);
  bool has_content = false;
  for (std::size_t j = i + 1; j < lines.size(); ++j) {
    std::string_view l = lines[j];
    if (grid_border(l)) {
      if (has_content) rows.push_back(std::move(current));
      current = Row(ncols);
      has_content = false;
      if (j + 1 >= lines.size() || trim(lines[j + 1]).substr(0, 1) != "|") {
        if (rows.empty()) return std::nullopt;
        return Table{j + 1, to_gfm(rows, ncols)};
      }
      continue;
    }
    std::string_view t = trim(l);
    if (t.empty() || t.front() != '|') return std::nullopt; // not closed by a border
    const auto at = code_points(l);
    bool aligned = true;
    for (std::size_t p : plus) aligned = aligned && p < at.size() - 1 && l[at[p]] == '|';
    if (aligned) {
      for (std::size_t c = 0; c < ncols; ++c)
        current[c].push_back(columns(l, at, plus[c] + 1, plus[c + 1]));
    } else {
      // Cells wider than the border (wide characters, edited by hand): split at the bars.
      std::size_t c = 0, from = l.find('|') + 1;
      for (std::size_t bar = l.find('|', from); bar != std::string_view::npos && c < ncols;
           bar = l.find('|', from), ++c) {
        current[c].push_back(l.substr(from, bar - from));
        from = bar + 1;
      }
    }
    has_content = true;
  }
  return std::nullopt;
}

/// Multiline and simple tables: an optional header, a line of dash runs that gives the columns,
/// rows (separated by blank lines in a multiline table), and a closing rule.
std::optional<Table> dashed_table(const std::vector<std::string_view>& lines, std::size_t i) {
  const bool after_blank = i == 0 || blank(lines[i - 1]);
  if (!after_blank) return std::nullopt;
  // A table starts with a rule, or with a header line right above its rule: a paragraph that
  // has neither is passed over without reading it.
  if (!dash_runs(lines[i]) && (i + 1 >= lines.size() || !dash_runs(lines[i + 1])))
    return std::nullopt;
  std::size_t j = i;
  std::vector<std::string_view> header;
  auto first = dash_runs(lines[i]);
  std::optional<std::vector<Run>> runs;
  bool multiline = false;
  if (first && first->size() >= 2) {
    runs = first; // headerless: the first rule gives the columns
    ++j;
  } else {
    if (first) ++j, multiline = true; // a full-width rule opens a multiline table's header
    while (j < lines.size() && !blank(lines[j]) && !dash_runs(lines[j]))
      header.push_back(lines[j++]);
    if (j >= lines.size() || header.empty()) return std::nullopt;
    runs = dash_runs(lines[j]);
    if (!runs || runs->size() < 2) return std::nullopt;
    ++j;
  }
  // The body runs to the closing rule; a simple table with a header may end at a blank line.
  const bool simple_with_header = !header.empty() && !multiline;
  if (simple_with_header && header.size() > 1) return std::nullopt; // a paragraph, not a header
  std::vector<std::string_view> body;
  std::size_t end = j;
  bool closed = false;
  for (; end < lines.size(); ++end) {
    if (dash_runs(lines[end])) {
      closed = true;
      ++end;
      break;
    }
    if (simple_with_header && blank(lines[end])) break;
    body.push_back(lines[end]);
  }
  if (!closed && !simple_with_header) return std::nullopt;
  bool has_blank = false;
  for (auto b : body) has_blank = has_blank || blank(b);
  multiline = multiline || has_blank;
  for (auto b : body)
    if (!blank(b) && !b.empty() && b.back() == '\\') multiline = true;

  const std::size_t ncols = runs->size();
  std::vector<Row> rows;
  auto add_lines = [&](const std::vector<std::string_view>& group) {
    Row row(ncols);
    for (auto l : group) {
      auto cells = split_columns(l, *runs);
      for (std::size_t c = 0; c < ncols && c < cells.size(); ++c) row[c].push_back(cells[c]);
    }
    rows.push_back(std::move(row));
  };
  if (!header.empty()) add_lines(header);
  std::vector<std::string_view> group;
  for (auto b : body) {
    if (blank(b)) {
      if (!group.empty()) add_lines(group);
      group.clear();
    } else if (multiline) {
      group.push_back(b);
    } else {
      add_lines({b});
    }
  }
  if (!group.empty()) add_lines(group);
  if (rows.empty()) return std::nullopt;
  return Table{end, to_gfm(rows, ncols)};
}

} // namespace

std::optional<Table> table_at(const std::vector<std::string_view>& lines, std::size_t i) {
  std::string_view t = trim(lines[i]);
  if (t.empty()) return std::nullopt;
  if (t.front() == '+') return grid_table(lines, i);
  return dashed_table(lines, i);
}

} // namespace vanban::pandoc
