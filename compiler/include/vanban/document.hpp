// The structured model of one official document (schema vanban.document/1).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "vanban/diagnostic_severity.hpp"
#include "vanban/recipient_role.hpp"
#include "vanban/text/doc_number.hpp"
#include "vanban/text/relation.hpp"

namespace vanban {

/// The issuing body from the header (tên cơ quan ban hành).
struct Issuer {
  std::string name;                  ///< the issuing organisation
  std::vector<std::string> lines;    ///< every header line of the issuing body, as written
  std::optional<std::string> parent; ///< the parent body when the header names one
};

/// One addressee: `to` from Kính gửi, `cc` from Nơi nhận.
struct Recipient {
  std::string name;
  RecipientRole role = RecipientRole::Cc; ///< serialised as "to" or "cc" (to_string)
  std::optional<std::string> purpose;     ///< "b/c", "t/h", "p/h"
  int line = 0;
};

/// The signature block.
struct Signer {
  std::string name;
  std::optional<std::string> position;  ///< "Phó Chủ tịch"
  std::optional<std::string> authority; ///< TM, KT, TL, TUQ, Q
  std::optional<std::string> on_behalf_of; ///< "Ban Thường vụ" after TM., "Chủ tịch" after KT./TL.
  std::vector<std::string> stamp;          ///< stamp or seal text read after the position (OCR)
  int line = 0;                            ///< line of the name
};

/// A document this one cites.
struct Reference {
  Relation relation = Relation::Cites; ///< serialised as "implements", "based_on", … (to_string)
  std::optional<std::string> type;     ///< canonical type name when the citation gives one
  std::string number;                  ///< normalised number; empty for a citation by title
  std::optional<std::string> date;     ///< ISO date when the citation gives one
  std::optional<std::string> issuer;   ///< issuer as cited ("của …")
  int line = 0;
  std::string text;                 ///< the citation as written
  std::optional<std::string> title; ///< "Tổ chức Chính phủ" in "Luật Tổ chức Chính phủ ngày …"
};

/// A numbered section (I., 1., a), Điều 1.) with its subsections.
struct Section {
  std::string heading;
  int level = 1;
  int line = 0;
  std::vector<Section> children;
};

struct Deadline {
  std::optional<std::string> date; ///< the last day of the period, when the phrase names one
  std::string text;                ///< the phrase as written
};

/// One assigned item of work from a Tổ chức thực hiện / Nhiệm vụ section.
struct Task {
  std::optional<std::string> assignee;
  std::string text;
  std::optional<Deadline> deadline;
  int line = 0;
};

struct Diagnostic {
  DiagnosticSeverity severity = DiagnosticSeverity::Warning; ///< serialised as "warning"/"error"
  int line = 0;
  std::string message;
  std::string code; ///< a short machine-readable kind, e.g. "number.missing"
};

/// Where the parts of the document were found (1-based lines; 0 = absent). For check and editors.
struct PartLines {
  int issuer = 0, motto = 0, number = 0, date = 0, type = 0, subject = 0;
  int kinh_gui = 0, noi_nhan = 0, archive = 0, signer = 0, authority = 0, position = 0;
};

/// Facts about the source that check needs but the model's fields normalise away.
struct SourceFacts {
  std::string layout;                     ///< header layout: table, bold, heading, plain, absent
  std::vector<std::string> motto;         ///< motto lines as written
  std::optional<std::string> number_text; ///< what follows "Số:" as written
  std::optional<std::string> date_text; ///< the issue date as written ("ngày 8 tháng 3 năm 2024")
  bool had_bom = false, had_crlf = false, was_nfc = true;
};

struct Source {
  std::string path;
  std::string sha256;
  std::size_t bytes = 0;
};

struct Document {
  Source source;
  std::optional<DocNumber> number;
  std::optional<std::string> type;
  std::optional<std::string> subject;
  std::optional<std::string> place;
  std::optional<std::string> date;
  std::optional<Issuer> issuer;
  std::vector<Recipient> recipients;
  std::vector<std::string> archive;
  std::optional<Signer> signer;
  std::vector<Reference> references;
  std::vector<Section> sections;
  std::vector<Task> tasks;
  std::vector<Diagnostic> diagnostics;
  PartLines lines;
  SourceFacts facts;
};

} // namespace vanban
