// Terms, values and data of one archived document (the schema in schema.hpp).
#include "document_terms.hpp"

#include "plain_text.hpp"
#include "vanban/model_json.hpp"

#include <set>

namespace vanban::index {
namespace {

/// The subject says what the document is about: its words count three times.
constexpr unsigned kSubjectWdf = 3;

void add_field(Xapian::Document& xdoc, std::string_view text, const schema::TermSpace& space) {
  add_tokens(xdoc, Analyzer::for_this_thread().analyze(text).tokens, space, 1);
}

/// Number terms carry weight (wdf 1, however often cited): a number in the query ranks its own
/// document and then its citers, by the rarity of each.
void add_numbers(Xapian::Document& xdoc, const char* prefix, const std::set<std::string>& numbers) {
  for (const auto& number : numbers)
    for (const auto& key : number_keys(number)) xdoc.add_term(term(prefix, key), 1);
}

} // namespace

void add_tokens(Xapian::Document& xdoc, const std::vector<Token>& tokens,
                const schema::TermSpace& space, unsigned wdf) {
  // The single writer pays about 2 µs per distinct term of a document, so only what ranking needs
  // is stored: an exact word only when it has marks (else it equals the folded one), and pairs
  // folded only (the exact words already rank an exact phrase above a folded one).
  const Token* prev = nullptr;
  for (const auto& t : tokens) {
    if (space.word && t.exact != t.folded) xdoc.add_term(term(space.word, t.exact), wdf);
    xdoc.add_term(term(space.folded_word, t.folded), wdf);
    if (prev) xdoc.add_term(bigram(space.folded_bigram, prev->folded, t.folded), wdf);
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
  add_tokens(xdoc, body.tokens, schema::kText, 1);
  if (doc.subject)
    add_tokens(xdoc, analyzer.analyze(*doc.subject).tokens, schema::kText, kSubjectWdf);

  xdoc.add_boolean_term(term(schema::kId, id));
  if (doc.number) {
    add_numbers(xdoc, schema::kNumber, {doc.number->text});
    if (doc.number->type_code)
      xdoc.add_boolean_term(term(schema::kType, squash_key(*doc.number->type_code)));
    if (doc.number->issuer_code) add_field(xdoc, *doc.number->issuer_code, schema::kIssuer);
  }
  std::set<std::string> cited;
  for (const auto& ref : doc.references) cited.insert(ref.number);
  add_numbers(xdoc, schema::kCites, cited);
  if (doc.type) {
    xdoc.add_boolean_term(term(schema::kType, squash_key(*doc.type)));
    xdoc.add_boolean_term(term(schema::kTypeName, *doc.type));
  }
  if (doc.date) {
    xdoc.add_boolean_term(term(schema::kDate, *doc.date));
    xdoc.add_boolean_term(term(schema::kYear, doc.date->substr(0, 4)));
    xdoc.add_value(schema::kDateSlot, *doc.date);
    xdoc.add_value(schema::kYearSlot, doc.date->substr(0, 4));
  }
  if (doc.issuer) {
    for (const auto& line : doc.issuer->lines) add_field(xdoc, line, schema::kIssuer);
    if (doc.issuer->lines.empty()) add_field(xdoc, doc.issuer->name, schema::kIssuer);
    if (doc.issuer->parent) add_field(xdoc, *doc.issuer->parent, schema::kIssuer);
    xdoc.add_value(schema::kIssuerSlot, doc.issuer->name);
  }
  if (doc.signer) add_field(xdoc, doc.signer->name, schema::kSigner);
  for (const auto& r : doc.recipients) add_field(xdoc, r.name, schema::kRecipient);

  xdoc.add_value(schema::kShaSlot, doc.source.sha256);
  xdoc.add_value(schema::kPathSlot, doc.source.path);
  xdoc.add_value(schema::kTextSlot, body.text);
  xdoc.add_value(schema::kIdSlot, id);
  if (doc.number) xdoc.add_value(schema::kNumberSlot, doc.number->text);
  if (doc.type) xdoc.add_value(schema::kTypeSlot, *doc.type);
  if (doc.subject) xdoc.add_value(schema::kSubjectSlot, *doc.subject);
  xdoc.set_data(dump_json(doc)); // the same bytes as to_json(doc).dump(), without a parse
  return xdoc;
}

} // namespace vanban::index
