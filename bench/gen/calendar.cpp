// Howard Hinnant's days-from-civil algorithm, written out for plain ints.
#include "calendar.hpp"

#include <cstdio>

namespace vanban::gen {

long Date::serial() const {
  const int yy = m <= 2 ? y - 1 : y;
  const long era = (yy >= 0 ? yy : yy - 399) / 400;
  const long yoe = yy - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_serial(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Date out;
  out.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.y = static_cast<int>(yoe + era * 400 + (out.m <= 2 ? 1 : 0));
  return out;
}

Date Date::working_day() const {
  const long s = serial();
  const long weekday = (s + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday == 6) return from_serial(s + 2);
  if (weekday == 0) return from_serial(s + 1);
  return *this;
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string Date::slashed(bool pad) const {
  char buf[16];
  if (pad)
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, m, y);
  else
    std::snprintf(buf, sizeof buf, "%d/%d/%04d", d, m, y);
  return buf;
}

std::string Date::spelled() const {
  char buf[48];
  if (m <= 2)
    std::snprintf(buf, sizeof buf, "ngày %02d tháng %02d năm %04d", d, m, y);
  else
    std::snprintf(buf, sizeof buf, "ngày %02d tháng %d năm %04d", d, m, y);
  return buf;
}

} // namespace vanban::gen
