// The rule groups; each one reads the model and the source and reports raw findings.
#pragma once

#include "context.hpp"

namespace vanban::check {

void check_encoding(Context& ctx);      // encoding.not-nfc
void check_header(Context& ctx);        // header.*, type.missing, subject.missing
void check_number(Context& ctx);        // number.*
void check_date(Context& ctx);          // date.*
void check_closing(Context& ctx);       // recipients.*, signer.*
void check_references(Context& ctx);    // reference.future-date, reference.malformed
void check_archive(Context& ctx);       // reference.unresolved, reference.date-mismatch (--db)
void check_abbreviations(Context& ctx); // structure.abbreviation-undefined

/// Every rule group, in report order.
inline constexpr void (*kRuleGroups[])(Context&) = {
    check_encoding, check_header,     check_number,  check_date,
    check_closing,  check_references, check_archive, check_abbreviations,
};

} // namespace vanban::check
