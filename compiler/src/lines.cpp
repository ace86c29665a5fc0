// Walks the cmark-gfm tree once and emits the document's visual lines.
#include "lines.hpp"

#include "vanban/text/text.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace vanban::lines {
namespace {

void register_extensions_once() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

/// Accumulates the current line's text and whether it is all bold / all italic.
struct LineBuilder {
  std::string text;
  std::size_t bold = 0, not_bold = 0;     ///< visible bytes inside / outside strong
  std::size_t italic = 0, not_italic = 0; ///< visible bytes inside / outside emph
};

/// Walks the tree with cmark's iterator, never by recursion: a hostile document nesting
/// block quotes or emphasis thousands deep must not exhaust the stack.
class Flattener {
public:
  std::vector<Line> out;

  void walk(cmark_node* root) {
    struct ListState {
      bool ordered;
      int next;
      const char* delim;
    };
    std::vector<ListState> lists;
    int depth = 0;
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(it);
      const bool enter = ev == CMARK_EVENT_ENTER;
      const bool ordered = !lists.empty() && lists.back().ordered;
      switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LIST:
        if (enter) {
          lists.push_back({cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                           cmark_node_get_list_start(node),
                           cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ") " : ". "});
        } else {
          lists.pop_back();
        }
        break;
      case CMARK_NODE_ITEM:
        if (enter) {
          ++depth;
          auto& list = lists.back();
          pending_marker_ = list.ordered ? std::to_string(list.next++) + list.delim : std::string();
          item_start_pending_ = true;
        } else {
          --depth;
          pending_marker_.clear();
          item_start_pending_ = false;
        }
        break;
      case CMARK_NODE_PARAGRAPH:
        emit_inlines(node, Kind::Paragraph, 0, depth, ordered);
        cmark_iter_reset(it, node, CMARK_EVENT_EXIT); // its inlines are done
        break;
      case CMARK_NODE_HEADING:
        emit_inlines(node, Kind::Heading, cmark_node_get_heading_level(node), depth, ordered);
        cmark_iter_reset(it, node, CMARK_EVENT_EXIT);
        break;
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
        emit_literal(node, depth);
        break;
      default:
        if (enter && std::strcmp(cmark_node_get_type_string(node), "table") == 0) {
          emit_table(node);
          cmark_iter_reset(it, node, CMARK_EVENT_EXIT);
        }
        break;
      }
    }
    cmark_iter_free(it);
  }

private:
  int block_count_ = 0;
  int table_count_ = 0;
  // Context for the lines being built.
  Line proto_;
  LineBuilder cur_;
  int line_no_ = 0;
  int strong_depth_ = 0, emph_depth_ = 0;
  std::string pending_marker_; ///< "3. " to prefix the first line of an ordered item
  bool item_start_pending_ = false;

  void start(cmark_node* node, Kind kind, int heading, int depth, bool ordered) {
    proto_ = Line{};
    proto_.kind = depth > 0 && kind == Kind::Paragraph ? Kind::ListItem : kind;
    proto_.heading = heading;
    proto_.depth = depth;
    proto_.ordered = ordered;
    proto_.block = block_count_++;
    line_no_ = cmark_node_get_start_line(node);
    cur_ = LineBuilder{};
    if (item_start_pending_) {
      proto_.item_start = true;
      cur_.text = pending_marker_;
      item_start_pending_ = false;
      pending_marker_.clear();
    }
  }

  void flush() {
    std::string_view t = text::trim(cur_.text);
    if (!t.empty() && cur_.text.find_first_not_of(" \t") != std::string::npos) {
      Line line = proto_;
      line.text = text::squeeze(t);
      line.line = line_no_;
      line.strong = cur_.bold > 0 && cur_.not_bold == 0;
      line.emph = cur_.italic > 0 && cur_.not_italic == 0;
      if (!line.text.empty()) out.push_back(std::move(line));
      proto_.item_start = false;
    }
    cur_ = LineBuilder{};
  }

  void append(const char* s) {
    if (!s) return;
    cur_.text += s;
    std::size_t visible = 0;
    for (const char* p = s; *p; ++p) visible += *p != ' ' && *p != '\t';
    (strong_depth_ > 0 ? cur_.bold : cur_.not_bold) += visible;
    (emph_depth_ > 0 ? cur_.italic : cur_.not_italic) += visible;
  }

  /// The inline content of a block or a table cell, in order; breaks end a line.
  void inlines(cmark_node* parent) {
    cmark_iter* it = cmark_iter_new(parent);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it);
      if (n == parent) continue;
      const int step = ev == CMARK_EVENT_ENTER ? 1 : -1;
      switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        append(cmark_node_get_literal(n));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        flush();
        ++line_no_;
        break;
      case CMARK_NODE_HTML_INLINE: {
        const char* html = cmark_node_get_literal(n);
        if (html && (std::strncmp(html, "<br", 3) == 0 || std::strncmp(html, "<BR", 3) == 0))
          flush();
        break;
      }
      case CMARK_NODE_STRONG:
        strong_depth_ += step;
        break;
      case CMARK_NODE_EMPH:
        emph_depth_ += step;
        break;
      default: // links, images, strikethrough: their text comes as children
        break;
      }
    }
    cmark_iter_free(it);
  }

  void emit_inlines(cmark_node* node, Kind kind, int heading, int depth, bool ordered) {
    start(node, kind, heading, depth, ordered);
    inlines(node);
    flush();
  }

  void emit_literal(cmark_node* node, int depth) {
    start(node, Kind::Code, 0, depth, false);
    const char* lit = cmark_node_get_literal(node);
    if (std::strncmp(cmark_node_get_type_string(node), "html_block", 10) == 0 && lit &&
        std::strncmp(lit, "<!--", 4) == 0)
      return; // comments (e.g. vanban-disable) are invisible when rendered
    std::string_view rest = lit ? lit : "";
    while (!rest.empty()) {
      std::size_t nl = rest.find('\n');
      cur_.text = std::string(rest.substr(0, nl));
      flush();
      ++line_no_;
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
  }

  void emit_table(cmark_node* table) {
    int table_index = table_count_++;
    int row_index = 0;
    for (cmark_node* row = cmark_node_first_child(table); row;
         row = cmark_node_next(row), ++row_index) {
      int cell_index = 0;
      for (cmark_node* cell = cmark_node_first_child(row); cell;
           cell = cmark_node_next(cell), ++cell_index) {
        start(row, Kind::TableCell, 0, 0, false);
        proto_.table = table_index;
        proto_.row = row_index;
        proto_.cell = cell_index;
        inlines(cell);
        flush();
      }
    }
  }
};

std::size_t non_blank_lines(std::string_view markdown) {
  std::size_t count = 0;
  bool blank = true;
  for (char c : markdown) {
    if (c == '\n') {
      count += !blank;
      blank = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      blank = false;
    }
  }
  return count + !blank;
}

} // namespace

std::vector<Line> flatten(std::string_view markdown) {
  register_extensions_once();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
  Flattener f;
  // One line for each source line that is not blank, reserved at once: the vector of a document
  // of millions of short lines is not reallocated (and copied, beside cmark's tree) as it grows.
  f.out.reserve(non_blank_lines(markdown));
  f.walk(doc.get());
  return std::move(f.out);
}

} // namespace vanban::lines
