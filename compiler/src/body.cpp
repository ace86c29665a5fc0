// Body stage: numbered sections (I., 1., 1.1., a), Điều 1.) as a tree, and the tasks they assign.
#include "stages.hpp"
#include "task_fields.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <optional>

namespace vanban::stages {
namespace {

enum class Style { Chapter, Roman, Article, Arabic, Dotted, Alpha };

struct Numbering {
  Style style;
  std::size_t length; ///< bytes of the label ("III. ")
  int part = 0; ///< Chapter: the part word's place in part_words (Phần 0, Chương 1, Mục 2)
};

/// A numbered line longer than this many characters is a numbered paragraph, not a heading
/// (headings are a few words: "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU").
constexpr std::size_t kMaxHeadingChars = 120;
/// An assignee ("Văn phòng:", "các cấp công đoàn") is a unit's name: longer than this many
/// characters or words, the text before ':' or after "đề nghị" is a sentence.
constexpr std::size_t kMaxAssigneeChars = 80;
constexpr int kMaxAssigneeWords = 12;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// The phrase list `key` of data/body_phrases.json.
const std::vector<std::string>& body_phrases(std::string_view key) {
  return tables::get().phrases("body_phrases." + std::string(key));
}

/// Whether `folded` holds one of the phrases of the list `key` of data/body_phrases.json; it is
/// case-folded as the list is (lower case, or upper case for the lists of headings).
bool body_holds_one(std::string_view folded, std::string_view key) {
  for (const auto& p : body_phrases(key))
    if (folded.find(p) != std::string_view::npos) return true;
  return false;
}

/// Whether `s` opens with one of the phrases of the list `key`, as a whole word.
bool body_starts_with_one(std::string_view s, std::string_view key) {
  for (const auto& p : body_phrases(key))
    if (text::starts_with_word(s, p)) return true;
  return false;
}

/// The phrase of the list `key` of data/body_phrases.json that `s` opens with as a whole word.
std::optional<std::string_view> body_opening(std::string_view s, std::string_view key) {
  for (const auto& p : body_phrases(key))
    if (text::starts_with_word(s, p)) return p;
  return std::nullopt;
}

/// The letter after 'd' in Vietnamese alphabetic labels ("d)", "đ)", "e)"): one letter of the
/// alphabet, not a phrase, so it stays here.
constexpr std::string_view kDStroke = "đ";

/// The place in part_words (highest part first) of the word `s` opens with, if any.
std::optional<int> part_word(std::string_view s) {
  const auto& words = body_phrases("part_words");
  for (std::size_t i = 0; i < words.size(); ++i)
    if (text::starts_with_word(s, words[i])) return static_cast<int>(i);
  return std::nullopt;
}

bool is_numeral(char c) {
  return is_digit(c) || c == 'I' || c == 'V' || c == 'X';
}

/// After "Chương II" a heading ends, or goes on with punctuation or a title in capitals
/// ("Chương II. QUẢN LÝ", "Mục 1 ĐO ĐẠC"). "Mục 3 và Mục 4 Chương III của Nghị định này." is a
/// wrapped line of a sentence that cites them.
bool heading_after_numeral(std::string_view from_numeral) {
  constexpr std::string_view kPunctuation = ".:-)";
  auto punctuation = [&](char c) { return kPunctuation.find(c) != std::string_view::npos; };
  std::size_t e = 0;
  while (e < from_numeral.size() && is_numeral(from_numeral[e])) ++e;
  // The numeral is a word of its own: "Mục VIỆC LÀM" is no section V.
  if (e < from_numeral.size() && from_numeral[e] != ' ' && !punctuation(from_numeral[e]))
    return false;
  std::string_view rest = text::trim(from_numeral.substr(e));
  if (rest.empty() || punctuation(rest.front())) return true;
  for (std::string_view dash : {"–", "—"})
    if (rest.rfind(dash, 0) == 0) return true;
  return text::starts_in_capitals(rest);
}

/// The numbering label at the start of a line, if any.
std::optional<Numbering> numbering(std::string_view s) {
  // "Chương II", "Mục 1", "Phần I" (data/body_phrases.json: part_words)
  if (auto part = part_word(s)) {
    std::size_t sp = s.find(' ');
    if (sp != std::string_view::npos && sp + 1 < s.size() && is_numeral(s[sp + 1]) &&
        heading_after_numeral(s.substr(sp + 1)))
      return Numbering{Style::Chapter, sp + 1, *part};
  }
  // "Điều 1." (article_words): the word's lower case has the bytes of its capital ("Điều").
  if (auto article = body_opening(s, "article_words")) {
    std::size_t i = article->size();
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t d = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i > d && i < s.size() && (s[i] == '.' || s[i] == ':'))
      return Numbering{Style::Article, i + 1};
    return std::nullopt;
  }
  std::size_t i = 0;
  while (i < s.size() && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X') && i < 6) ++i;
  if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ')
    return Numbering{Style::Roman, i + 1};
  i = 0;
  while (i < s.size() && is_digit(s[i]) && i < 3) ++i;
  if (i > 0) {
    bool dotted = false;
    while (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
      dotted = true;
      ++i;
      while (i < s.size() && is_digit(s[i])) ++i;
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ')'))
      ++i;
    else if (!dotted)
      return std::nullopt;
    if (i < s.size() && s[i] == ' ') return Numbering{dotted ? Style::Dotted : Style::Arabic, i};
    return std::nullopt;
  }
  // a) b) … and đ)
  std::size_t w = (s.rfind(kDStroke, 0) == 0) ? kDStroke.size() : 1;
  if (s.size() > w + 1 && (w > 1 || (s[0] >= 'a' && s[0] <= 'z')) && s[w] == ')' && s[w + 1] == ' ')
    return Numbering{Style::Alpha, w + 1};
  return std::nullopt;
}

bool ends_like_sentence(std::string_view s) {
  s = text::trim(s);
  return !s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',');
}

