// Written by hand, in the brief's key order, one document per line (diffable, streamable).
#include "truth_writer.hpp"

#include "follow_up_truth.hpp"
#include "offices.hpp"

namespace vanban::gen {
namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

/// The type code of the brief's schema; "CV" for a công văn, which has none in its number.
std::string type_code(const PlannedDoc& d) {
  return d.type.empty() ? "CV" : d.type;
}

/// The issuing organisation as its header names it; null without a header.
std::string issuer_of(const PlannedDoc& d) {
  if (d.layout == Layout::Absent) return "null";
  return quoted(offices()[d.office].name);
}

} // namespace

void write_truth(std::ostream& out, const Plan& plan, std::uint64_t seed) {
  out << "{\"generator\":\"vanban-gen\",\"docs\":" << plan.docs.size() << ",\"seed\":" << seed
      << ",\n \"documents\":[";
  const auto sent = follow_up_truth(plan);
  for (std::size_t i = 0; i < plan.docs.size(); ++i) {
    const PlannedDoc& d = plan.docs[i];
    out << (i ? ",\n  " : "\n  ") << "{\"path\":" << quoted(d.path)
        << ",\"number\":" << quoted(d.number) << ",\"date\":" << quoted(d.date.iso())
        << ",\"type\":" << quoted(type_code(d)) << ",\"issuer\":" << issuer_of(d)
        << ",\"references\":[";
    for (std::size_t k = 0; k < d.citations.size(); ++k) {
      const Citation& c = d.citations[k];
      std::string number, date, target = "null";
      if (c.target) {
        const PlannedDoc& t = plan.docs[*c.target];
        number = t.number;
        date = t.date.iso();
        target = quoted(t.path);
      } else {
        const ExternalDoc& e = external_docs()[c.external];
        number = e.number;
        date = e.date.iso();
      }
      out << (k ? "," : "") << "{\"number\":" << quoted(number)
          << ",\"date\":" << (c.dated ? quoted(date) : "null")
          << ",\"relation\":" << quoted(c.relation) << ",\"target\":" << target << "}";
    }
    out << "]";
    if (!sent[i].empty()) {
      // Issue 15: the offices its down entry names and what each answered.
      out << ",\"follow_up\":{\"entry\":" << quoted(down_entry(offices()[d.office]))
          << ",\"sent\":[";
      for (std::size_t k = 0; k < sent[i].size(); ++k) {
        const SentUnit& u = sent[i][k];
        out << (k ? "," : "") << "{\"office\":" << quoted(offices()[u.office].name)
            << ",\"doc\":" << quoted(plan.docs[u.first_doc].path) << ",\"status\":\"" << u.status
            << "\"}";
      }
      out << "]}";
    }
    out << "}";
  }
  out << "\n]}\n";
}

} // namespace vanban::gen
