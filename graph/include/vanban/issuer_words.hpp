// The kinds and levels of issuing bodies, and the words of data/issuer_words.json that name them:
// the one place that maps the data's kind codes ("TLĐ", "UBND") and level words ("tỉnh") to enums.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::graph {

/// The kind of an issuing body. Each has a code in data/issuer_words.json ("kind_codes"), which
/// the data's other lists use, and the label a follow-up prints it with.
enum class IssuerKind {
  Tld,   ///< Tổng Liên đoàn Lao động Việt Nam
  Ldld,  ///< Liên đoàn Lao động (tỉnh, huyện)
  Cdn,   ///< Công đoàn ngành
  Cdcs,  ///< Công đoàn cơ sở
  Cdvc,  ///< Công đoàn Viên chức
  Ubnd,  ///< Ủy ban nhân dân
  Hdnd,  ///< Hội đồng nhân dân
  Tu,    ///< Tỉnh ủy
  Hu,    ///< Huyện ủy
  Ddbqh, ///< Đoàn đại biểu Quốc hội
  Tw, ///< the Party's central bodies (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương)
  Cp, ///< Chính phủ
  Qh, ///< Quốc hội
};
inline constexpr std::size_t kIssuerKinds = 13;

/// The level of an issuing body, from the top: a collective entry names the units at or below its
/// writer's level, so the order is the comparison.
enum class IssuerLevel { Central, Province, District };
inline constexpr std::size_t kIssuerLevels = 3;

/// data/issuer_words.json, parsed and checked: every kind code and level word the lists use is
/// one of "kind_codes" and "level_words", and every enum value has its code, label and word.
struct IssuerWords {
  struct KindPhrase {
    std::string phrase; ///< as written in the data ("tổng liên đoàn")
    IssuerKind kind;
  };
  struct LevelPhrase {
    std::string phrase; ///< "thành phố"
    IssuerLevel level;  ///< District
  };
  /// An organ phrase a kind's bodies are written with ("công đoàn cơ sở" for CĐCS).
  struct Organ {
    IssuerKind kind;
    std::string phrase;
    bool relabel = false; ///< a named body's name starting with it is printed with the label
  };

  std::vector<KindPhrase> kinds; ///< most specific first, in the data's order
  std::vector<std::string> area_words, body_suffixes, central_words;
  std::vector<LevelPhrase> levels;
  std::vector<Organ> organs;                           ///< "named_bodies"
  std::vector<std::string> list_joiners;               ///< "và": joins two addressees like a comma
  std::array<std::string, kIssuerKinds> codes, labels; ///< by IssuerKind
  std::array<std::string, kIssuerLevels> level_words;  ///< by IssuerLevel

  /// The data's code of a kind ("TLĐ"), and the kind of a code (exact), or nullopt.
  const std::string& code(IssuerKind k) const { return codes[static_cast<std::size_t>(k)]; }
  std::optional<IssuerKind> kind_coded(std::string_view code) const;
  /// How a clerk writes the kind before its level and area ("LĐLĐ", "Huyện ủy").
  const std::string& label(IssuerKind k) const { return labels[static_cast<std::size_t>(k)]; }
  /// The word of a level ("tỉnh"), and the level of a word (exact), or nullopt.
  const std::string& word(IssuerLevel l) const { return level_words[static_cast<std::size_t>(l)]; }
  std::optional<IssuerLevel> level_named(std::string_view word) const;
};

/// Parses the text of an issuer_words.json. Throws std::runtime_error naming the list and the
/// entry when a kind code, a level word or an enum id is unknown, an enum value has no entry, or
/// an entry has no example; nlohmann::json's errors for invalid JSON or a missing field.
IssuerWords parse_issuer_words(std::string_view json);

/// The embedded data/issuer_words.json, parsed once.
const IssuerWords& issuer_words();

} // namespace vanban::graph
