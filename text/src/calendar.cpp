// The calendar rule of vanban/text/calendar.hpp is the date parser's own (dates::valid).
#include "vanban/text/calendar.hpp"

#include "vanban/text/dates.hpp"

namespace vanban::calendar {

bool real_day(int y, int m, int d) {
  return dates::valid({y, m, d});
}

bool real_month(int y, int m) {
  return dates::valid({y, m, 1});
}

bool real_year(int y) {
  return dates::valid({y, 1, 1});
}

} // namespace vanban::calendar
