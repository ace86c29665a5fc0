// What every part of the document writer shares: the plan, the document, its office and
// theme, its own random stream and the text written so far.
#pragma once

#include "archive_plan.hpp"
#include "offices.hpp"
#include "random.hpp"
#include "vocabulary.hpp"

#include <string>

namespace vanban::gen {

enum class HeadingStyle { Bold, Markdown, Plain };

struct Context {
  const Plan& plan;
  const PlannedDoc& doc;
  const Office& office;
  const Theme& theme;
  Random r;
  HeadingStyle headings = HeadingStyle::Bold;
  int scale = 1; ///< 0 short, 1–3 usual, 5–8 long: sizes spread like real archives (1–20 KB)
  std::string out;

  Context(const Plan& p, std::size_t index);

  void para(const std::string& text) { out += text + "\n\n"; }
  /// A numbered section heading at level 1 (I.), 2 (1.) or 3 (a)).
  void heading(int level, const std::string& text);
  void bullet(const std::string& text) { out += "- " + text + "\n"; }
  void end_list() { out += "\n"; }
  /// "{n}" replaced by a plausible count; {topic}, {short}, {unit}, {place}, {year} by the
  /// document's.
  std::string fill(const std::string& pattern);
  /// A sentence from the shared detail phrases, filled in.
  std::string detail();
  int year() const { return doc.date.y; }
};

/// The type's name: "Kế hoạch"; "Công văn" for the empty code.
std::string type_name(const std::string& code);
/// A random person's name: family, middle and given name.
std::string person_name(Random& r);

/// Citation text as the body writes it: "Kế hoạch số 37/KH-LĐLĐ ngày 23/02/2024 của Ban Thường
/// vụ LĐLĐ tỉnh Nghệ An", in the form the plan chose.
std::string citation_text(Context& c, const Citation& cite, bool with_about);

/// The header block in the document's layout (number, date, issuer, motto; V/v for công văn),
/// then the type title and subject.
void write_header(Context& c, const std::string& subject);
/// Nơi nhận and the signature block.
void write_closing(Context& c);
/// The body for the document's type.
void write_body(Context& c);
/// What follows the signature: the regulation a decision issues (sometimes).
void write_annex(Context& c);

/// Subject line of the document (without the type name).
std::string subject_of(Context& c);

} // namespace vanban::gen
