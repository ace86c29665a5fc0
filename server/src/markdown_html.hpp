// A document's Markdown as HTML for the document page.
#pragma once

#include <string>
#include <string_view>

namespace vanban::serve {

/// cmark-gfm with GFM tables, in its safe mode: raw HTML is replaced by a comment and links to
/// javascript:, vbscript:, file: and data: (other than images) are emptied, so archived text can
/// never run script in the page.
std::string markdown_to_html(std::string_view markdown);

} // namespace vanban::serve
