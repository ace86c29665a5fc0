// Builds the Xapian query: words as units (exact or folded, abbreviation ↔ long form), numbers
// and dates as single terms, pairs of words as a boost that ranks phrases first, fields as filters.
#include "query_builder.hpp"

#include "abbreviations.hpp"
#include "document_terms.hpp"
#include "query_lexer.hpp"
#include "schema.hpp"
#include "vanban/query_error.hpp"
#include "vanban/text/calendar.hpp"
#include "vanban/text/dates.hpp"
#include "vanban/text/messages.hpp"
#include "vanban/text/number.hpp"
#include "vanban/text/number_key.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace vanban::index {
namespace {

using text::Lang;
using Xapian::Query;

/// A number in the query finds its own document first, then the documents citing it.
constexpr double kOwnNumberWeight = 4.0;
/// Consecutive query words found side by side in a document weigh this much more.
constexpr double kPairWeight = 2.0;
/// A query word found in a document's title (type, subject, year) adds this many times its rarity
/// among titles, whatever the body's length: a plain query that names a document ranks it above
/// long texts that merely use its words often. A pair of query words found side by side in the
/// title adds as much again.
constexpr double kTitleWeight = 1.5;
/// Shorter abbreviations (TU, TT, VP) are ordinary syllables too: expanded only when written in
/// capitals.
constexpr std::size_t kAlwaysExpandFrom = 4;

/// A term that only adds weight (a word's exact form, a pair of query words side by side, a title
/// term) is left out of the query when more than this share of the archive's documents hold it.
/// A third is where BM25 gives up on a term: its idf, log((N − n + ½) / (n + ½)), would fall below
/// log 2, and Xapian squeezes it into [0, log 2) there (a tenth of a word in one document of a
/// thousand); a title term there weighs at most 1.5 · log 3. But such a term's posting list is
/// among the longest, and the matcher reads every entry of every list in the query, pruning or not
/// (too dense to skip): at 100,000 documents "công nhân" read eight lists of 25,000 to 100,000
/// documents, three times what omindex's AND of the two words reads, and was the slowest query.
/// Required terms (the words, a quoted phrase's pairs) are always read.
constexpr double kDenseShare = 1.0 / 3;

/// The documents whose title holds `term` (a boolean term of schema::kTitle), each weighing
/// `scale` × the term's inverse title frequency, log(1 + (N − n + ½) / (n + ½)), whatever the
/// document's length. Not BM25: that would divide a title match by the length of a law's text.
class TitleSource : public Xapian::PostingSource {
public:
  TitleSource(std::string term, double scale) : term_(std::move(term)), scale_(scale) {}