struct Marker {
  std::size_t index; ///< line index
  int level;
  Style style;
  std::string heading;
  std::string title; ///< heading without its numbering and trailing colon
};

/// Styles that always open a section (I., Điều 1., Chương II), whatever follows them.
bool always_heading(Style style) {
  return style == Style::Roman || style == Style::Article || style == Style::Chapter;
}

/// A numbered line is a section heading when its style always is (I., Điều 1.), or when it
/// is set apart (a Markdown heading or all bold) or is short and introduces content below it.
bool is_heading(const Lines& lines, std::size_t i, std::size_t end, const Numbering& n) {
  const auto& l = lines[i];
  // A gazette's text has no blank lines: its first "1." clause opens a Markdown list whose item
  // runs on, line by line, to the next blank line, over the articles and chapters after it.
  const bool legal_part = n.style == Style::Article || n.style == Style::Chapter;
  if (l.kind == lines::Kind::ListItem && !l.item_start && !legal_part) return false;
  if (always_heading(n.style)) return true;
  if (l.kind == lines::Kind::Heading || l.strong) return true;
  if (text::length(l.text) > kMaxHeadingChars || ends_like_sentence(l.text)) return false;
  if (i + 1 >= end) return false;
  auto next = numbering(lines[i + 1].text);
  return !(next && next->style == n.style);
}

std::string title_of(std::string_view heading, std::size_t label) {
  return std::string(text::trim_end_chars(heading.substr(label), ":."));
}

/// One level of the numbering in use: a style, and for parts which part word.
struct Step {
  Style style;
  int part;
  bool operator==(const Step&) const = default;
};

/// Ranks after every part word's (part_words has a handful).
constexpr int kRomanRank = 100;
constexpr int kArticleRank = 101;

/// Parts (Phần, Chương, Mục), Roman sections and articles stand in a fixed order (Chương above
/// Mục above Điều, a plan's I. above the Điều of the decision it is attached to); the clause
/// styles (1., 1.1., a)) nest in the order a document first uses them.
std::optional<int> fixed_rank(const Step& step) {
  switch (step.style) {
  case Style::Chapter:
    return step.part;
  case Style::Roman:
    return kRomanRank;
  case Style::Article:
    return kArticleRank;
  default:
    return std::nullopt;
  }
}

