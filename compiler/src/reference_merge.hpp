// The references of one document merged as they are found: a second citation of a document
// already cited adds what it knows (a date, an issuer, a stronger relation) to the first.
#pragma once

#include "vanban/document.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vanban::stages {

class ReferenceMerger {
public:
  /// How many different documents one number (or one type and title) may name in a document:
  /// numbers restart every year and office, but a document never cites dozens of them under one
  /// number. Past it a citation would be compared with every one before it (quadratic on a
  /// hostile paragraph); it is dropped instead, and a diagnostic says how many were.
  static constexpr std::size_t kMaxPerKey = 64;

  explicit ReferenceMerger(Document& doc) : doc_(doc) {}

  /// Merges `r` into the first reference it may be, or appends it.
  void add(Reference r);
  /// Reports the citations dropped at kMaxPerKey (once, as a warning) .
  void finish();

private:
  Document& doc_;
  /// Number (or type and title) → indices into doc_.references, in document order.
  std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
  /// The words of each reference's issuer, computed once (per index into doc_.references).
  std::vector<std::optional<std::vector<std::string>>> issuer_words_;
  std::size_t dropped_ = 0;
  int first_dropped_line_ = 0;

  const std::vector<std::string>& issuer_words_of(std::size_t index);
};

} // namespace vanban::stages
