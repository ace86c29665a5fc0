// Tasks as an iCalendar file (RFC 5545) that calendar applications import.
#include "vanban/follow_up_print.hpp"
#include "vanban/text/messages.hpp"
#include "vanban/text/utf8.hpp"

#include <cstdint>
#include <cstdio>

namespace vanban::graph {
namespace {

/// Content lines are limited to 75 octets without the line break (RFC 5545 §3.1).
constexpr std::size_t kLineOctets = 75;

/// FNV-1a over the task's document, line and text: the same task keeps its UID across exports,
/// so a re-import updates the calendar entry instead of adding a second one.
std::string uid_of(const FollowTask& t) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const std::string& part : {t.document_id, std::to_string(t.line), t.assignee, t.text})
    for (unsigned char c : part + '\x1f') {
      h ^= c;
      h *= 1099511628211ULL;
    }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf) + "-" + t.document_id + "@vanban";
}

std::string ics_date(const std::string& iso) {
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

} // namespace

std::string ics_escape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',')
      out += std::string("\\") + c;
    else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
      continue; // CRLF: the LF below writes it
    else if (c == '\n' || c == '\r')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

std::string ics_line(const std::string& line) {
  // Folding: CRLF and one space, each following line holding at most 74 octets after the
  // space; cuts on character boundaries so that no UTF-8 sequence is split.
  const std::string text = utf8::sanitize(line);
  std::string out;
  std::string_view rest = text;
  std::size_t limit = kLineOctets;
  while (rest.size() > limit) {
    std::string_view part = utf8::cut(rest, limit);
    out += std::string(part) + "\r\n ";
    rest.remove_prefix(part.size());
    limit = kLineOctets - 1;
  }
  return out + std::string(rest) + "\r\n";
}

void write_ics(std::ostream& out, const std::vector<FollowTask>& tasks, const std::string& stamp) {
  out << ics_line("BEGIN:VCALENDAR") << ics_line("VERSION:2.0")
      << ics_line("PRODID:-//vanban//follow-up//VI") << ics_line("CALSCALE:GREGORIAN");
  for (const auto& t : tasks) {
    if (!t.deadline || t.deadline->size() != 10) continue;
    const std::string summary = t.document_number + (t.assignee.empty() ? "" : " — " + t.assignee) +
                                ": " + utf8::shorten(t.text, 160);
    // The description is in Vietnamese (`vanban tasks` takes --lang for its table only); the
    // state stays the contract's word.
    std::string description = t.text;
    if (t.deadline_text)
      description += "\n" + text::message("tasks_ics.deadline", text::Lang::Vi, {*t.deadline_text});
    description += "\n" + text::message("tasks_ics.state", text::Lang::Vi, {t.state});
    out << ics_line("BEGIN:VTODO") << ics_line("UID:" + uid_of(t)) << ics_line("DTSTAMP:" + stamp)
        << ics_line("DUE;VALUE=DATE:" + ics_date(*t.deadline))
        << ics_line("SUMMARY:" + ics_escape(summary))
        << ics_line("DESCRIPTION:" + ics_escape(description));
    if (t.state == "reported")
      out << ics_line("STATUS:COMPLETED");
    else
      out << ics_line("STATUS:NEEDS-ACTION");
    out << ics_line("END:VTODO");
  }
  out << ics_line("END:VCALENDAR");
}

} // namespace vanban::graph