  void init(const Xapian::Database& db) override {
    it_ = db.postlist_begin(term_);
    end_ = db.postlist_end(term_);
    started_ = false;
    termfreq_ = db.get_termfreq(term_);
    double n = db.get_doccount();
    weight_ = termfreq_ ? scale_ * std::log(1.0 + (n - termfreq_ + 0.5) / (termfreq_ + 0.5)) : 0.0;
    set_maxweight(weight_);
  }
  Xapian::doccount get_termfreq_min() const override { return termfreq_; }
  Xapian::doccount get_termfreq_est() const override { return termfreq_; }
  Xapian::doccount get_termfreq_max() const override { return termfreq_; }
  void next(double) override {
    if (started_) ++it_;
    started_ = true;
  }
  void skip_to(Xapian::docid did, double) override {
    started_ = true;
    it_.skip_to(did);
  }
  bool at_end() const override { return it_ == end_; }
  Xapian::docid get_docid() const override { return *it_; }
  double get_weight() const override { return weight_; }
  TitleSource* clone() const override { return new TitleSource(term_, scale_); }
  std::string name() const override { return "vanban.TitleSource"; }
  std::string get_description() const override { return "TitleSource(" + term_ + ")"; }

private:
  std::string term_;
  double scale_;
  Xapian::PostingIterator it_, end_;
  Xapian::doccount termfreq_ = 0;
  double weight_ = 0;
  bool started_ = false;
};

/// Whether a term that only adds weight, held by `termfreq` of `documents`, is held by more than
/// kDenseShare of them.
bool dense(Xapian::doccount termfreq, Xapian::doccount documents) {
  return termfreq > kDenseShare * documents;
}
/// The same for `t` in `db` (never without statistics).
bool dense(const Xapian::Database* db, const std::string& t) {
  return db && dense(db->get_termfreq(t), db->get_doccount());
}

/// TitleSource's weight, computed once from the whole archive's statistics and carried by
/// Xapian's own FixedWeightPostingSource beside the weightless term. A posting source of our own
/// is not run by xapian-tcpsrv, and would see one shard's statistics at a time: the scores of a
/// sharded archive would differ from those of one database. Without statistics (`db` null) the
/// weight is found when the query runs, by TitleSource. None when the term is dense().
std::optional<Query> title_term(std::string t, const Xapian::Database* db) {
  if (!db) return Query((new TitleSource(std::move(t), kTitleWeight))->release());
  const Xapian::doccount documents = db->get_doccount();
  const Xapian::doccount tf = db->get_termfreq(t);
  if (!tf) return Query(std::move(t));           // matches nothing, as TitleSource did
  if (dense(tf, documents)) return std::nullopt; // tf known: no second round trip
  const double n = documents;
  const double weight = kTitleWeight * std::log(1.0 + (n - tf + 0.5) / (tf + 0.5));
  return Query(Query::OP_AND, Query((new Xapian::FixedWeightPostingSource(weight))->release()),
               Query(Query::OP_SCALE_WEIGHT, Query(std::move(t)), 0.0));
}

Query any_of(const std::vector<Query>& qs) {
  return qs.size() == 1 ? qs[0] : Query(Query::OP_OR, qs.begin(), qs.end());
}
Query all_of(const std::vector<Query>& qs) {
  return qs.size() == 1 ? qs[0] : Query(Query::OP_AND, qs.begin(), qs.end());
}

/// Words of one kind of text (body or a field) → required units and optional pair boosts.
class WordUnits {
public:
  WordUnits(const schema::TermSpace& space, Highlight* highlight,
            const Xapian::Database* db = nullptr)
      : space_(space), highlight_(highlight), db_(db) {}

  /// `phrase`: the pairs are required too (a "quoted phrase"), with the boost's weight.
  void add(const std::vector<Token>& tokens, bool phrase) {
    bool marked = false; // written with diacritics: exact forms then rank above folded ones
    for (const auto& t : tokens) marked |= t.exact != t.folded;
    for (const auto& t : tokens) highlight_->typed.insert(t.folded);
    for (std::size_t i = 0; i < tokens.size();) i += add_unit(tokens, i, marked);
    if (&space_ == &schema::kText) add_titles(tokens);
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      if (tokens[i].after_stop) continue; // no pair is indexed across a sentence stop
      std::string p = pair_term(tokens[i - 1], tokens[i]);
      // A phrase's pair is required and weighs what it would as a unit plus a boost, but appears
      // once: each term in the query tree is one more posting list read for every candidate, and
      // the pairs of a phrase of common words are in most documents.
      if (phrase)
        units.push_back(Query(Query::OP_SCALE_WEIGHT, Query(p), 1 + kPairWeight));
      else if (!dense(db_, p))
        boosts.push_back(Query(p));
    }
  }

  std::vector<Query> units, boosts;
  std::vector<Query> titles; ///< the words and pairs looked for in titles (body text only)

private:
  /// Each word and each pair of the query once, as title terms: optional, they only add weight.
  void add_titles(const std::vector<Token>& tokens) {
    auto add = [&](std::string t) {
      if (title_terms_.insert(t).second)
        if (auto q = title_term(std::move(t), db_)) titles.push_back(*q);
    };
    // The query's first pair as a title's first: the query names the document.
    if (!started_ && tokens.size() >= 2) {
      started_ = true;
      add(bigram(schema::kTitleStart, tokens[0].folded, tokens[1].folded));
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      add(term(schema::kTitle.folded_word, tokens[i].folded));
      if (i > 0) add(bigram(schema::kTitle.folded_bigram, tokens[i - 1].folded, tokens[i].folded));
    }
  }

