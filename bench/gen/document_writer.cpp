// Header, body and closing in the order of a real document, then the file variants.
#include "document_writer.hpp"

#include "variants.hpp"
#include "writer_context.hpp"

namespace vanban::gen {

std::string write_document(const Plan& plan, std::size_t index) {
  Context c(plan, index);
  const std::string subject = subject_of(c);
  write_header(c, subject);
  write_body(c);
  write_closing(c);
  write_annex(c);
  while (c.out.size() > 1 && c.out[c.out.size() - 1] == '\n' && c.out[c.out.size() - 2] == '\n')
    c.out.pop_back();
  return apply_variants(std::move(c.out), c.doc.variants, c.r);
}

} // namespace vanban::gen
