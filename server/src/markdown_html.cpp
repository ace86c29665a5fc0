// cmark-gfm rendering: the converters' Markdown normalised first (pandoc tables → GFM tables),
// then the parser with the table and strikethrough extensions, no CMARK_OPT_UNSAFE.
#include "markdown_html.hpp"

#include "vanban/markdown_normalise.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cctype>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace vanban::serve {
namespace {

/// `<br>`, `<br/>` or `<br />` in any case: the line break clerks write inside table cells.
bool is_br_tag(std::string_view html) {
  std::string folded;
  for (char c : html)
    if (!std::isspace(static_cast<unsigned char>(c)))
      folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return folded == "<br>" || folded == "<br/>";
}

/// Marks standing for markup between rendering and output: private-use characters (U+E000,
/// U+E001). One already in a document becomes the same markup, which is harmless.
constexpr std::string_view kBreakMark = "\xEE\x80\x80";
constexpr std::string_view kRuleMark = "\xEE\x80\x81";
constexpr std::string_view kBreak = "<br />";
/// The short rule under the issuer and the motto of a header.
constexpr std::string_view kRule = "<span class=\"doc-rule\" role=\"presentation\"></span>";

std::string_view literal(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s ? std::string_view(s) : std::string_view();
}

bool is_type(cmark_node* node, cmark_node_type type) {
  return node && cmark_node_get_type(node) == type;
}

bool is_br(cmark_node* node) {
  return is_type(node, CMARK_NODE_HTML_INLINE) && is_br_tag(literal(node));
}

/// A line break of any spelling: a hard break, a soft break (a new source line), a bare <br>.
bool is_break(cmark_node* node) {
  return is_type(node, CMARK_NODE_LINEBREAK) || is_type(node, CMARK_NODE_SOFTBREAK) || is_br(node);
}

/// Whether an inline node is a line of its own: only breaks (or its container's edges) around
/// it, climbing out of emphasis that holds nothing else (`**\-\-\-**` after a <br>).
bool alone_on_line(cmark_node* node) {
  for (;;) {
    cmark_node* prev = cmark_node_previous(node);
    cmark_node* next = cmark_node_next(node);
    if ((prev && !is_break(prev)) || (next && !is_break(next))) return false;
    if (prev || next) return true;
    cmark_node* parent = cmark_node_parent(node);
    if (!is_type(parent, CMARK_NODE_STRONG) && !is_type(parent, CMARK_NODE_EMPH)) return true;
    node = parent;
  }
}

/// `-------`: pandoc's escaped dashes (`\-\-\-\--`), the rule drawn under a header's lines.
bool is_dash_rule(std::string_view text) {
  return text.size() >= 3 && text.find_first_not_of('-') == std::string_view::npos;
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

/// The length of pandoc's empty emphasis at `at` in `text` (`** **`, `*** ***`, `__ __`: a
/// blank kept in bold, which CommonMark cannot read as emphasis), with the spaces after it; 0
/// when there is none. It stands apart: at the start or after a space, before a space or the end.
std::size_t empty_emphasis_at(std::string_view text, std::size_t at) {
  if (at > 0 && !is_space(text[at - 1])) return 0;
  const char mark = text[at];
  if (mark != '*' && mark != '_') return 0;
  std::size_t run = 0;
  while (at + run < text.size() && text[at + run] == mark) ++run;
  if (run < 2 || run > 3) return 0;
  std::size_t k = at + run;
  while (k < text.size() && is_space(text[k])) ++k;
  if (k == at + run || text.substr(k, run) != std::string(run, mark)) return 0;
  k += run;
  if (k < text.size() && !is_space(text[k])) return 0;
  while (k < text.size() && is_space(text[k])) ++k;
  return k - at;
}

/// `text` without pandoc's empty emphasis.
std::string without_empty_emphasis(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    if (std::size_t n = empty_emphasis_at(text, at)) {
      at += n;
    } else {
      out += text[at++];
    }
  }
  return out;
}

/// A line of nothing but pandoc's empty emphasis (`** **`), which CommonMark reads as a
/// thematic break.
bool is_empty_emphasis_line(std::string_view line) {
  const auto b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos) return false;
  line.remove_prefix(b);
  return without_empty_emphasis(line).find_first_not_of(" \t") == std::string_view::npos;
}

/// Line `n` (from 1) of `text`.
std::string_view line_of(std::string_view text, int n) {
  std::size_t from = 0;
  for (int i = 1; i < n && from != std::string_view::npos; ++i) {
    from = text.find('\n', from);
    if (from != std::string_view::npos) ++from;
  }
  if (from == std::string_view::npos || from > text.size()) return {};
  const auto to = text.find('\n', from);
  return text.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from);
}

/// Removes a node, and the containers (emphasis, paragraph) it leaves empty.
void remove_with_empty_parents(cmark_node* node) {
  for (;;) {
    cmark_node* parent = cmark_node_parent(node);
    cmark_node_free(node); // unlinks it
    if (!parent || cmark_node_first_child(parent) ||
        !(is_type(parent, CMARK_NODE_STRONG) || is_type(parent, CMARK_NODE_EMPH) ||
          is_type(parent, CMARK_NODE_PARAGRAPH)))
      return;
    node = parent;
  }
}

