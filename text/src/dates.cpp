// Date recognisers: spelled-out and numeric dates, the header's place-date line, deadlines.
#include "vanban/text/dates.hpp"

#include "vanban/text/tables.hpp"
#include "vanban/text/text.hpp"
#include "vanban/text/utf8.hpp"

#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace vanban::dates {
namespace {

/// The phrase list `key` of data/date_phrases.json.
const std::vector<std::string>& date_list(std::string_view key) {
  return tables::get().phrases("date_phrases." + std::string(key));
}

/// The one word of the list `key` ("day_word" → "ngày"): a date has one word for each part.
std::string_view the_word(std::string_view key) {
  const auto& words = date_list(key);
  if (words.size() != 1)
    throw std::runtime_error("data/date_phrases.json: " + std::string(key) +
                             " must hold exactly one word");
  return words.front();
}

/// The words that stand before the parts of a date, read once per recogniser call.
struct DateWords {
  std::string_view day = the_word("day_word");
  std::string_view month = the_word("month_word");
  std::string_view year = the_word("year_word");
  std::string_view quarter = the_word("quarter_word");
};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// Reads 1..max digits at `i`; returns -1 when there are none or too many.
int read_int(std::string_view s, std::size_t& i, std::size_t max) {
  std::size_t b = i;
  int v = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (i - b == max) {
      i = b;
      return -1;
    }
    v = v * 10 + (s[i++] - '0');
  }
  if (i == b) return -1;
  return v;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

bool word_at(std::string_view lower, std::size_t i, std::string_view word) {
  return lower.compare(i, word.size(), word) == 0 && !text::letter_at(lower, i + word.size());
}

bool boundary_after(std::string_view s, std::size_t i) {
  return i >= s.size() || !(is_digit(s[i]) || text::letter_at(s, i));
}

/// The Roman numeral of a quarter (I–IV) at `i`, advancing past it.
int quarter_at(std::string_view lower, std::size_t& i) {
  static constexpr std::array<std::string_view, 4> kRoman{"iv", "iii", "ii", "i"};
  static constexpr std::array<int, 4> kValue{4, 3, 2, 1};
  for (std::size_t k = 0; k < kRoman.size(); ++k) {
    if (lower.compare(i, kRoman[k].size(), kRoman[k]) == 0 &&
        !text::letter_at(lower, i + kRoman[k].size())) {
      i += kRoman[k].size();
      return kValue[k];
    }
  }
  std::size_t j = i;
  int digit = read_int(lower, j, 1);
  if (digit >= 1 && digit <= 4) {
    i = j;
    return digit;
  }
  return 0;
}

/// "/2024" or " năm 2024" at `i`.
int year_after(std::string_view lower, std::size_t& i, std::string_view year_word) {
  std::size_t j = skip_spaces(lower, i);
  if (j < lower.size() && lower[j] == '/') {
    ++j;
  } else if (word_at(lower, j, year_word)) {
    j = skip_spaces(lower, j + year_word.size());
  } else {
    return 0;
  }
  std::size_t k = j;
  int y = read_int(lower, k, 4);
  if (y < 1900 || k - j != 4 || !boundary_after(lower, k)) return 0;
  i = k;
  return y;
}

} // namespace

int last_day(int y, int m) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[static_cast<std::size_t>(m - 1)];
}

bool valid(const Ymd& d) {
  return d.y >= 1900 && d.y < 2200 && d.m >= 1 && d.m <= 12 && d.d >= 1 &&
         d.d <= last_day(d.y, d.m);
}