std::vector<Marker> find_markers(const Lines& lines, Range body) {
  std::vector<Marker> markers;
  std::vector<Step> stack;
  for (std::size_t i = body.begin; i < body.end; ++i) {
    auto n = numbering(lines[i].text);
    if (!n || !is_heading(lines, i, body.end, *n)) continue;
    const Step step{n->style, n->part};
    std::size_t depth = 0;
    if (auto rank = fixed_rank(step)) {
      // A fixed style never nests under a clause or under a lower fixed style: the numbered list
      // of amending laws above a consolidated text's "Chương I" must not hold the whole law. The
      // stack keeps fixed styles first, in rank order, and two fixed steps of one rank are the
      // same step: this stops on the style itself when it is on the stack.
      while (depth < stack.size() && fixed_rank(stack[depth]) && *fixed_rank(stack[depth]) < *rank)
        ++depth;
    } else {
      while (depth < stack.size() && stack[depth] != step) ++depth;
    }
    stack.resize(depth);
    stack.push_back(step);
    markers.push_back({i, static_cast<int>(stack.size()), n->style, lines[i].text,
                       title_of(lines[i].text, n->length)});
  }
  return markers;
}

void build_tree(const Lines& lines, const std::vector<Marker>& markers, Document& doc) {
  std::vector<std::vector<Section>*> path{&doc.sections};
  std::vector<int> levels{0};
  for (const auto& m : markers) {
    while (levels.back() >= m.level) {
      levels.pop_back();
      path.pop_back();
    }
    path.back()->push_back(Section{m.heading, m.level, lines[m.index].line, {}});
    path.push_back(&path.back()->back().children);
    levels.push_back(m.level);
  }
}

/// A section whose heading names work to do ("TỔ CHỨC THỰC HIỆN", "Trách nhiệm của Sở …"), and
/// not a body's standing competence ("Điều 38. Nhiệm vụ, quyền hạn của Thẩm phán"): its items
/// are powers held, not work handed out.
bool assigns_work(std::string_view heading) {
  const std::string upper = text::to_upper(heading);
  return !body_holds_one(upper, "task_heading_exceptions") &&
         body_holds_one(upper, "task_headings");
}

bool is_deadline_line(std::string_view s) {
  return body_starts_with_one(s, "deadline_labels");
}

bool is_closing_remark(const Lines& lines, std::size_t i, std::size_t body_end) {
  const auto& t = lines[i].text;
  if (body_starts_with_one(t, "closing_remarks")) return true;
  if (lines[i].kind == lines::Kind::ListItem) return false;
  // The last paragraph of the body asks everyone to carry the document out.
  const bool last = body_end > 0 && lines[body_end - 1].block == lines[i].block;
  if (!last) return false;
  std::string lower = text::to_lower(t);
  return body_holds_one(lower, "request_verbs");
}

/// "Văn phòng: Chuẩn bị …" → ("Văn phòng", "Chuẩn bị …").
std::optional<std::pair<std::string, std::string>> assignee_label(std::string_view s) {
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string_view label = text::trim(s.substr(0, colon));
  if (text::length(label) > kMaxAssigneeChars) return std::nullopt;
  // "Chuẩn bị tài liệu; thời gian: tháng 9" is a task, then its field: no assignee before ':'.
  if (const std::size_t semicolon = label.rfind(';');
      semicolon != std::string_view::npos && !task_fields(s.substr(semicolon + 1)).empty())
    return std::nullopt;
  int words = 1;
  for (char c : label) {
    words += c == ' ';
    if (is_digit(c)) return std::nullopt;
  }
  if (words > kMaxAssigneeWords) return std::nullopt;
  return std::make_pair(std::string(label), std::string(text::trim(s.substr(colon + 1))));
}

