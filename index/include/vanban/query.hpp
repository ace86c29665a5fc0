// Searching an archive: a query string (free text, numbers, field filters) → ranked hits.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "vanban/archive_error.hpp"

namespace vanban {

enum class SortOrder { Relevance, Date };

struct SearchOptions {
  std::size_t limit = 10, offset = 0;
  SortOrder sort = SortOrder::Relevance;        ///< Date: newest first
  std::string mark_begin = "[", mark_end = "]"; ///< around matched words in snippets
  std::size_t snippet_words = 24;
};

struct Hit {
  std::size_t rank = 0; ///< 1-based, counting the offset
  std::string id, path, number, date, type, subject, issuer, snippet;
  double score = 0;
};

struct SearchResults {
  std::string query;
  std::size_t total = 0; ///< matching documents (Xapian's estimate, exact for small archives)
  std::vector<Hit> hits;
  bool relaxed = false; ///< no document had every word: ranked by the words they have
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
  /// date:2025-01-01..2025-03-31. Throws std::invalid_argument for an empty or malformed query.
  SearchResults search(const std::string& query, const SearchOptions& options);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vanban
