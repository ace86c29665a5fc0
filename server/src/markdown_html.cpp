// cmark-gfm rendering: parser with the table and strikethrough extensions, no CMARK_OPT_UNSAFE.
#include "markdown_html.hpp"

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

/// Stands for a kept line break between rendering and output: U+E000, a private-use character.
/// One already in a document also becomes <br />, which is harmless.
constexpr std::string_view kBreakMark = "\xEE\x80\x80";

/// Safe mode drops every raw HTML tag, which runs the lines of a two-column header cell together
/// ("TAM ĐƯỜNGBAN THƯỜNG VỤ"). A bare <br> carries no attributes, so it is kept: as a mark in a
/// text node (a table cell may not hold a line-break node), turned into <br /> after rendering.
/// Every other tag is still dropped by the renderer.
void mark_line_breaks(cmark_node* root) {
  std::vector<cmark_node*> tags;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE &&
        is_br_tag(cmark_node_get_literal(node)))
      tags.push_back(node);
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

std::string restore_line_breaks(std::string html) {
  constexpr std::string_view kBreak = "<br />";
  for (auto at = html.find(kBreakMark); at != std::string::npos;
       at = html.find(kBreakMark, at + kBreak.size()))
    html.replace(at, kBreakMark.size(), kBreak);
  return html;
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
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(cmark_parser_finish(parser.get()),
                                                              cmark_node_free);
  mark_line_breaks(doc.get());
  char* html =
      cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  cmark_get_default_mem_allocator()->free(html);
  return restore_line_breaks(std::move(out));
}

} // namespace vanban::serve