/// The assignee a subsection's heading names for the items under it: a unit or a person
/// ("2. Văn phòng", "3. Các cấp công đoàn", "1. Đồng chí …"), opening with a word of the list
/// unit_openings (after "các"/"những"), not with one of unit_opening_exceptions ("Tổ chức …",
/// "Phòng, chống …"). A topic ("1. Tuyên truyền, huấn luyện", "2. Thanh tra, kiểm tra") names
/// nobody: its items have no assignee, rather than the topic for one.
std::optional<std::string> heading_assignee(const std::string& title) {
  std::string_view rest = text::trim(title);
  for (const auto& plural : body_phrases("unit_plurals"))
    if (text::starts_with_word(rest, plural)) {
      rest = text::trim(rest.substr(plural.size()));
      break;
    }
  if (!body_starts_with_one(rest, "unit_openings") ||
      body_starts_with_one(rest, "unit_opening_exceptions"))
    return std::nullopt;
  return title;
}

/// The unit a label hands work to: "Bộ Tài chính có trách nhiệm" → "Bộ Tài chính" (a phrase of
/// the list duty_phrases ends the unit's name).
std::string_view unit_of(std::string_view label) {
  const std::string lower = text::lower_aligned(label);
  std::size_t cut = lower.size();
  for (const auto& p : body_phrases("duty_phrases"))
    if (const std::size_t at = lower.find(p); at != std::string::npos && at > 0)
      cut = std::min(cut, at);
  return text::trim(label.substr(0, cut));
}

/// The assignee of the items under a lead-in line ("Ủy ban nhân dân cấp tỉnh có trách nhiệm sau
/// đây:" → "Ủy ban nhân dân cấp tỉnh", "Văn phòng:" → "Văn phòng"); none when the lead-in names
/// no unit that does them ("Quy chế gồm những nội dung sau:", "Nghiêm cấm các hành vi sau đây:").
std::optional<std::string> lead_in_assignee(std::string_view label) {
  const std::string_view unit = unit_of(label);
  if (unit.size() < label.size()) return std::string(unit);
  const std::string lower = text::lower_aligned(label);
  for (const auto& p : body_phrases("lead_in_ends"))
    if (lower.size() >= p.size() && lower.compare(lower.size() - p.size(), p.size(), p) == 0)
      return std::nullopt;
  return std::string(label);
}

std::optional<Deadline> deadline_in(std::string_view s, std::size_t from = 0) {
  auto d = dates::find_deadline(s, from);
  if (!d) return std::nullopt;
  return Deadline{d->date ? std::optional(dates::iso(*d->date)) : std::nullopt, d->text};
}

void add_task(Document& doc, std::optional<std::string> assignee, std::string body, int line) {
  Task task;
  task.assignee = std::move(assignee);
  task.text = text::squeeze(body);
  task.line = line;
  task.deadline = deadline_in(task.text);
  doc.tasks.push_back(std::move(task));
}

/// Appends `more` to a text already squeezed: only the new words are squeezed, so that a task
/// or an item of thousands of lines is copied once, not once per line.
void append_squeezed(std::string& text, std::string_view more) {
  const std::string added = text::squeeze(more);
  if (added.empty()) return;
  if (!text.empty()) text += ' ';
  text += added;
}

/// A line that carries on the previous task: its deadline, if it had none, is looked for only
/// where the line could complete one (kDeadlineReach before the old end, and after).
void continue_task(Task& task, std::string_view more) {
  const std::size_t old_size = task.text.size();
  append_squeezed(task.text, more);
  if (!task.deadline)
    task.deadline = deadline_in(
        task.text, old_size > dates::kDeadlineReach ? old_size - dates::kDeadlineReach : 0);
}

/// A line that carries on the previous task: the next line of the same item, or a paragraph
/// that starts in lower case (the rest of a sentence cut by a page break in the scan).
bool continues_task(const lines::Line& l, std::string_view t, int last_block) {
  if (l.block == last_block && !l.item_start) return true;
  return l.kind != lines::Kind::ListItem && text::letter_at(t, 0) &&
         !text::is_upper(t.substr(0, 1)) && text::to_lower(t.substr(0, 1)) == t.substr(0, 1);
}

/// Which columns of a task table hold what ("TT | Nội dung | Chủ trì | Thời gian").
struct TaskColumns {
  int content = -1, assignee = -1, deadline = -1;
};

