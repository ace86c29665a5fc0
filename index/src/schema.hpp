// The layout of the Xapian database: term prefixes and value slots, shared by writer and reader.
#pragma once

namespace vanban::schema {

/// Where the terms of one kind of text go. Exact prefixes are null for fields indexed folded only.
struct TermSpace {
  const char* word; ///< exact syllable with marks ("nhà"); words without marks are only folded
  const char* folded_word;   ///< syllable without marks ("nha")
  const char* folded_bigram; ///< pair of consecutive syllables without marks ("nha o")
};

/// Body and subject. Unprefixed exact words keep the index readable with xapian-delve.
inline constexpr TermSpace kText{"", "F", "G"};
/// Fields searched with issuer:, signer:, recipient: (folded only: filters carry no weight).
inline constexpr TermSpace kIssuer{nullptr, "XI", "XIB"};
inline constexpr TermSpace kSigner{nullptr, "XS", "XSB"};
inline constexpr TermSpace kRecipient{nullptr, "XR", "XRB"};
/// The title: the type name, the subject and the year ("Luật Đất đai 2024"), folded, each word and
/// pair once. Searched beside the body with a weight that ignores the body's length, so a query
/// that names a document ranks it first however long its text (query_builder.cpp, TitleSource).
inline constexpr TermSpace kTitle{nullptr, "XH", "XHB"};
/// The first pair of the title and of the subject ("luat dat", "dat dai" for "Luật Đất đai"): a
/// query that starts as a title does names that document rather than one that cites it in its
/// title.
inline constexpr const char* kTitleStart = "XHS";

inline constexpr const char* kId = "Q";      ///< the document id (unique: replace_document key)
inline constexpr const char* kNumber = "XN"; ///< the document's own number, number_keys()
inline constexpr const char* kCites = "XC";  ///< a number the document cites
inline constexpr const char* kDate = "XD";   ///< issue date, ISO
inline constexpr const char* kYear = "XY";   ///< issue year
inline constexpr const char* kType =
    "XT"; ///< type name or code, folded, without spaces ("kehoach", "kh")
inline constexpr const char* kTypeName = "XU"; ///< type name as written ("Kế hoạch"), for stats

/// Value slots. Display fields live in values so a result list never parses the model JSON.
enum Slot : unsigned {
  kDateSlot = 0, ///< "2024-03-29": string order is date order (sort, date: ranges)
  kYearSlot = 1, ///< "2024"
  kShaSlot = 2,  ///< SHA-256 of the file: unchanged files are not compiled again
  kPathSlot = 3, ///< the path as indexed
  kTextSlot = 4, ///< the plain text, for snippets
  kIdSlot = 5,
  kNumberSlot = 6,
  kTypeSlot = 7,
  kSubjectSlot = 8,
  kIssuerSlot = 9,
};

/// Metadata key holding the schema version, checked when a database is opened.
inline constexpr const char* kSchemaKey = "vanban.schema";
/// 2: title terms (kTitle). 3: number terms keyed by number_key() (no leading zeros, upper case);
/// a writer upgrades a schema-2 archive in place (schema_upgrade.hpp), a reader asks for that.
inline constexpr const char* kSchemaVersion = "3";
inline constexpr const char* kUpgradableSchema = "2";
/// Metadata key holding the absolute directory `vanban index` ran in: archived relative paths are
/// relative to it (set on every run), so `vanban serve` can read the sources from anywhere.
inline constexpr const char* kBaseDirKey = "vanban.base_dir";

/// Metadata key counting the commits `vanban index` made to a database: the remote backend does
/// not give a database's revision, so a remote shard's change is noticed by this count.
inline constexpr const char* kCommitsKey = "vanban.commits";

} // namespace vanban::schema