/// Turns converter leftovers into what the reader sees on paper: a line of escaped dashes into
/// a short rule, empty emphasis into nothing (a line of it with the break that ended it).
/// `source` is the Markdown parsed, for the lines of thematic breaks.
void tidy_converter_leftovers(cmark_node* root, std::string_view source) {
  std::vector<cmark_node*> rules, empties, breaks;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER) continue;
    if (is_type(node, CMARK_NODE_THEMATIC_BREAK) &&
        is_empty_emphasis_line(line_of(source, cmark_node_get_start_line(node)))) {
      breaks.push_back(node);
      continue;
    }
    if (!is_type(node, CMARK_NODE_TEXT)) continue;
    const std::string_view text = literal(node);
    if (alone_on_line(node) && is_dash_rule(text)) {
      rules.push_back(node);
      continue;
    }
    const std::string kept = without_empty_emphasis(text);
    if (kept.size() == text.size()) continue;
    if (kept.empty() && alone_on_line(node))
      empties.push_back(node);
    else
      cmark_node_set_literal(node, kept.c_str());
  }
  cmark_iter_free(iter);
  for (cmark_node* node : breaks) cmark_node_free(node);
  for (cmark_node* node : rules) cmark_node_set_literal(node, std::string(kRuleMark).c_str());
  for (cmark_node* node : empties) {
    // The line goes with its break: the one after it, else the one before it.
    cmark_node* line = node;
    while (!cmark_node_previous(line) && !cmark_node_next(line) &&
           (is_type(cmark_node_parent(line), CMARK_NODE_STRONG) ||
            is_type(cmark_node_parent(line), CMARK_NODE_EMPH)))
      line = cmark_node_parent(line);
    if (cmark_node* next = cmark_node_next(line); is_break(next))
      cmark_node_free(next);
    else if (cmark_node* prev = cmark_node_previous(line); is_break(prev))
      cmark_node_free(prev);
    remove_with_empty_parents(line);
  }
}

/// Safe mode drops every raw HTML tag, which runs the lines of a two-column header cell together
/// ("TAM ĐƯỜNGBAN THƯỜNG VỤ"). A bare <br> carries no attributes, so it is kept: as a mark in a
/// text node (a table cell may not hold a line-break node), turned into <br /> after rendering.
/// Every other tag is still dropped by the renderer.
void mark_line_breaks(cmark_node* root) {
  std::vector<cmark_node*> tags;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && is_br(node)) tags.push_back(node);
  }
  cmark_iter_free(iter);
  for (cmark_node* tag : tags) {
    cmark_node* mark = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(mark, std::string(kBreakMark).c_str());
    if (cmark_node_replace(tag, mark))
      cmark_node_free(tag);
    else
      cmark_node_free(mark);
  }
}

/// The text of a node and its descendants, run together.
std::string text_of(cmark_node* node) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && is_type(n, CMARK_NODE_TEXT)) text += literal(n);
  }
  cmark_iter_free(iter);
  return text;
}

bool contains_any(const std::string& text, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (text.find(w) != std::string::npos) return true;
  return false;
}

/// The class of each table of the document, in order: the header (issuer beside the national
/// motto) and the signature block (Nơi nhận beside the signer) are laid out as on paper, without
/// rules; any other table is a data table ("").
std::vector<std::string_view> table_classes(cmark_node* root) {
  std::vector<std::string_view> classes;
  for (cmark_node* block = cmark_node_first_child(root); block; block = cmark_node_next(block)) {
    if (std::string_view(cmark_node_get_type_string(block)) != "table") continue;
    std::string text = text_of(block);
    if (contains_any(text, {"CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "Độc lập - Tự do",
                            "ĐỘC LẬP - TỰ DO", "Độc lập – Tự do"}))
      classes.push_back("doc-header");
    else if (contains_any(text, {"Nơi nhận", "NƠI NHẬN"}))
      classes.push_back("doc-signature");
    else
      classes.push_back("");
  }
  return classes;
}

std::string restore_marks(std::string html, const std::vector<std::string_view>& classes) {
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  std::size_t table = 0;
  constexpr std::string_view kTable = "<table>";
  for (std::size_t at = 0; at < html.size();) {
    std::string_view rest = std::string_view(html).substr(at);
    if (rest.starts_with(kBreakMark)) {
      out += kBreak;
      at += kBreakMark.size();
    } else if (rest.starts_with(kRuleMark)) {
      out += kRule;
      at += kRuleMark.size();
    } else if (rest.starts_with(kTable)) {
      // Safe mode writes no raw tag, so every "<table>" of the output is one of the tables.
      std::string_view cls = table < classes.size() ? classes[table] : std::string_view();
      ++table;
      out += cls.empty() ? std::string(kTable) : "<table class=\"" + std::string(cls) + "\">";
      at += kTable.size();
    } else {
      out += html[at++];
    }
  }
  return out;
}

} // namespace

std::string markdown_to_html(std::string_view markdown) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  // CMARK_OPT_SAFE is spelled out although it is the default: the safety must not depend on it.
  const int options = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE;
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(options),
                                                                     cmark_parser_free);
  for (const char* name : {"table", "strikethrough"})
    if (auto* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  // Pandoc's tables and PDF text indented like code read as the author meant them.
  const std::string source = normalise_markdown(markdown);
  cmark_parser_feed(parser.get(), source.data(), source.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()),
                                                              cmark_node_free);
  cmark_consolidate_text_nodes(doc.get()); // `\-\-\-` is one text node, not six
  tidy_converter_leftovers(doc.get(), source);
  mark_line_breaks(doc.get());
  const auto classes = table_classes(doc.get());
  char* html =
      cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  cmark_get_default_mem_allocator()->free(html);
  return restore_marks(std::move(out), classes);
}

} // namespace vanban::serve
