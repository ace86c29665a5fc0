// encoding.not-nfc: the first line written with combining marks instead of precomposed letters.
#include "rules.hpp"

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

namespace vanban::check {

void check_encoding(Context& ctx) {
  if (ctx.doc.facts.was_nfc) return; // the compiler already knows; scan only when it is not
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  for (int n = 1; n <= ctx.src.line_count(); ++n) {
    auto l = ctx.src.line(n);
    status = U_ZERO_ERROR;
    if (!nfc->isNormalizedUTF8(icu::StringPiece(l.data(), static_cast<int32_t>(l.size())),
                               status) &&
        U_SUCCESS(status)) {
      ctx.report("encoding.not-nfc",
                 n); // one finding is enough: the fix is to convert the whole file
      return;
    }
  }
  ctx.report("encoding.not-nfc", 1);
}

} // namespace vanban::check
