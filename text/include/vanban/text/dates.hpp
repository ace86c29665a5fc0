// Date forms of official documents: "ngày 29 tháng 3 năm 2024", "23/02/2024", deadlines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vanban::dates {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

/// True when y-m-d is a real calendar day (1900–2199).
bool valid(const Ymd& date);
/// "2024-03-29".
std::string iso(const Ymd& date);
/// The last day of month m of year y.
int last_day(int y, int m);

struct Found {
  Ymd date;
  std::size_t begin = 0, end = 0; ///< byte span of the whole phrase
  bool impossible = false;        ///< well-formed but not a real day (31/02)
};

/// "ngày 29 tháng 3 năm 2024" (spelled out; "ngày" optional) starting at or after `from`.
std::optional<Found> find_spelled(std::string_view s, std::size_t from = 0);
/// A numeric date d/m/yyyy (or d-m-yyyy, d.m.yyyy) starting exactly at `pos`.
std::optional<Found> numeric_at(std::string_view s, std::size_t pos);
/// A date typed by a person (a query, a filter): numeric_at()'s d/m/yyyy, or yyyy-mm-dd (also
/// with '/' or '.') starting exactly at `pos`. The one parser of numeric dates outside running
/// text, so that 31/02/2024 is `impossible` wherever it is typed, as in a document.
std::optional<Found> typed_at(std::string_view s, std::size_t pos);
/// The first date of either form starting at `pos`, after an optional "ngày".
std::optional<Found> date_at(std::string_view s, std::size_t pos);

/// The place-and-date line of the header: "Lai Châu, ngày 29 tháng 3 năm 2024".
struct PlaceDate {
  std::string place;
  std::optional<Ymd> date; ///< absent when the date is impossible or not filled in
  std::string date_text;   ///< the date as written, from "ngày"
  bool impossible = false;
};
std::optional<PlaceDate> parse_place_date(std::string_view line);

/// A deadline phrase in task text: "trước ngày 30/4/2024", "trong tháng 5/2024",
/// "Quý II/2024", "Thường xuyên", "Trong năm", "Cả năm 2022".
struct DeadlinePhrase {
  std::optional<Ymd> date;
  std::string text;
};
/// The earliest phrase whose key word ("trước", "tháng" …) starts at or after `from`.
std::optional<DeadlinePhrase> find_deadline(std::string_view s, std::size_t from = 0);
/// How far a deadline phrase reads past its key word: text appended further on cannot change
/// whether a key word before the old end minus this is a deadline.
constexpr std::size_t kDeadlineReach = 256;

} // namespace vanban::dates