  /// Adds the unit starting at tokens[i]; returns how many tokens it took.
  std::size_t add_unit(const std::vector<Token>& tokens, std::size_t i, bool marked) {
    for (const auto& a : abbreviations()) { // a long form written out also finds its abbreviation
      std::size_t n = a.long_tokens.size();
      if (n < 2 || i + n > tokens.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < n && same; ++k)
        same = tokens[i + k].folded == a.long_tokens[k].folded;
      if (!same) continue;
      std::vector<Token> run(tokens.begin() + i, tokens.begin() + i + n);
      units.push_back(
          Query(Query::OP_OR, pairs(run, marked), Query(term(space_.folded_word, a.short_folded))));
      mark(run);
      highlight_->folded.insert(a.short_folded);
      return n;
    }
    const Token& t = tokens[i];
    Query q = word(t, marked);
    if (t.caps || t.folded.size() >= kAlwaysExpandFrom)
      for (const auto& a : abbreviations())
        if (t.folded == a.short_folded) { // an abbreviation also finds its long form
          q = Query(Query::OP_OR, q, pairs(a.long_tokens, false));
          mark(a.long_tokens);
          break;
        }
    units.push_back(q);
    mark({t});
    return 1;
  }

  /// The folded word, and the exact one as well when it has marks: a document with the same marks
  /// matches both and so ranks above one that only matches folded. Every document with the exact
  /// term has the folded one too (add_tokens), so the folded term alone decides the match and the
  /// exact one only adds weight: AND_MAYBE gives the matches and weights of an OR of the two, and
  /// the folded term's match estimate (an OR's estimate adds the exact term's documents again).
  /// An exact form in more than kDenseShare of the documents is left out: it weighs next to
  /// nothing.
  Query word(const Token& t, bool marked) const {
    std::string folded_term = term(space_.folded_word, t.folded);
    Query folded(folded_term);
    if (!marked || !space_.word || t.exact == t.folded) return folded;
    std::string exact_term = term(space_.word, t.exact);
    // Every occurrence of the folded word has these marks (the same collection frequency, and the
    // exact count never exceeds the folded one in a document): the two terms then have the same
    // wdf in every document and the same statistics, so the exact one weighs what the folded one
    // does. Doubling the folded term gives those weights without reading a second posting list.
    if (db_ && db_->get_collection_freq(exact_term) == db_->get_collection_freq(folded_term))
      return Query(Query::OP_SCALE_WEIGHT, folded, 2.0);
    if (dense(db_, exact_term)) return folded;
    return Query(Query::OP_AND_MAYBE, folded, Query(exact_term));
  }

  std::string pair_term(const Token& a, const Token& b) const {
    return bigram(space_.folded_bigram, a.folded, b.folded);
  }

  /// Every consecutive pair required: the words side by side, in order. Across a sentence stop
  /// (no pair indexed there) the two words are required instead.
  Query pairs(const std::vector<Token>& run, bool marked) const {
    if (run.size() == 1) return word(run[0], marked);
    std::vector<Query> qs;
    for (std::size_t k = 1; k < run.size(); ++k) {
      if (!run[k].after_stop) {
        qs.push_back(Query(pair_term(run[k - 1], run[k])));
      } else {
        qs.push_back(word(run[k - 1], marked));
        qs.push_back(word(run[k], marked));
      }
    }
    return all_of(qs);
  }

  void mark(const std::vector<Token>& tokens) {
    for (const auto& t : tokens) {
      highlight_->exact.insert(t.exact);
      highlight_->folded.insert(t.folded);
    }
  }

  const schema::TermSpace& space_;
  Highlight* highlight_;
  const Xapian::Database* db_; ///< term statistics, when known
  std::set<std::string> title_terms_;
  bool started_ = false; ///< the query's first pair was seen
};

bool digit(char c) {
  return c >= '0' && c <= '9';
}

/// A real date typed at `pos` (d/m/yyyy or yyyy-mm-dd, the text library's one parser) → ISO
/// date; `end` past it. 31/02 is no date, here as in a document.
std::optional<std::string> parse_date(std::string_view s, std::size_t pos, std::size_t& end) {
  auto f = dates::typed_at(s, pos);
  if (!f || f->impossible) return std::nullopt;
  end = f->end;
  return dates::iso(f->date);
}

/// A document number at `pos`, tolerant of lower case ("59/kh-lđlđ"); nullopt when none.
std::optional<number::Parsed> parse_number(std::string_view s, const std::string& upper,
                                           std::size_t pos) {
  auto p = number::parse_at(s, pos, number::Mode::Relaxed);
  if (!p && upper.size() == s.size()) p = number::parse_at(upper, pos, number::Mode::Relaxed);
  if (!p || p->number.text.find('/') == std::string::npos) return std::nullopt;
  return p;
}

