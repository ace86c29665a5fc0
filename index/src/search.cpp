// Runs a built query against the archive and turns the match set into hits with snippets.
#include "vanban/query.hpp"

#include "commit_pause.hpp"
#include "database.hpp"
#include "document_terms.hpp"
#include "facets.hpp"
#include "query_builder.hpp"
#include "schema.hpp"
#include "stored_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

namespace vanban {
namespace {

/// Counting matches exactly up to this many keeps `total` honest without scanning huge archives.
constexpr Xapian::doccount kCountExactlyUpTo = 1000;

} // namespace

struct Searcher::Impl {
  std::string dir;
  index::ReadableArchive archive;
  /// A remote shard failed: the connections are opened again before the next query.
  bool broken = false;
};

Searcher::Searcher(const std::string& db_dir)
    : impl_(std::make_unique<Impl>(Impl{db_dir, index::open_archive(db_dir)})) {}
Searcher::~Searcher() = default;

namespace {

/// Scores agreeing to this many significant digits are equal. The same document's score differs
/// in its last bits between one database and shards: Xapian adds the weights of a query's terms
/// in an order that follows each shard's term frequencies.
constexpr int kScoreDigits = 10;

double significant(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*g", kScoreDigits, v);
  return std::strtod(text, nullptr);
}

/// A hit's place in the order: equal keys are ties, which Xapian breaks by docid.
struct Ranked {
  Xapian::docid docid = 0;
  double weight = 0;
  std::string date; ///< read only when sorting by date (the hits' dates are read with them)
  std::string id;
  bool tied(const Ranked& o, bool by_date) const {
    const double scale = std::max({1.0, std::abs(weight), std::abs(o.weight)});
    return std::abs(weight - o.weight) <= scale * std::pow(10.0, 1 - kScoreDigits) &&
           (!by_date || date == o.date);
  }
};

/// Items [first, first + count) of one run of the query.
using Fetch = std::function<Xapian::MSet(Xapian::doccount first, Xapian::doccount count)>;

/// Sorted by relevance then id, an item's id is its sort key, so no document is read: a run of
/// tied scores (a number cited by thousands of documents) costs no document at all, where through
/// xapian-tcpsrv each one read was a round trip. Sorted by date, the date and the id are read from
/// the documents, one by one (MSet::fetch() of Xapian 1.4.22 crashed here on a second page).
std::vector<Ranked> ranked(const Xapian::MSet& mset, bool by_date) {
  std::vector<Ranked> out;
  out.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Ranked r{*it, it.get_weight(), {}, {}};
    if (by_date) {
      Xapian::Document doc = it.get_document();
      r.date = doc.get_value(schema::kDateSlot);
      r.id = doc.get_value(schema::kIdSlot);
    } else {
      r.id = it.get_sort_key();
    }
    out.push_back(std::move(r));
  }
  return out;
}

/// What one fetch gave: items [first, first + items.size()) of the order; fewer than `asked` when
/// the match set ends there.
struct Fetched {
  std::size_t first = 0, asked = 0;
  std::vector<Ranked> items;

  /// Whether items [first, first + want) are all here (or all there are).
  bool covers(std::size_t from, std::size_t want) const {
    return from >= first && (items.size() < asked || from + want <= first + items.size());
  }
  std::vector<Ranked> slice(std::size_t from, std::size_t want) const {
    const std::size_t b = std::min(items.size(), from - first);
    return {items.begin() + b, items.begin() + std::min(items.size(), b + want)};
  }
};

/// A tied run reaching a fetched edge is looked past this many times further at once, by
/// relevance: each fetch runs the whole match again, and doubling 8 → 4,096 items (a number cited
/// by 4,000 documents with equal scores) ran it eleven times. By date every item is a document
/// read, so the margin only doubles.
constexpr std::size_t kLookFurther = 16;

/// The page [offset, offset + limit) with ties in (date and) score ordered by document id. Xapian
/// breaks them by docid, which differs between one database and shards of the same documents, and
/// its scores of one document differ in their last bits, so the page is fetched with a margin on
/// each side until the tied runs at its edges are whole, and each run is sorted by id. (A KeyMaker
/// could not do it: the remote backend refuses one.) The margins grow as they always did; a step
/// that a wider fetch made ahead covers is answered by it, the last step too: the items of a range
/// are the same whatever the fetch around them (Xapian's order is total), so fetching the final
/// margins again only ran the match once more (a third of a much-cited number's time).
std::vector<Ranked> page(const Fetch& fetch, std::size_t offset, std::size_t limit, bool by_date) {
  std::size_t before = std::min<std::size_t>(offset, 8), after = 8;
  auto get = [&](std::size_t first, std::size_t want) {
    return Fetched{first, want, ranked(fetch(first, want), by_date)};
  };
  std::optional<Fetched> ahead; // the widest fetch so far
  for (;;) {
    const std::size_t first = offset - before, want = before + limit + after;
    std::vector<Ranked> items =
        ahead && ahead->covers(first, want) ? ahead->slice(first, want) : get(first, want).items;
    if (items.size() <= before) return {};
    // A run of ties reaching the fetched edge may go on beyond it.
    auto one_run = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from + 1; i <= to; ++i)
        if (!items[i].tied(items[i - 1], by_date)) return false;
      return true;
    };
    const std::size_t last = std::min(items.size(), before + limit) - 1;
    const bool cut_before = first > 0 && one_run(0, before);
    const bool cut_after = items.size() == want && one_run(last, items.size() - 1);
    if (cut_before) before = std::min(offset, before * 2);
    if (cut_after) after = after * 2;
    if (cut_before || cut_after) {
      const std::size_t next_first = offset - before, next_want = before + limit + after;
      if (!by_date && !(ahead && ahead->covers(next_first, next_want))) {
        const std::size_t wide_before = std::min(offset, before * kLookFurther);
        ahead = get(offset - wide_before, wide_before + limit + after * kLookFurther);
      }
      continue;
    }
    for (std::size_t i = 0; i < items.size();) {
      std::size_t j = i + 1;
      while (j < items.size() && items[j].tied(items[j - 1], by_date)) ++j;
      std::sort(items.begin() + i, items.begin() + j,
                [](const Ranked& a, const Ranked& b) { return a.id < b.id; });
      i = j;
    }
    return {items.begin() + before, items.begin() + std::min(items.size(), before + limit)};
  }
}

