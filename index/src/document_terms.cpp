// Terms, values and data of one archived document (the schema in schema.hpp).
#include "document_terms.hpp"

#include "plain_text.hpp"
#include "stored_text.hpp"
#include "vanban/model_json.hpp"

#include <set>

namespace vanban::index {
namespace {

/// The subject says what the document is about: its words count three times.
constexpr unsigned kSubjectWdf = 3;
/// A trích yếu rarely runs past 40 words; a subject read too far (into the preamble) must not make
/// its title match every query, nor cost many terms.
constexpr std::size_t kMaxTitleWords = 40;

void add_field(TermCounts& terms, std::string_view text, const schema::TermSpace& space) {
  add_tokens(terms, Analyzer::for_this_thread().analyze(text).tokens, space, 1);
}

/// The title: what a user types to name the document ("Luật Đất đai 2024", "Nghị định Quy định về
/// giá đất"): the type name, the subject and the year, as one run of words so that pairs cross
/// from the type to the subject ("luat dat") and from the subject to the year ("dai 2024"). The
/// terms are boolean (wdf 0): TitleSource weighs them without the document's length, and they leave
/// the body's length, and so its BM25 weights, as they were.
void add_title(TermCounts& terms, const Document& doc) {
  auto& analyzer = Analyzer::for_this_thread();
  std::vector<Token> tokens;
  auto append = [&](std::string_view text) {
    for (auto& t : analyzer.analyze(text).tokens) {
      if (tokens.size() >= kMaxTitleWords) break;
      tokens.push_back(std::move(t));
    }
  };
  if (doc.type) append(*doc.type);
  std::size_t subject_at = tokens.size();
  if (doc.subject) append(*doc.subject);
  auto start = [&](std::size_t i) {
    if (i + 1 < tokens.size())
      terms.add_pair(schema::kTitleStart, tokens[i].folded, tokens[i + 1].folded, 0);
  };
  start(0);
  if (subject_at > 0 && doc.subject) start(subject_at);
  std::string year = doc.date && doc.date->size() >= 4 ? doc.date->substr(0, 4)
                     : doc.number && doc.number->year  ? std::to_string(*doc.number->year)
                                                       : "";
  for (auto& t : analyzer.analyze(year).tokens) tokens.push_back(std::move(t)); // past the cap too
  const Token* prev = nullptr;
  for (const auto& t : tokens) {
    terms.add(schema::kTitle.folded_word, t.folded, 0);
    if (prev) terms.add_pair(schema::kTitle.folded_bigram, prev->folded, t.folded, 0);
    prev = &t;
  }
}

/// Number terms carry weight (wdf 1, however often cited): a number in the query ranks its own
/// document and then its citers, by the rarity of each.
void add_numbers(TermCounts& terms, const char* prefix, const std::set<std::string>& numbers) {
  std::set<std::string> keys; // "07/KH-CĐCS" and "7/KH-CĐCS" are one key: wdf 1 all the same
  for (const auto& number : numbers)
    for (auto& key : number_keys(number)) keys.insert(std::move(key));
  for (const auto& key : keys) terms.add(prefix, key);
}

} // namespace

void TermCounts::add(std::string_view prefix, std::string_view word, unsigned wdf) {
  key_.clear();
  append_term(key_, prefix, word);
  count(wdf);
}

void TermCounts::add_pair(std::string_view prefix, std::string_view a, std::string_view b,
                          unsigned wdf) {
  key_.clear();
  append_bigram(key_, prefix, a, b);
  count(wdf);
}

void TermCounts::count(unsigned wdf) {
  counts_.try_emplace(key_, 0u).first->second += wdf; // the key is copied only when new
}

void TermCounts::write_to(Xapian::Document& xdoc) const {
  for (const auto& [term, wdf] : counts_) xdoc.add_term(term, wdf);
}

void add_tokens(TermCounts& terms, const std::vector<Token>& tokens, const schema::TermSpace& space,
                unsigned wdf) {
  // The single writer pays about 2 µs per distinct term of a document, so only what ranking needs
  // is stored: an exact word only when it has marks (else it equals the folded one), and pairs
  // folded only (the exact words already rank an exact phrase above a folded one), never across
  // a sentence stop: no phrase runs there, and it saves 39 of 958 terms per generated document.
  const Token* prev = nullptr;
  for (const auto& t : tokens) {
    if (space.word && t.exact != t.folded) terms.add(space.word, t.exact, wdf);
    terms.add(space.folded_word, t.folded, wdf);
    if (prev && !t.after_stop) terms.add_pair(space.folded_bigram, prev->folded, t.folded, wdf);
    prev = &t;
  }
}

std::string squash_key(std::string_view text) {
  std::string key;
  for (const auto& t : Analyzer::for_this_thread().analyze(text).tokens) key += t.folded;
  return key;
}

Xapian::Document make_document(const Document& doc, const std::string& id,
                               std::string_view markdown) {
  Xapian::Document xdoc;
  auto& analyzer = Analyzer::for_this_thread();
  std::string text = plain_text(markdown, kMaxStoredText);
  auto body = analyzer.analyze(text);
  TermCounts terms;
  add_tokens(terms, body.tokens, schema::kText, 1);
  if (doc.subject)
    add_tokens(terms, analyzer.analyze(*doc.subject).tokens, schema::kText, kSubjectWdf);
  add_title(terms, doc);

  terms.add(schema::kId, id, 0);
  if (doc.number) {
    add_numbers(terms, schema::kNumber, {doc.number->text});
    if (doc.number->type_code) terms.add(schema::kType, squash_key(*doc.number->type_code), 0);
    if (doc.number->issuer_code) add_field(terms, *doc.number->issuer_code, schema::kIssuer);
  }
  std::set<std::string> cited;
  for (const auto& ref : doc.references)
    if (!ref.number.empty()) cited.insert(ref.number); // citations by title have no number
  add_numbers(terms, schema::kCites, cited);
  if (doc.type) {
    terms.add(schema::kType, squash_key(*doc.type), 0);
    terms.add(schema::kTypeName, *doc.type, 0);
  }
  if (doc.date) {
    terms.add(schema::kDate, *doc.date, 0);
    terms.add(schema::kYear, std::string_view(*doc.date).substr(0, 4), 0);
    xdoc.add_value(schema::kDateSlot, *doc.date);
    xdoc.add_value(schema::kYearSlot, doc.date->substr(0, 4));
  }
  if (doc.issuer) {
    for (const auto& line : doc.issuer->lines) add_field(terms, line, schema::kIssuer);
    if (doc.issuer->lines.empty()) add_field(terms, doc.issuer->name, schema::kIssuer);
    if (doc.issuer->parent) add_field(terms, *doc.issuer->parent, schema::kIssuer);
    xdoc.add_value(schema::kIssuerSlot, doc.issuer->name);
  }
  if (doc.signer) add_field(terms, doc.signer->name, schema::kSigner);
  for (const auto& r : doc.recipients) add_field(terms, r.name, schema::kRecipient);
  terms.write_to(xdoc);

  xdoc.add_value(schema::kShaSlot, doc.source.sha256);
  xdoc.add_value(schema::kPathSlot, doc.source.path);
  xdoc.add_value(schema::kTextSlot, pack_text(body.text));
  xdoc.add_value(schema::kIdSlot, id);
  if (doc.number) xdoc.add_value(schema::kNumberSlot, doc.number->text);
  if (doc.type) xdoc.add_value(schema::kTypeSlot, *doc.type);
  if (doc.subject) xdoc.add_value(schema::kSubjectSlot, *doc.subject);
  xdoc.set_data(dump_json(doc)); // the same bytes as to_json(doc).dump(), without a parse
  return xdoc;
}

} // namespace vanban::index