TaskColumns task_columns(const std::vector<std::string>& header) {
  TaskColumns c;
  for (int k = 0; k < static_cast<int>(header.size()); ++k) {
    std::string h = text::to_lower(header[static_cast<std::size_t>(k)]);
    if (c.content < 0 && body_holds_one(h, "content_columns"))
      c.content = k;
    else if (c.assignee < 0 && body_holds_one(h, "assignee_columns"))
      c.assignee = k;
    else if (c.deadline < 0 && body_holds_one(h, "deadline_columns"))
      c.deadline = k;
  }
  return c;
}

/// A task table: one task per row, columns found by their header. Returns the index after it.
std::size_t table_tasks(const Lines& lines, std::size_t i, std::size_t end,
                        const std::optional<std::string>& assignee, Document& doc) {
  const int table = lines[i].table;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> row_lines;
  for (; i < end && lines[i].table == table; ++i) {
    const auto& l = lines[i];
    const auto r = static_cast<std::size_t>(l.row);
    if (rows.size() <= r) {
      rows.resize(r + 1);
      row_lines.resize(r + 1, l.line);
    }
    auto& cells = rows[r];
    if (cells.size() <= static_cast<std::size_t>(l.cell))
      cells.resize(static_cast<std::size_t>(l.cell) + 1);
    auto& cell = cells[static_cast<std::size_t>(l.cell)];
    cell += (cell.empty() ? "" : " ") + l.text;
  }
  if (rows.empty()) return i;
  const TaskColumns c = task_columns(rows[0]);
  if (c.content < 0) return i;
  auto cell = [](const std::vector<std::string>& row, int k) {
    return k >= 0 && static_cast<std::size_t>(k) < row.size() ? row[static_cast<std::size_t>(k)]
                                                              : std::string();
  };
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::string content = cell(rows[r], c.content);
    if (content.empty()) continue;
    // "Đề nghị LĐLĐ tỉnh": a plan asks a body it does not direct; the body is the assignee.
    std::string who = cell(rows[r], c.assignee);
    if (auto verb = body_opening(who, "request_verbs"))
      who = std::string(text::trim(std::string_view(who).substr(verb->size())));
    add_task(doc, who.empty() ? assignee : std::optional(who), content, row_lines[r]);
    if (auto d = deadline_in(cell(rows[r], c.deadline))) doc.tasks.back().deadline = d;
  }
  return i;
}

/// What a task's labelled lines say of it (task_fields.hpp): who leads it replaces the
/// assignee it inherited from a heading; the first deadline found is its deadline; the rest
/// (partners, products, a deadline line with no date phrase) is added to its text, so nothing the
/// plan says of the task is lost.
void apply_fields(Task& task, const std::vector<TaskField>& fields) {
  bool added = false; // a field of this line is in the text already
  for (const auto& f : fields) {
    if (f.kind == TaskFieldKind::Lead) {
      const std::string_view lead = text::trim_end_chars(f.value, ".;,");
      if (!lead.empty()) task.assignee = std::string(lead);
      continue;
    }
    if (f.kind == TaskFieldKind::Deadline && !task.deadline) {
      task.deadline = deadline_in(f.text);
      if (task.deadline) continue;
    }
    // A heading's title ends with no stop: the line is a sentence of its own after it, and its
    // fields keep the semicolons between them.
    const char last = task.text.empty() ? '.' : task.text.back();
    if (last != '.' && last != ';' && last != ':' && last != ',') task.text += added ? ';' : '.';
    continue_task(task, f.text);
    added = true;
  }
}

/// Whether the paragraph of line `i` goes on to the next line (not a new item or a table).
bool runs_on(const Lines& lines, std::size_t i, std::size_t end) {
  return i + 1 < end && lines[i + 1].block == lines[i].block && !lines[i + 1].item_start &&
         lines[i + 1].table < 0;
}

/// A numbered heading inside a task section names a task, not who does the items below it, when
/// the line under it describes a task ("1. Tuyên truyền …" then "- Cơ quan chủ trì: …").
bool heading_is_task(const Lines& lines, const Marker& marker, std::size_t end) {
  const std::size_t next = marker.index + 1;
  return next < end && !task_fields(text::trim(lines[next].text)).empty();
}