/// Free text: numbers and dates become single-term units; the text between them, word units.
void add_free_text(const QueryPart& part, WordUnits& words, std::vector<Query>& units,
                   Highlight& highlight) {
  const std::string& s = part.value;
  std::string upper = text::to_upper(s);
  auto& analyzer = Analyzer::for_this_thread();
  std::size_t from = 0;
  auto flush = [&](std::size_t to) {
    words.add(analyzer.analyze(std::string_view(s).substr(from, to - from)).tokens, part.quoted);
  };
  for (std::size_t pos = 0; pos < s.size(); ++pos) {
    if (!digit(s[pos]) || text::alnum_before(s, pos)) continue;
    std::size_t end = pos;
    if (auto typed = dates::typed_at(s, pos); typed && typed->impossible) {
      pos = typed->end - 1; // 31/02/2024: words, as in a document; neither a date nor a number
      continue;
    }
    if (auto iso = parse_date(s, pos, end)) {
      flush(pos);
      units.push_back(Query(term(schema::kDate, *iso)));
    } else if (auto num = parse_number(s, upper, pos)) {
      flush(pos);
      std::string key = number_keys(num->number.text).front();
      // Snippets look for the sequence number ("409"): the symbol's words are everywhere.
      highlight.folded.insert(std::to_string(num->number.seq));
      highlight.typed.insert(std::to_string(num->number.seq));
      highlight.folded.insert((num->number.seq < 10 ? "0" : "") + std::to_string(num->number.seq));
      units.push_back(
          Query(Query::OP_OR,
                Query(Query::OP_SCALE_WEIGHT, Query(term(schema::kNumber, key)), kOwnNumberWeight),
                Query(term(schema::kCites, key))));
      end = num->end;
    } else {
      continue;
    }
    from = end;
    pos = end - 1;
  }
  flush(s.size());
}

/// The part of the query a filter came from, as the user would type it again.
std::string typed(const QueryPart& part) {
  bool spaced = part.value.find(' ') != std::string::npos;
  return part.field + ":" + (part.exact ? "=" : "") + (spaced ? "\"" : "") + part.value +
         (spaced ? "\"" : "");
}

/// All of `s` is digits, and there are `lo` to `hi` of them.
bool all_digits(std::string_view s, std::size_t lo, std::size_t hi) {
  if (s.size() < lo || s.size() > hi) return false;
  for (char c : s)
    if (!digit(c)) return false;
  return true;
}

/// One end of a date: range as an ISO prefix ("2024", "2024-03", "2024-03-29"), "" when open.
/// Only real days, months and years (the text library's calendar): anything else is the user's
/// typo, not a range that silently finds nothing.
std::string date_bound(const std::string& v, const QueryPart& part) {
  if (v.empty()) return v;
  std::size_t end = 0;
  if (auto d = parse_date(v, 0, end); d && end == v.size()) return *d;
  std::string_view y = std::string_view(v).substr(0, 4);
  if (all_digits(y, 4, 4) && v.size() == 4 && calendar::real_year(std::stoi(v))) return v;
  if (all_digits(y, 4, 4) && v.size() > 5 && v[4] == '-' &&
      all_digits(std::string_view(v).substr(5), 1, 2)) {
    int year = std::stoi(std::string(y)), month = std::stoi(v.substr(5));
    if (calendar::real_month(year, month)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      return buf;
    }
  }
  throw QueryError(typed(part), text::message("query.date.not_real", Lang::Vi, {v}),
                   text::message("query.date.not_real", Lang::En, {v}));
}

Query date_filter(const QueryPart& part) {
  const std::string& value = part.value;
  auto dots = value.find("..");
  std::string from = date_bound(value.substr(0, dots), part),
              to = dots == std::string::npos ? from : date_bound(value.substr(dots + 2), part);
  // "~" sorts after digits and '-': "2024-03~" ends March, so partial dates cover their span.
  if (from.empty() && to.empty())
    throw QueryError(typed(part), text::message("query.date.empty", Lang::Vi),
                     text::message("query.date.empty", Lang::En));
  if (from.empty()) return Query(Query::OP_VALUE_LE, schema::kDateSlot, to + "~");
  if (to.empty()) return Query(Query::OP_VALUE_GE, schema::kDateSlot, from);
  return Query(Query::OP_VALUE_RANGE, schema::kDateSlot, from, to + "~");
}

