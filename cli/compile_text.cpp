// Prints the model as labelled lines (Vietnamese labels: the users are Vietnamese clerks).
#include "compile_text.hpp"

#include "vanban/text/utf8.hpp"

namespace vanban::cli {
namespace {

template <typename T> std::string or_dash(const std::optional<T>& v) {
  return v ? std::string(*v) : "—";
}

} // namespace

void print_summary(std::ostream& out, const Document& d) {
  out << d.source.path << "\n";
  out << "  Số, ký hiệu : " << (d.number ? d.number->text : "—") << "\n";
  out << "  Loại        : " << or_dash(d.type) << "\n";
  out << "  Ngày        : " << or_dash(d.date) << (d.place ? "  (" + *d.place + ")" : "") << "\n";
  out << "  Cơ quan     : " << (d.issuer ? d.issuer->name : "—") << "\n";
  out << "  Trích yếu   : " << or_dash(d.subject) << "\n";
  if (d.signer) {
    out << "  Người ký    : " << d.signer->name;
    if (d.signer->authority)
      out << "  [" << *d.signer->authority << ". " << or_dash(d.signer->on_behalf_of) << "]";
    if (d.signer->position) out << "  " << *d.signer->position;
    out << "\n";
  } else {
    out << "  Người ký    : —\n";
  }
  for (const auto& r : d.recipients)
    out << "  " << (r.role == RecipientRole::To ? "Kính gửi    : " : "Nơi nhận    : ") << r.name
        << (r.purpose ? " (" + *r.purpose + ")" : "") << "\n";
  if (!d.archive.empty()) {
    out << "  Lưu         :";
    for (const auto& a : d.archive) out << " " << a;
    out << "\n";
  }
  for (const auto& r : d.references)
    out << "  Dẫn chiếu   : " << to_string(r.relation) << " " << or_dash(r.type) << " " << r.number
        << (r.date ? " ngày " + *r.date : "") << "  (dòng " << r.line << ")\n";
  for (const auto& t : d.tasks) {
    out << "  Nhiệm vụ    : " << (t.assignee ? *t.assignee + ": " : "");
    out << utf8::shorten(t.text, 90);
    if (t.deadline) out << "  [hạn: " << t.deadline->text << "]";
    out << "\n";
  }
  for (const auto& g : d.diagnostics)
    out << "  " << to_string(g.severity) << " (dòng " << g.line << "): " << g.message << "\n";
  out << "\n";
}

} // namespace vanban::cli