std::string iso(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

namespace {

/// Three runs of digits joined by one separator ('/', '-' or '.', the same twice) at `pos`, of at
/// most `first`, 2 and `last` digits, with nothing alphanumeric right before or after; the first
/// and last runs must have exactly `first_min` and `last_min` digits at least.
std::optional<std::array<int, 3>> three_parts(std::string_view s, std::size_t pos, std::size_t& end,
                                              std::size_t first_min, std::size_t first,
                                              std::size_t last_min, std::size_t last) {
  if (pos >= s.size() || !is_digit(s[pos]) || (pos > 0 && is_digit(s[pos - 1])))
    return std::nullopt;
  std::size_t i = pos;
  int a = read_int(s, i, first);
  if (a < 0 || i - pos < first_min || i >= s.size()) return std::nullopt;
  const char sep = s[i];
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  ++i;
  int b = read_int(s, i, 2);
  if (b < 0 || i >= s.size() || s[i] != sep) return std::nullopt;
  ++i;
  const std::size_t cs = i;
  int c = read_int(s, i, last);
  if (c < 0 || i - cs < last_min || !boundary_after(s, i)) return std::nullopt;
  end = i;
  return std::array<int, 3>{a, b, c};
}

Found found(Ymd date, std::size_t begin, std::size_t end) {
  Found f{date, begin, end, false};
  f.impossible = !valid(f.date);
  return f;
}

} // namespace

std::optional<Found> numeric_at(std::string_view s, std::size_t pos) {
  std::size_t end = 0;
  auto p = three_parts(s, pos, end, 1, 2, 4, 4); // d/m/yyyy
  if (!p) return std::nullopt;
  return found({(*p)[2], (*p)[1], (*p)[0]}, pos, end);
}

std::optional<Found> typed_at(std::string_view s, std::size_t pos) {
  if (auto f = numeric_at(s, pos)) return f;
  std::size_t end = 0;
  auto p = three_parts(s, pos, end, 4, 4, 1, 2); // yyyy-mm-dd
  if (!p) return std::nullopt;
  return found({(*p)[0], (*p)[1], (*p)[2]}, pos, end);
}

std::optional<Found> find_spelled(std::string_view s, std::size_t from) {
  // Lower-case only from a little before `from` ("ngày" may precede the day), so that callers
  // scanning a long paragraph position by position stay linear.
  const std::size_t base = utf8::floor_boundary(s, from > 16 ? from - 16 : 0);
  if (base > 0) {
    auto f = find_spelled(s.substr(base), from - base);
    if (f) {
      f->begin += base;
      f->end += base;
    }
    return f;
  }
  const std::string lower = text::lower_aligned(s);
  const DateWords w;
  const std::string_view kThang = w.month;
  for (std::size_t t = lower.find(kThang, from); t != std::string::npos;
       t = lower.find(kThang, t + 1)) {
    // Day: digits before "tháng", optionally preceded by "ngày".
    std::size_t e = t;
    while (e > 0 && (lower[e - 1] == ' ' || lower[e - 1] == '\t')) --e;
    std::size_t b = e;
    while (b > 0 && is_digit(lower[b - 1]) && e - b < 2) --b;
    if (b == e || (b > 0 && is_digit(lower[b - 1]))) continue;
    std::size_t di = b;
    int d = read_int(lower, di, 2);
    std::size_t begin = b;
    std::size_t k = b;
    while (k > 0 && (lower[k - 1] == ' ' || lower[k - 1] == '\t')) --k;
    const std::string_view kNgay = w.day;
    if (k >= kNgay.size() && lower.compare(k - kNgay.size(), kNgay.size(), kNgay) == 0)
      begin = k - kNgay.size();
    // Month and year.
    std::size_t i = skip_spaces(lower, t + kThang.size());
    int m = read_int(lower, i, 2);
    if (m < 0) continue;
    int y = year_after(lower, i, w.year);
    if (y == 0) continue;
    Found f{{y, m, d}, begin, i, false};
    f.impossible = !valid(f.date);
    return f;
  }
  return std::nullopt;
}

std::optional<Found> date_at(std::string_view s, std::size_t pos) {
  if (pos > 0) {
    // Work on a window that starts at `pos`: a date is short, the paragraph may be long.
    std::string_view window = utf8::cut(s.substr(pos), 96);
    auto f = date_at(window, 0);
    if (f) {
      f->begin += pos;
      f->end += pos;
    }
    return f;
  }
  const std::string lower = text::lower_aligned(utf8::cut(s, 96));
  std::size_t i = skip_spaces(lower, pos);
  const std::string_view day = the_word("day_word");
  if (word_at(lower, i, day)) i = skip_spaces(lower, i + day.size());
  if (auto f = numeric_at(s, i)) return f;
  if (i < s.size() && is_digit(s[i])) {
    auto f = find_spelled(utf8::cut(s, i + 40), i);
    if (f && f->begin <= i) return f;
  }
  return std::nullopt;
}

std::optional<PlaceDate> parse_place_date(std::string_view line) {
  line = text::trim(line);
  if (text::length(line) > 120) return std::nullopt;
  const std::string lower = text::lower_aligned(line);
  const DateWords w;
  std::size_t ngay = lower.find(w.day);
  if (ngay == std::string::npos) return std::nullopt;
  std::size_t thang = lower.find(w.month, ngay);
  if (thang == std::string::npos || lower.find(w.year, thang) == std::string::npos)
    return std::nullopt;
  PlaceDate out;
  std::string_view place = text::trim_end_chars(line.substr(0, ngay), ",");
  if (text::length(place) > 40) return std::nullopt;
  out.place = std::string(place);
  out.date_text = std::string(text::trim_end_chars(line.substr(ngay), "."));
  if (auto f = find_spelled(line, ngay)) {
    if (f->impossible) {
      out.impossible = true;
    } else {
      out.date = f->date;
    }
  }
  return out;
}

std::optional<DeadlinePhrase> find_deadline(std::string_view s, std::size_t from) {
  // Lower-case only from a little before `from` (a phrase looks back a few bytes: "trong" before
  // "tháng", the letter before a word), so that a task that grows line by line is searched in
  // what each line adds, not from its start every time.
  const std::size_t base = utf8::floor_boundary(s, from > 16 ? from - 16 : 0);
  s = s.substr(base);
  from -= base;
  const std::string lower = text::lower_aligned(s);
  std::optional<Found> best;
  std::optional<Ymd> best_date;
  auto consider = [&](std::size_t begin, std::size_t end, std::optional<Ymd> date) {
    if (!best || begin < best->begin) {
      best = Found{date.value_or(Ymd{}), begin, end, false};
      best_date = date;
    }
  };
  auto each = [&](std::string_view needle, auto fn) {
    for (std::size_t p = lower.find(needle, from); p != std::string::npos;
         p = lower.find(needle, p + 1)) {
      if (p > 0 && text::letter_at(lower, p - 1)) continue;
      if (p > 0 && text::alnum_before(lower, p)) continue;
      fn(p, p + needle.size());
    }
  };
  // "trước ngày 30/4/2024", "trước 30/4/2024", "hạn chót ngày …", "chậm nhất ngày …"
  const DateWords w;
  for (std::string_view lead : date_list("deadline_leads")) {
    each(lead, [&](std::size_t p, std::size_t e) {
      if (auto f = date_at(s, e); f && !f->impossible && f->begin - e <= 8)
        consider(p, f->end, f->date);
    });
  }
  // "trong tháng 5/2024", "tháng 5 năm 2024"
  const auto& month_leads = date_list("month_deadline_leads");
  each(w.month, [&](std::size_t p, std::size_t e) {
    std::size_t i = skip_spaces(lower, e);
    int m = read_int(lower, i, 2);
    if (m < 1 || m > 12) return;
    int y = year_after(lower, i, w.year);
    if (y == 0) return;
    std::size_t begin = p;
    for (const std::string& lead : month_leads) {
      if (p >= lead.size() && lower.compare(p - lead.size(), lead.size(), lead) == 0) {
        begin = p - lead.size();
        break;
      }
    }
    consider(begin, i, Ymd{y, m, last_day(y, m)});
  });
  // "Quý II/2024", "quý II năm 2024"
  each(w.quarter, [&](std::size_t p, std::size_t e) {
    std::size_t i = skip_spaces(lower, e);
    int q = quarter_at(lower, i);
    if (q == 0) return;
    int y = year_after(lower, i, w.year);
    if (y == 0) return;
    consider(p, i, Ymd{y, q * 3, last_day(y, q * 3)});
  });
  // Without a date these words are deadlines only where they stand alone: at the start, after a
  // label ("Thời gian thực hiện: Thường xuyên") or in parentheses; mid-sentence they are adverbs.
  auto standalone = [&](std::size_t p) {
    while (p > 0 && (lower[p - 1] == ' ' || lower[p - 1] == '\t')) --p;
    return p == 0 || lower[p - 1] == ':' || lower[p - 1] == '(';
  };
  for (std::string_view standing : date_list("standing_deadlines")) {
    each(standing, [&](std::size_t p, std::size_t e) {
      if (standalone(p)) consider(p, e, std::nullopt);
    });
  }
  // "Trong năm", "trong năm 2024", "Cả năm 2022"
  for (std::string_view lead : date_list("year_deadlines")) {
    each(lead, [&](std::size_t p, std::size_t e) {
      std::size_t i = skip_spaces(lower, e);
      std::size_t ys = i;
      int y = read_int(lower, i, 4);
      if (y >= 1900 && i - ys == 4) {
        consider(p, i, Ymd{y, 12, 31});
      } else if (standalone(p)) {
        consider(p, e, std::nullopt);
      }
    });
  }
  if (!best) return std::nullopt;
  std::string_view t = text::trim_end_chars(s.substr(best->begin, best->end - best->begin), ".;,)");
  return DeadlinePhrase{best_date, std::string(t)};
}

} // namespace vanban::dates