Query field_filter(const QueryPart& part) {
  const std::string& f = part.field;
  if (part.exact) {
    // The facets of `vanban serve` count stored issuer names: this filter gives exactly their
    // count, where issuer: (any document whose issuing body has these words) may give more.
    if (f != "issuer")
      throw QueryError(typed(part), text::message("query.exact.unsupported", Lang::Vi, {f}),
                       text::message("query.exact.unsupported", Lang::En, {f}));
    return Query(Query::OP_VALUE_RANGE, schema::kIssuerSlot, part.value, part.value);
  }
  if (f == "type") return Query(term(schema::kType, squash_key(part.value)));
  if (f == "number") return Query(term(schema::kNumber, number_key(part.value)));
  if (f == "cites") return Query(term(schema::kCites, number_key(part.value)));
  if (f == "year") {
    if (!all_digits(part.value, 4, 4) || !calendar::real_year(std::stoi(part.value)))
      throw QueryError(typed(part), text::message("query.year.invalid", Lang::Vi, {part.value}),
                       text::message("query.year.invalid", Lang::En, {part.value}));
    return Query(term(schema::kYear, part.value));
  }
  if (f == "date") return date_filter(part);
  const schema::TermSpace& space = f == "issuer"   ? schema::kIssuer
                                   : f == "signer" ? schema::kSigner
                                                   : schema::kRecipient;
  Highlight unused; // filters are not marked in snippets: the snippet shows the body
  WordUnits words(space, &unused);
  words.add(Analyzer::for_this_thread().analyze(part.value).tokens, false);
  if (words.units.empty())
    throw QueryError(typed(part), text::message("query.field.no_words", Lang::Vi, {f}),
                     text::message("query.field.no_words", Lang::En, {f}));
  return all_of(words.units);
}

} // namespace

BuiltQuery build_query(std::string_view query, const Xapian::Database* db) {
  // Checked before anything reads it: ICU would read ill-formed bytes as U+FFFD and search for
  // something the user did not type, and the query is echoed back in JSON.
  if (!utf8::valid(query))
    throw QueryError("", text::message("query.not_utf8", Lang::Vi),
                     text::message("query.not_utf8", Lang::En));
  BuiltQuery out;
  WordUnits words(schema::kText, &out.highlight, db);
  std::vector<Query> units;
  std::map<std::string, std::vector<Query>> filters; // OR within a field, AND across fields
  for (const auto& part : lex_query(query)) {
    if (part.field.empty())
      add_free_text(part, words, units, out.highlight);
    else {
      Query filter = field_filter(part);
      filters[part.field].push_back(filter);
      out.filters.push_back({{part.field, part.value}, filter});
    }
  }
  units.insert(units.end(), words.units.begin(), words.units.end());
  std::vector<Query> filter_list;
  for (const auto& [_, qs] : filters) filter_list.push_back(any_of(qs));
  if (units.empty() && filter_list.empty())
    throw QueryError("", text::message("query.empty", Lang::Vi),
                     text::message("query.empty", Lang::En));

  out.has_text = !units.empty();
  if (!out.has_text) {
    out.strict = out.relaxed = Query(Query::OP_SCALE_WEIGHT, all_of(filter_list), 0.0);
    return out;
  }
  out.strict = Query(Query::OP_AND, units.begin(), units.end());
  out.relaxed = Query(Query::OP_OR, units.begin(), units.end());
  std::vector<Query> boosts = words.titles;
  if (!words.boosts.empty())
    boosts.push_back(Query(Query::OP_SCALE_WEIGHT, any_of(words.boosts), kPairWeight));
  if (!boosts.empty()) {
    Query boost = any_of(boosts);
    out.strict = Query(Query::OP_AND_MAYBE, out.strict, boost);
    out.relaxed = Query(Query::OP_AND_MAYBE, out.relaxed, boost);
  }
  if (!filter_list.empty()) {
    Query filter = all_of(filter_list);
    out.strict = Query(Query::OP_FILTER, out.strict, filter);
    out.relaxed = Query(Query::OP_FILTER, out.relaxed, filter);
  }
  return out;
}

} // namespace vanban::index
