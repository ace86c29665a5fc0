// Which dates are real: the compiler's rule, for anything that reads a date typed by a person
// (query filters) and must agree with the dates documents can carry.
#pragma once

namespace vanban::calendar {

/// True when y-m-d is a real calendar day in the years documents are dated (1900–2199).
bool real_day(int y, int m, int d);
/// True when month `m` of year `y` is in that span (1–12, 1900–2199).
bool real_month(int y, int m);
/// True when `y` is in that span.
bool real_year(int y);

} // namespace vanban::calendar
