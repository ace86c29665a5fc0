// The data tables of data/*.json (types, organs, positions, citation phrases, phrase lists,
// messages):
// embedded in the binary and parsed once; a test may put other tables in force (ScopedTables).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vanban/text/relation.hpp"

namespace vanban::tables {

struct TypeName {
  std::optional<std::string> code;
  std::string name;  ///< "Kế hoạch"
  std::string upper; ///< "KẾ HOẠCH"
  std::string lower; ///< "kế hoạch"
};

struct Phrase {
  std::string phrase; ///< lower case
  Relation relation = Relation::Cites;
};

struct Authority {
  std::string code;               ///< TM, KT, TL, TUQ, Q
  std::vector<std::string> forms; ///< "TM.", "T/M" …
};

struct Abbreviation {
  std::string short_form; ///< "LĐLĐ"
  std::string long_form;  ///< "Liên đoàn Lao động"
};

/// An entry of data/messages.json: one label or message in both languages.
struct Message {
  std::string vi;
  std::string en;
};

struct Tables {
  std::vector<TypeName> types; ///< longest name first, for prefix matching
  std::unordered_map<std::string, std::string> type_by_code; ///< "KH" → "Kế hoạch"
  std::unordered_map<std::string, std::string>
      organ_by_upper; ///< "BAN THƯỜNG VỤ" → "Ban Thường vụ"
  std::unordered_map<std::string, std::string>
      position_by_upper; ///< "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"
  std::vector<Authority> authorities;
  std::vector<std::string> mottos; ///< upper case
  std::vector<Phrase> lead, near, after;
  std::vector<Abbreviation> abbreviations;
  // data/layout.json: what is printed on the page but is not the document, and issuer names.
  std::vector<std::string> chrome_prefixes;  ///< lower case: "ký bởi", "sao y"
  std::vector<std::string> stamp_openers;    ///< lower case: "ký bởi" (wrapped lines follow)
  std::vector<std::string> number_labels;    ///< lower case, longest first: "luật số", "số"
  std::vector<std::string> gazette_sections; ///< upper case: "VĂN BẢN QUY PHẠM PHÁP LUẬT"
  std::vector<std::string> running_heads;    ///< lower case: "công báo"
  std::vector<std::string> issuer_heads; ///< upper case: "ỦY BAN NHÂN DÂN" needs the line below
  std::vector<std::string> body_words;   ///< upper case: "SỞ", "HUYỆN ỦY" start a body's name

  std::vector<std::string> colophon_openers; ///< upper case: "VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN"
  std::unordered_map<std::string, std::string> position_by_key; ///< "CHỦTỊCH" → "Chủ tịch"

  /// The canonical position that `s` names, spaces ignored (OCR writes "CH Ủ TỊCH"), or nullptr.
  const std::string* position_named(std::string_view s) const;
  /// data/*_phrases.json: the phrase lists the recognisers match, by "<file stem>.<key>"
  /// ("reference_phrases.title_stops"), each phrase as written there (case and spaces kept).
  std::unordered_map<std::string, std::vector<std::string>> phrase_lists;
  /// data/messages.json: the message catalogue by key ("follow_up.state.late"); code reads it
  /// through text::message (vanban/text/messages.hpp).
  std::unordered_map<std::string, Message> messages;

  /// The canonical type name for a code ("KH"), if known.
  const std::string* type_name(std::string_view code) const;
  /// The phrase list `name` ("reference_phrases.title_stops"); throws std::out_of_range naming it
  /// when no data file holds it (a programming error the unit tests reach).
  const std::vector<std::string>& phrases(std::string_view name) const;
};

/// The tables in force: the embedded ones, unless a ScopedTables has put others in force.
const Tables& get();

/// The tables of the data files embedded in the binary, parsed on first use.
const Tables& embedded();

/// Tables read from the data files in `dir` (named as in data/: types.json, body_phrases.json …);
/// a file missing there is taken from the embedded data. Throws on unreadable or invalid JSON.
Tables load(const std::filesystem::path& dir);

/// Puts `tables` in force (what get() returns) for its lifetime, then the previous ones again.
/// For tests: install it before compiling, not while another thread compiles.
class ScopedTables {
public:
  explicit ScopedTables(Tables tables);
  ~ScopedTables();
  ScopedTables(const ScopedTables&) = delete;
  ScopedTables& operator=(const ScopedTables&) = delete;

private:
  Tables tables_;
  const Tables* previous_;
};

} // namespace vanban::tables