/// The page's hits with their stored values, and each one's stored (deflated) text. Read slot
/// by slot in docid order: Xapian keeps each slot's values apart, so its cursor then stays in the
/// blocks of one slot instead of going down the tree again for every value (a third fewer block
/// reads and about 0.2 ms less per page at 100,000 documents). The documents are the match's own,
/// so Xapian is not asked to check again that they exist.
std::vector<Hit> page_hits(const Xapian::Database& db, const std::vector<Ranked>& hits,
                           bool by_date, std::vector<std::string>& texts) {
  std::vector<std::size_t> order(hits.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return hits[a].docid < hits[b].docid; });
  std::vector<Xapian::Document> docs(hits.size());
  for (std::size_t i : order) docs[i] = db.get_document(hits[i].docid, Xapian::DOC_ASSUME_VALID);
  std::vector<Hit> out(hits.size());
  auto read = [&](Xapian::valueno slot, std::string Hit::*field) {
    for (std::size_t i : order) out[i].*field = docs[i].get_value(slot);
  };
  read(schema::kPathSlot, &Hit::path);
  read(schema::kNumberSlot, &Hit::number);
  if (by_date) // read with the order
    for (std::size_t i = 0; i < hits.size(); ++i) out[i].date = hits[i].date;
  else
    read(schema::kDateSlot, &Hit::date);
  read(schema::kTypeSlot, &Hit::type);
  read(schema::kSubjectSlot, &Hit::subject);
  read(schema::kIssuerSlot, &Hit::issuer);
  texts.resize(hits.size());
  for (std::size_t i : order) texts[i] = docs[i].get_value(schema::kTextSlot);
  for (std::size_t i = 0; i < hits.size(); ++i) out[i].id = hits[i].id;
  return out;
}

/// Facet counts and the exact total of every match of `query`, in a run of their own that returns
/// no items. Counted with the page, through xapian-tcpsrv, Xapian 1.4 counts the remote items that
/// sort below the page's last item a second time (when sorting by a value as well as relevance):
/// a type's count was 8,050 for 8,045 documents. With no items asked there are none to count
/// twice; the weights are boolean, as only the match set is counted, and the page's own run no
/// longer visits every match.
void count_facets(const Xapian::Database& db, const Xapian::Query& query, SearchResults& results) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_query(query);
  index::FacetSpies spies;
  spies.attach(enquire);
  results.total = enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
  results.facets = spies.collect();
}