void extract_tasks(const Lines& lines, const std::vector<Marker>& markers, Range body,
                   Document& doc) {
  for (std::size_t k = 0; k < markers.size(); ++k) {
    const Marker& top = markers[k];
    if (!assigns_work(top.heading)) continue;
    std::size_t end = body.end, next_marker = k + 1;
    while (next_marker < markers.size() && markers[next_marker].level > top.level) ++next_marker;
    if (next_marker < markers.size()) end = markers[next_marker].index;

    std::optional<std::string> assignee;
    const std::size_t tasks_before = doc.tasks.size();
    std::size_t m = k + 1;
    int last_block = -1;
    // A heading wrapped onto the next lines of its paragraph ("5. Triển khai … phương án nhiệm
    // vụ sau khi được phê" / "duyệt, gồm:"): the lines that go on with its sentence, in lower
    // case, are the heading's. A new sentence after it ("Điều 59. Trách nhiệm …" / "1. Ủy ban …",
    // one paragraph in a gazette's text) is the section's first task.
    //
    // A numbered paragraph taken for a heading (its first line is short in a scan) that holds a
    // task word: "3. Ủy ban nhân dân cấp tỉnh có trách nhiệm công bố …" / "và báo cáo … trước
    // ngày 31 tháng 3 …". Its lines up to the next numbered one are a task, unless they lead in
    // to the items below (':').
    const bool may_be_paragraph = !always_heading(top.style) &&
                                  lines[top.index].kind != lines::Kind::Heading &&
                                  !lines[top.index].strong;
    std::size_t first = top.index;
    std::string sentence = top.title;
    while (runs_on(lines, first, end) &&
           (may_be_paragraph ? !numbering(lines[first + 1].text)
                             : text::lower_at(text::trim(lines[first + 1].text), 0))) {
      ++first;
      append_squeezed(sentence, lines[first].text);
    }
    // The last task can take more lines; not once a heading has named the next assignee (a line
    // that starts in lower case after "**3. Các chi đoàn:**" is that assignee's task).
    bool task_open = false;
    if (may_be_paragraph && first > top.index && !sentence.empty() && sentence.back() != ':') {
      add_task(doc, std::nullopt, sentence, lines[top.index].line);
      task_open = true;
    }
    for (std::size_t i = first + 1; i < end; ++i) {
      const auto& l = lines[i];
      if (m < next_marker && markers[m].index == i && runs_on(lines, i, end)) {
        // The first line of a numbered paragraph that goes on below it (a scan's hard-wrapped
        // "3. Hội đồng …, Đoàn đại biểu Quốc hội và" / "đại biểu … giám sát …", a bold
        // "**3. Các chi đoàn:**" with its task on the next line): the paragraph is a task.
        ++m;
        task_open = false;
      } else if (m < next_marker && markers[m].index == i) {
        task_open = heading_is_task(lines, markers[m], end);
        if (task_open) {
          add_task(doc, assignee, markers[m].title, l.line);
          last_block = l.block;
        } else {
          assignee = heading_assignee(markers[m].title);
        }
        ++m;
        continue;
      }
      if (l.table >= 0) {
        i = table_tasks(lines, i, end, assignee, doc) - 1;
        task_open = false;
        continue;
      }
      if (is_closing_remark(lines, i, body.end)) continue;
      std::string_view t = l.text;
      if (auto n = numbering(t)) t = t.substr(n->length);
      t = text::trim(t);
      const bool have_task = task_open && doc.tasks.size() > tasks_before;
      if (is_deadline_line(t) && have_task) {
        if (!doc.tasks.back().deadline) doc.tasks.back().deadline = deadline_in(t);
        continue;
      }
      // A field opens a paragraph or an item (further down a paragraph, "…: …" is its sentence)
      // and runs to the paragraph's end: a lead's name may wrap onto the next line.
      const bool same_paragraph = l.block == last_block && !l.item_start;
      if (auto fields = same_paragraph ? std::vector<TaskField>{} : task_fields(t);
          !fields.empty()) {
        std::string paragraph(t);
        for (; i + 1 < end && lines[i + 1].block == l.block && !lines[i + 1].item_start &&
               lines[i + 1].table < 0 && !(m < next_marker && markers[m].index == i + 1);
             ++i) {
          paragraph += ' ';
          paragraph += text::trim(lines[i + 1].text);
        }
        // Read again only when the paragraph went on past its first line.
        if (paragraph.size() > t.size()) fields = task_fields(paragraph);
        // A field with no task above it in the section describes nothing: no task of its own.
        if (have_task) apply_fields(doc.tasks.back(), fields);
        last_block = l.block;
        continue;
      }
      // A numbered line starts a clause of its own, even inside a gazette's one-block article.
      const bool continues = have_task && !numbering(l.text) && continues_task(l, t, last_block);
      last_block = l.block;
      if (continues) {
        continue_task(doc.tasks.back(), t);
        continue;
      }
      if (auto label = assignee_label(t)) {
        if (label->second.empty()) {
          // "Văn phòng:" alone: the assignee of the items below, as a heading would be.
          assignee = lead_in_assignee(label->first);
          task_open = false;
          continue;
        }
        add_task(doc, std::string(unit_of(label->first)), label->second, l.line);
      } else {
        add_task(doc, assignee, std::string(t), l.line);
      }
      task_open = true;
    }
    k = next_marker - 1;
  }
}

