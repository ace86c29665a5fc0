// Snippets by our own analysis, so a folded or re-toned match is marked as surely as an exact one.
#include "snippet.hpp"

#include "stored_text.hpp"
#include "vanban/analyzer.hpp"
#include "vanban/text/utf8.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

namespace vanban::index {

namespace {

/// Analysing a whole document costs more than the search itself: a snippet first looks in this
/// many leading bytes, and reads the rest only when no window there holds half the typed words.
constexpr std::size_t kFirstLook = 2048;

/// `text` cut at a space at or before `limit` bytes (never inside a character or a word).
std::string_view leading(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t space = text.rfind(' ', limit);
  return space == std::string_view::npos ? utf8::cut(text, limit) : text.substr(0, space);
}

/// Typed words weigh more than the alternatives a query adds (an abbreviation's long form), and an
/// exact match more than a folded one.
int word_score(const Highlight& h, const Token& t) {
  if (h.typed.count(t.folded)) return h.exact.count(t.exact) ? 3 : 2;
  return h.folded.count(t.folded) ? 1 : 0;
}

/// Start of the window of `w` tokens with the highest total score, and that score.
std::pair<std::size_t, int> best_window(const std::vector<int>& score, std::size_t w) {
  std::size_t n = score.size(), best = 0;
  int sum = 0, best_sum = -1;
  for (std::size_t i = 0; i < n; ++i) {
    sum += score[i];
    if (i >= w) sum -= score[i - w];
    if (i + 1 >= std::min(w, n) && sum > best_sum) {
      best_sum = sum;
      best = i + 1 - std::min(w, n);
    }
  }
  return {best, best_sum};
}

/// A text held whole.
struct WholeText {
  std::string_view text;
  std::string_view leading(std::size_t) const { return text; }
  std::string_view all() const { return text; }
  bool whole() const { return true; }
};

/// The snippet of a text read through `source` (WholeText or StoredText): its leading bytes first,
/// the rest only when the first look finds too few of the typed words.
template <typename Source>
std::string snippet_of(Source& source, const Highlight& highlight, const SnippetStyle& style) {
  auto& analyzer = Analyzer::for_this_thread();
  std::size_t w = std::max<std::size_t>(style.words, 1);
  Analysis analysis;
  std::vector<int> score;
  std::size_t best = 0;
  int best_sum = 0;
  std::string_view text; // read so far: all of it, or a prefix longer than kFirstLook
  for (std::size_t limit : {kFirstLook, text.npos}) {
    text = limit == kFirstLook ? source.leading(kFirstLook) : source.all();
    std::string_view part = leading(text, limit);
    analysis = analyzer.analyze(part);
    score.assign(analysis.tokens.size(), 0);
    for (std::size_t i = 0; i < score.size(); ++i) {
      const Token& t = analysis.tokens[i];
      score[i] = word_score(highlight, t);
    }
    std::tie(best, best_sum) = best_window(score, w);
    if ((source.whole() && part.size() == text.size()) || highlight.folded.empty())
      break;                                    // all read, or filters only
    std::unordered_set<std::string_view> found; // typed words in the best window
    for (std::size_t i = best; i < std::min(score.size(), best + w); ++i)
      if (score[i] && highlight.typed.count(analysis.tokens[i].folded))
        found.insert(analysis.tokens[i].folded);
    if (best_sum > 0 && found.size() * 2 >= highlight.typed.size()) break; // half is good enough
  }
  // Cut by the first look: the text goes on past what was analysed. A prefix is longer than that
  // unless normalising grew it; then the whole text's length decides.
  bool more = analysis.text.size() < text.size();
  if (!more && !source.whole()) more = analysis.text.size() < source.all().size();
  const auto& tokens = analysis.tokens;
  const std::string& t = analysis.text;
  std::size_t n = tokens.size();
  if (n == 0) return {};
  std::size_t last = std::min(n, best + w);
  std::size_t first_hit = best, last_hit = best;
  for (std::size_t i = best; i < last; ++i)
    if (score[i]) {
      if (!score[first_hit]) first_hit = i;
      last_hit = i;
    }
  std::size_t begin = best;
  if (best_sum > 0) {
    std::size_t slack = w - std::min(w, last_hit - first_hit + 1);
    begin = first_hit - std::min(first_hit, slack / 2);
  }
  std::size_t end = std::min(n, begin + w);

  std::string out = begin > 0 ? "… " : "";
  bool open = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) {
      std::string_view gap(t.data() + tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
      bool joins = open && score[i] && gap.find_first_not_of(' ') == std::string_view::npos;
      if (open && !joins) {
        out += style.mark_end;
        open = false;
      }
      out += gap;
    }
    if (score[i] && !open) {
      out += style.mark_begin;
      open = true;
    }
    out.append(t, tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  if (open) out += style.mark_end;
  if (end < n || more) out += " …";
  return out;
}

} // namespace

std::string make_snippet(std::string_view text, const Highlight& highlight,
                         const SnippetStyle& style) {
  WholeText whole{text};
  return snippet_of(whole, highlight, style);
}

std::string make_snippet(StoredText& text, const Highlight& highlight, const SnippetStyle& style) {
  return snippet_of(text, highlight, style);
}

} // namespace vanban::index