/// One attempt: the match set of `built` and its hits with snippets.
SearchResults run_query(const Xapian::Database& db, const index::BuiltQuery& built,
                        const SearchOptions& options) {
  SearchResults results;
  Xapian::Enquire enquire(db);
  // Filters alone rank nothing: newest first is the useful order then.
  const bool by_date = options.sort == SortOrder::Date || !built.has_text;
  if (by_date)
    enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
  else // equal scores by document id: the same order whatever the shards (docids differ)
    enquire.set_sort_by_relevance_then_value(schema::kIdSlot, false);
  Xapian::MSet last;
  const Xapian::Query* query = &built.strict;
  Fetch fetch = [&](Xapian::doccount first, Xapian::doccount count) {
    enquire.set_query(*query);
    last = enquire.get_mset(first, count, kCountExactlyUpTo);
    return last;
  };
  std::vector<Ranked> hits = page(fetch, options.offset, options.limit, by_date);
  if (last.get_matches_estimated() == 0 && built.has_text) {
    query = &built.relaxed;
    hits = page(fetch, options.offset, options.limit, by_date);
    results.relaxed = true;
  }
  results.total = last.get_matches_estimated();
  if (options.facets) count_facets(db, *query, results); // every match: total exact too
  std::vector<std::string> texts;
  results.hits = page_hits(db, hits, by_date, texts);
  index::SnippetStyle style{options.mark_begin, options.mark_end, options.snippet_words};
  for (std::size_t i = 0; i < hits.size(); ++i) {
    Hit& hit = results.hits[i];
    hit.rank = options.offset + i + 1;
    hit.score = significant(hits[i].weight);
    index::StoredText text(texts[i]);
    hit.snippet = index::make_snippet(text, built.highlight, style);
  }
  return results;
}

/// The filters that match no document even alone: asked only when the whole query found nothing,
/// one short match each.
std::vector<QueryFilter> empty_filters(const Xapian::Database& db,
                                       const std::vector<index::BuiltFilter>& filters) {
  std::vector<QueryFilter> empty;
  Xapian::Enquire enquire(db);
  for (const auto& f : filters) {
    enquire.set_query(f.query);
    if (enquire.get_mset(0, 1).empty()) empty.push_back(f.typed);
  }
  return empty;
}

} // namespace

template <typename Fn> auto Searcher::with_retry(Fn fn) -> decltype(fn()) {
  for (int attempt = 0;; ++attempt) {
    try {
      if (impl_->broken) { // throws ArchiveError (Unavailable) while the shard is still down
        impl_->archive = index::open_archive(impl_->dir);
        impl_->broken = false;
      }
      return fn();
    } catch (const Xapian::DatabaseModifiedError& e) {
      // A writer committed twice while we read: move to its latest revision and try once more.
      if (attempt > 0) index::throw_archive_error(impl_->dir, e);
      impl_->archive.all.reopen();
    } catch (const Xapian::NetworkError& e) {
      // A remote shard closed or timed out: its connection is dead. Connected again, the query
      // is run once more; a shard still down is named.
      impl_->broken = true;
      if (attempt > 0) {
        auto down = index::unreachable_shard(impl_->dir);
        throw ArchiveError(ArchiveError::Kind::Unavailable,
                           "shard " + down.value_or("(unknown)") + " of the archive " + impl_->dir +
                               " cannot be reached (" + e.get_msg() +
                               "): start its xapian-tcpsrv and try again");
      }
    } catch (const Xapian::Error& e) {
      index::throw_archive_error(impl_->dir, e);
    }
  }
}

SearchResults Searcher::search(const std::string& query, const SearchOptions& options) {
  index::pause_before_query_if_asked(); // a test kills a shard here (test_shards_midquery.sh)
  return with_retry([&] {
    // Built on the revision it runs on: its shape depends on the archive's term statistics.
    index::BuiltQuery built = index::build_query(query, &impl_->archive.all);
    SearchResults results = run_query(impl_->archive.all, built, options);
    results.query = query;
    results.has_text = built.has_text;
    for (const auto& f : built.filters) results.filters.push_back(f.typed);
    if (results.total == 0)
      results.empty_filters = empty_filters(impl_->archive.all, built.filters);
    return results;
  });
}

std::optional<StoredDocument> Searcher::document(const std::string& id) {
  return with_retry([&]() -> std::optional<StoredDocument> {
    Xapian::Database& db = impl_->archive.all;
    auto it = db.postlist_begin(index::term(schema::kId, id));
    if (it == db.postlist_end(index::term(schema::kId, id))) return std::nullopt;
    Xapian::Document doc = db.get_document(*it);
    return StoredDocument{doc.get_value(schema::kIdSlot), doc.get_value(schema::kPathSlot),
                          doc.get_value(schema::kShaSlot), doc.get_data()};
  });
}

std::string Searcher::base_dir() {
  return with_retry([&] { return impl_->archive.all.get_metadata(schema::kBaseDirKey); });
}

std::uint64_t Searcher::revision() {
  return with_retry([&] { return impl_->archive.revision(); });
}

bool Searcher::reopen() {
  return with_retry([&] {
    // A compaction swapped a database folder in: the open one is the old copy, which Xapian's
    // reopen() keeps reading, so the archive is opened again.
    if (impl_->archive.replaced()) {
      impl_->archive = index::open_archive(impl_->dir);
      return true;
    }
    return impl_->archive.all.reopen();
  });
}

} // namespace vanban
