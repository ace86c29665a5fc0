// Civil dates for issue dates and deadlines: plain arithmetic, no clock, no locale.
#pragma once

#include <string>

namespace vanban::gen {

struct Date {
  int y = 2024, m = 1, d = 1;

  /// Days since 1970-01-01 and back (proleptic Gregorian).
  long serial() const;
  static Date from_serial(long days);
  Date plus(int days) const { return from_serial(serial() + days); }
  /// Saturday and Sunday move to the Monday after: offices issue on working days.
  Date working_day() const;

  std::string iso() const;             ///< 2024-02-23
  std::string slashed(bool pad) const; ///< 23/02/2024 (pad) or 23/2/2024
  /// "ngày 23 tháng 02 năm 2024": days below 10 and months 1–2 take a leading zero.
  std::string spelled() const;
  bool operator<(const Date& o) const { return serial() < o.serial(); }
};

} // namespace vanban::gen
