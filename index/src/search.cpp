// Runs a built query against the archive and turns the match set into hits with snippets.
#include "vanban/query.hpp"

#include "database.hpp"
#include "document_terms.hpp"
#include "facets.hpp"
#include "query_builder.hpp"
#include "schema.hpp"

namespace vanban {
namespace {

/// Counting matches exactly up to this many keeps `total` honest without scanning huge archives.
constexpr Xapian::doccount kCountExactlyUpTo = 1000;

} // namespace

struct Searcher::Impl {
  std::string dir;
  Xapian::Database db;
};

Searcher::Searcher(const std::string& db_dir)
    : impl_(std::make_unique<Impl>(Impl{db_dir, index::open_readonly(db_dir)})) {}
Searcher::~Searcher() = default;

namespace {

/// One attempt: the match set of `built` and its hits with snippets.
SearchResults run_query(const Xapian::Database& db, const index::BuiltQuery& built,
                        const SearchOptions& options) {
  SearchResults results;
  Xapian::Enquire enquire(db);
  // Filters alone rank nothing: newest first is the useful order then.
  if (options.sort == SortOrder::Date || !built.has_text)
    enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
  // Facets count every match, so the whole match set is visited when they are asked for.
  Xapian::doccount check_at_least = options.facets ? db.get_doccount() : kCountExactlyUpTo;
  std::optional<index::FacetSpies> spies;
  auto run = [&](const Xapian::Query& q) {
    enquire.set_query(q);
    if (options.facets) spies.emplace().attach(enquire); // fresh counters for each attempt
    return enquire.get_mset(options.offset, options.limit, check_at_least);
  };
  Xapian::MSet mset = run(built.strict);
  if (mset.get_matches_estimated() == 0 && built.has_text) {
    mset = run(built.relaxed);
    results.relaxed = true;
  }
  results.total = mset.get_matches_estimated();
  if (spies) results.facets = spies->collect();
  index::SnippetStyle style{options.mark_begin, options.mark_end, options.snippet_words};
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Xapian::Document doc = it.get_document();
    Hit hit;
    hit.rank = options.offset + it.get_rank() - mset.get_firstitem() + 1;
    hit.id = doc.get_value(schema::kIdSlot);
    hit.path = doc.get_value(schema::kPathSlot);
    hit.number = doc.get_value(schema::kNumberSlot);
    hit.date = doc.get_value(schema::kDateSlot);
    hit.type = doc.get_value(schema::kTypeSlot);
    hit.subject = doc.get_value(schema::kSubjectSlot);
    hit.issuer = doc.get_value(schema::kIssuerSlot);
    hit.score = it.get_weight();
    hit.snippet = index::make_snippet(doc.get_value(schema::kTextSlot), built.highlight, style);
    results.hits.push_back(std::move(hit));
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
      return fn();
    } catch (const Xapian::DatabaseModifiedError& e) {
      // A writer committed twice while we read: move to its latest revision and try once more.
      if (attempt > 0) index::throw_archive_error(impl_->dir, e);
      impl_->db.reopen();
    } catch (const Xapian::Error& e) {
      index::throw_archive_error(impl_->dir, e);
    }
  }
}

SearchResults Searcher::search(const std::string& query, const SearchOptions& options) {
  return with_retry([&] {
    // Built on the revision it runs on: its shape depends on the archive's term statistics.
    index::BuiltQuery built = index::build_query(query, &impl_->db);
    SearchResults results = run_query(impl_->db, built, options);
    results.query = query;
    results.has_text = built.has_text;
    for (const auto& f : built.filters) results.filters.push_back(f.typed);
    if (results.total == 0) results.empty_filters = empty_filters(impl_->db, built.filters);
    return results;
  });
}

std::optional<StoredDocument> Searcher::document(const std::string& id) {
  return with_retry([&]() -> std::optional<StoredDocument> {
    Xapian::Database& db = impl_->db;
    auto it = db.postlist_begin(index::term(schema::kId, id));
    if (it == db.postlist_end(index::term(schema::kId, id))) return std::nullopt;
    Xapian::Document doc = db.get_document(*it);
    return StoredDocument{doc.get_value(schema::kIdSlot), doc.get_value(schema::kPathSlot),
                          doc.get_value(schema::kShaSlot), doc.get_data()};
  });
}

std::string Searcher::base_dir() {
  return with_retry([&] { return impl_->db.get_metadata(schema::kBaseDirKey); });
}

std::uint64_t Searcher::revision() {
  return with_retry([&] { return std::uint64_t{impl_->db.get_revision()}; });
}

bool Searcher::reopen() {
  return with_retry([&] { return impl_->db.reopen(); });
}

} // namespace vanban
