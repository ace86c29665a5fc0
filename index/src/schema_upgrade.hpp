// Archives of an older schema brought up to this one in place, without the source files.
#pragma once

#include <xapian.h>

namespace vanban::index {

/// Schema 2 → 3: number terms (schema::kNumber, kCites) keyed by number_key() instead of the case-
/// folded text ("XN07/kh-cđcs" → "XN7/KH-CĐCS"), so "7/KH-CĐCS" finds "07/KH-CĐCS". Rewrites
/// those terms in every document that has one; the caller commits. Linear in the number terms.
void upgrade_number_terms(Xapian::WritableDatabase& db);

} // namespace vanban::index