/// "… đề nghị các cấp công đoàn cần tập trung một số nhiệm vụ trọng tâm sau:" → "các cấp công
/// đoàn".
std::optional<std::string> requested_of(std::string_view lower, std::string_view original) {
  for (const auto& verb_word : body_phrases("request_verbs")) {
    const std::string verb = verb_word + " ";
    std::size_t at = lower.find(verb);
    if (at == std::string_view::npos) continue;
    std::size_t b = at + verb.size(), e = b;
    e = lower.size();
    for (const auto& end : body_phrases("request_ends"))
      e = std::min(e, lower.find(end, b) == std::string_view::npos ? e : lower.find(end, b));
    std::string_view who = text::trim(original.substr(b, e - b));
    if (!who.empty() && text::length(who) <= kMaxAssigneeChars) return std::string(who);
  }
  return std::nullopt;
}

/// Documents without a task section (công văn) often assign work as a list after a lead-in
/// ending in ':' that asks for it ("… đề nghị … thực hiện các nhiệm vụ sau:"): one task per item.
void extract_request_list(const Lines& lines, const std::vector<Marker>& markers, Range body,
                          Document& doc) {
  for (std::size_t i = body.begin; i < body.end; ++i) {
    const auto& l = lines[i];
    std::string_view t = text::trim(l.text);
    if (l.kind == lines::Kind::ListItem || t.empty() || t.back() != ':') continue;
    const std::string lower = text::lower_aligned(t);
    const bool asks = body_holds_one(lower, "request_list_markers");
    if (!asks) continue;
    const auto requested = requested_of(lower, t);
    auto assignee = requested;
    int last_block = l.block;
    std::size_t m = 0;
    while (m < markers.size() && markers[m].index <= i) ++m;
    for (std::size_t j = i + 1; j < body.end; ++j) {
      const auto& item = lines[j];
      if (m < markers.size() && markers[m].index == j) {
        // A numbered heading in the list names who does the items under it.
        assignee = heading_assignee(markers[m++].title);
        last_block = item.block;
        continue;
      }
      auto n = numbering(item.text);
      const bool bullet = item.kind == lines::Kind::ListItem || n;
      if (item.block == last_block && !doc.tasks.empty()) {
        append_squeezed(doc.tasks.back().text, item.text);
        continue;
      }
      if (!bullet) break;
      std::string_view body_text =
          text::trim(std::string_view(item.text).substr(n ? n->length : 0));
      add_task(doc, assignee, std::string(body_text), item.line);
      last_block = item.block;
    }
    return;
  }
}

} // namespace

bool opens_section(std::string_view line) {
  auto n = numbering(line);
  return n && always_heading(n->style);
}

void recognise_body(const Lines& lines, Range body, Document& doc) {
  auto markers = find_markers(lines, body);
  build_tree(lines, markers, doc);
  extract_tasks(lines, markers, body, doc);
  if (doc.tasks.empty()) extract_request_list(lines, markers, body, doc);
}

} // namespace vanban::stages
