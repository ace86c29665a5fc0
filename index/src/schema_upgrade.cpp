// Rewrites a schema-2 archive's number terms with the keys of schema 3: the terms are all it
// takes, since a term is derived from the number text it holds (case and leading zeros aside).
#include "schema_upgrade.hpp"

#include "document_terms.hpp"
#include "schema.hpp"
#include "vanban/text/number_key.hpp"

#include "vanban/text/syllable.hpp" // fold_marks

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace vanban::index {
namespace {

/// The schema-3 term for a schema-2 one of the same prefix: an old term is the number's folded
/// case, with or without marks, and number_key() reads either; marks stay as the old term had
/// them, so the exact and the diacritic-free terms of one number stay two terms.
std::string upgraded(const std::string& prefix, const std::string& old_term) {
  std::string old_key = old_term.substr(prefix.size());
  std::string key = number_key(old_key);
  if (text::fold_marks(old_key) == old_key) key = text::fold_marks(key);
  return term(prefix.c_str(), key);
}

} // namespace

void upgrade_number_terms(Xapian::WritableDatabase& db) {
  // docid → (old term, new term): collected first, since a document is rewritten once.
  std::map<Xapian::docid, std::vector<std::pair<std::string, std::string>>> changes;
  for (const std::string prefix : {schema::kNumber, schema::kCites}) {
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
      std::string new_term = upgraded(prefix, *t);
      if (new_term == *t) continue;
      for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p)
        changes[*p].emplace_back(*t, new_term);
    }
  }
  for (const auto& [docid, renames] : changes) {
    Xapian::Document doc = db.get_document(docid);
    for (const auto& [from, _] : renames) doc.remove_term(from);
    for (const auto& [_, to] : renames) {
      // "07/…" and "7/…" cited together become one term, of wdf 1 like every number term.
      auto it = doc.termlist_begin();
      it.skip_to(to);
      if (it == doc.termlist_end() || *it != to) doc.add_term(to, 1);
    }
    db.replace_document(docid, doc);
  }
}

} // namespace vanban::index
