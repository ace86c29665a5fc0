// Merging citations by number (or type and title) through an index: one lookup per citation,
// never a walk over every reference found before it.
#include "reference_merge.hpp"

#include "vanban/text/name_fold.hpp"
#include "vanban/text/number_key.hpp"
#include "vanban/text/tables.hpp"

#include <algorithm>

namespace vanban::stages {
namespace {

int strength(Relation relation) {
  return relation == Relation::Cites ? 0 : 1;
}

/// The words that tell a cited issuer apart: abbreviations spelt out, and the organ that signs
/// for the body dropped in front, so that "Ban Chấp hành CĐCS Trường THCS Bát Xát" and "CĐCS
/// Trường THCS Bát Xát" read as one union.
std::vector<std::string> issuer_words(const std::string& issuer) {
  static const std::vector<std::vector<std::string>> organs = [] {
    std::vector<std::vector<std::string>> out;
    for (const auto& [upper, name] : tables::get().organ_by_upper)
      out.push_back(text::name_words(name));
    // "Ban Chấp hành Trung ương" before "Ban Chấp hành".
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
  }();
  auto words = text::name_words(text::expand_abbreviations(issuer));
  for (const auto& organ : organs)
    if (organ.size() < words.size() && std::equal(organ.begin(), organ.end(), words.begin())) {
      words.erase(words.begin(), words.begin() + static_cast<long>(organ.size()));
      break;
    }
  return words;
}

/// Citations that may name one document share a key: the number as the archive and the graph
/// match it ("07/KH" and "7/KH" are one document, number_key.hpp), or (cited by title, with no
/// number) the type and the title. A number never holds '\0', so the two kinds never meet.
std::string key_of(const Reference& r) {
  if (!r.number.empty()) return number_key(r.number);
  std::string key(1, '\0');
  key += r.type ? "t" + *r.type : "-";
  key += '\0';
  key += r.title ? "t" + *r.title : "-";
  return key;
}

} // namespace

const std::vector<std::string>& ReferenceMerger::issuer_words_of(std::size_t index) {
  auto& words = issuer_words_[index];
  if (!words) words = issuer_words(*doc_.references[index].issuer);
  return *words;
}

void ReferenceMerger::add(Reference r) {
  auto& same_key = by_key_[key_of(r)];
  std::optional<std::vector<std::string>> r_words;
  for (std::size_t index : same_key) {
    Reference& existing = doc_.references[index];
    if (existing.date && r.date && *existing.date != *r.date) continue; // another year's document
    // Spelt apart ("07/KH", "7/KH"), two citations are one only when their dates agree: an undated
    // "0215/QĐ-UBND" may be the citing document's own number, not last year's 215 cited beside it.
    if (existing.number != r.number && existing.date != r.date) continue;
    // One number and date from two bodies: two unions' 16/BC-CĐCS of one day are two documents.
    if (existing.issuer && r.issuer) {
      if (!r_words) r_words = issuer_words(*r.issuer);
      if (text::names_differ(issuer_words_of(index), *r_words)) continue;
    }
    if (strength(r.relation) > strength(existing.relation)) existing.relation = r.relation;
    if (!existing.date) existing.date = r.date;
    if (!existing.issuer) {
      existing.issuer = r.issuer;
      issuer_words_[index] = std::move(r_words);
    }
    if (!existing.type) existing.type = r.type;
    return;
  }
  if (same_key.size() >= kMaxPerKey) {
    if (dropped_++ == 0) first_dropped_line_ = r.line;
    return;
  }
  same_key.push_back(doc_.references.size());
  issuer_words_.push_back(std::move(r_words));
  doc_.references.push_back(std::move(r));
}

void ReferenceMerger::finish() {
  if (dropped_ == 0) return;
  doc_.diagnostics.push_back({DiagnosticSeverity::Warning, first_dropped_line_,
                              std::to_string(dropped_) + " citation(s) not kept: more than " +
                                  std::to_string(kMaxPerKey) +
                                  " different documents cited under one number",
                              "references.truncated"});
}

} // namespace vanban::stages
