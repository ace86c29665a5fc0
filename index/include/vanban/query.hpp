// Searching an archive: a query string (free text, numbers, field filters) → ranked hits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "vanban/archive_error.hpp"
#include "vanban/query_error.hpp"

namespace vanban {

enum class SortOrder { Relevance, Date };

struct SearchOptions {
  std::size_t limit = 10, offset = 0;
  SortOrder sort = SortOrder::Relevance;        ///< Date: newest first
  std::string mark_begin = "[", mark_end = "]"; ///< around matched words in snippets
  std::size_t snippet_words = 24;
  bool facets = false; ///< count type, year and issuer over every match (SearchResults::facets)
};

struct Hit {
  std::size_t rank = 0; ///< 1-based, counting the offset
  std::string id, path, number, date, type, subject, issuer, snippet;
  double score = 0;
};

/// One value of a facet: how many matches have it, and the filter that selects exactly them.
struct FacetValue {
  std::string value; ///< "KH", "2024", "Liên đoàn Lao động tỉnh Lai Châu"
  std::string label; ///< for people: "Kế hoạch"
  std::size_t count = 0;
  std::string filter; ///< appended to the query it gives exactly `count` documents: type:"Kế hoạch"
};

/// Counts over all matches of a query (not only the page of hits), most frequent first; years
/// newest first. Documents without the field are not counted.
struct Facets {
  std::vector<FacetValue> type, year, issuer;
};

/// One field filter of a query, as typed: field "type", value "Kế hoạch".
struct QueryFilter {
  std::string field, value;
};

struct SearchResults {
  std::string query;
  std::size_t total = 0; ///< matching documents (Xapian's estimate, exact for small archives)
  std::vector<Hit> hits;
  bool relaxed = false;             ///< no document had every word: ranked by the words they have
  Facets facets;                    ///< filled when SearchOptions::facets
  bool has_text = false;            ///< the query has words or numbers, not only filters
  std::vector<QueryFilter> filters; ///< the query's filters, in the order typed
  /// When nothing matched: the filters that match no document even alone, so the user is told
  /// which one to drop ("type:Foo"), not only that nothing was found.
  std::vector<QueryFilter> empty_filters;
};

/// What the archive stores for one document.
struct StoredDocument {
  std::string id, path, sha256;
  std::string model_json; ///< the compiled model, as `vanban compile --json` prints it
};

/// An archive opened for searching; cheap to query many times.
class Searcher {
public:
  /// Throws ArchiveError when the archive is missing or cannot be read.
  explicit Searcher(const std::string& db_dir);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Query syntax: words (with or without diacritics), numbers (59/KH-LĐLĐ), dates (29/3/2024),
  /// "quoted phrases", and filters type: number: issuer: signer: recipient: year: cites:
  /// date:2025-01-01..2025-03-31, and issuer:="…" (the stored issuer name exactly, as facets
  /// count it). Throws QueryError for an empty, malformed or non-UTF-8 query.
  SearchResults search(const std::string& query, const SearchOptions& options);

  /// The stored document with this id (document_id()), or nothing.
  std::optional<StoredDocument> document(const std::string& id);

  /// The directory `vanban index` ran in, which relative archived paths are relative to; empty for
  /// an archive indexed before it was recorded.
  std::string base_dir();

  /// The committed revision this searcher reads. A long-lived reader compares it to notice a new
  /// commit.
  std::uint64_t revision();

  /// Moves to the latest committed revision; true when it changed. A database that a compaction
  /// replaced (`vanban index` compacts what it rewrote much of) is opened again.
  bool reopen();

private:
  /// Runs `fn` on the database, once more after a reopen when a writer moved it under us.
  template <typename Fn> auto with_retry(Fn fn) -> decltype(fn());
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vanban
