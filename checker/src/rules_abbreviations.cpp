// structure.abbreviation-undefined: an abbreviation used in the body before "Long form (ABBR)".
#include "rules.hpp"

#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"

#include <algorithm>

namespace vanban::check {
namespace {

struct Abbr {
  std::string short_form, long_form;
  int first_use_line = 0, first_use_col = 0;
  bool defined = false;
};

/// The body: after the header parts and the Kính gửi list, before Nơi nhận and the signature.
std::pair<int, int> body_lines(const Context& ctx) {
  const auto& at = ctx.doc.lines;
  int begin = std::max({at.number, at.date, at.type, at.subject, at.kinh_gui});
  for (const auto& r : ctx.doc.recipients)
    if (r.role == RecipientRole::To) begin = std::max(begin, r.line);
  // The part that ends the header may continue on the next lines (a two-line subject).
  while (begin > 0 && begin < ctx.src.line_count() && !text::trim(ctx.src.line(begin + 1)).empty())
    ++begin;
  int end = ctx.src.line_count();
  for (int stop : {at.noi_nhan, at.authority, at.position, at.signer})
    if (stop > begin) end = std::min(end, stop - 1);
  return {begin + 1, end};
}

/// Numbers and dates ("59/KH-LĐLĐ", "135/2020/NĐ-CP") contain codes that are not abbreviations.
/// The word around each occurrence is read once: occurrences come in order, and a line of one
/// long word ("UBND,UBND,…") would otherwise be read again for every one of them.
class NumberWords {
public:
  explicit NumberWords(std::string_view l) : l_(l) {}

  bool inside_number(std::size_t pos) {
    if (pos >= end_) {
      std::size_t b = pos;
      end_ = pos;
      while (b > 0 && l_[b - 1] != ' ') --b;
      while (end_ < l_.size() && l_[end_] != ' ') ++end_;
      slash_ = l_.substr(b, end_ - b).find('/') != std::string_view::npos;
    }
    return slash_;
  }

private:
  std::string_view l_;
  std::size_t end_ = 0; ///< end of the last word read; positions before it are in that word
  bool slash_ = false;
};

bool alnum_after(std::string_view l, std::size_t pos) {
  return pos < l.size() && (text::letter_at(l, pos) || (l[pos] >= '0' && l[pos] <= '9'));
}

void scan_line(const Context& ctx, int n, Abbr& a) {
  auto l = ctx.src.line(n);
  NumberWords words(l);
  for (auto at = l.find(a.short_form); at != std::string_view::npos;
       at = l.find(a.short_form, at + 1)) {
    std::size_t end = at + a.short_form.size();
    if (text::alnum_before(l, at) || alnum_after(l, end) || words.inside_number(at)) continue;
    if (at > 0 && l[at - 1] == '(' && end < l.size() && l[end] == ')') {
      a.defined = true;
      return;
    }
    if (a.first_use_line == 0) {
      a.first_use_line = n;
      a.first_use_col = ctx.src.column(n, at);
    }
  }
}

} // namespace

void check_abbreviations(Context& ctx) {
  std::vector<Abbr> list;
  for (const auto& a : tables::get().abbreviations) list.push_back({a.short_form, a.long_form});
  for (const auto& [s, l] : ctx.options.config.abbreviations) list.push_back({s, l});
  auto [begin, end] = body_lines(ctx);
  for (auto& a : list) {
    for (int n = begin; n <= end && !a.defined; ++n) scan_line(ctx, n, a);
    // Reported once, at the first use: either it precedes the definition or there is none.
    if (a.first_use_line > 0)
      ctx.report("structure.abbreviation-undefined", a.first_use_line, a.first_use_col,
                 {{"abbr", a.short_form}, {"long", a.long_form}});
  }
}

} // namespace vanban::check
