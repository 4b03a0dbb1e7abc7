//===- Date.cpp - Time value arithmetic, date parsing and formatting ------===//
//
// Calendar arithmetic on time values with the proleptic Gregorian calendar
// (days <-> civil dates in closed form, valid far beyond the ±275,760
// years TimeClip allows), the date-string parser behind Date.parse and
// `new Date(string)`, and the formatters behind toISOString, toString,
// toUTCString and friends, all in UTC (Kiln's local time zone). Nothing here
// touches the heap; DateBuiltins.cpp wraps it into the Date built-in.
//
//===----------------------------------------------------------------------===//
#include "builtins/Date.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

using namespace kiln;

namespace {

constexpr double kMsPerHour = 3600000.0;
constexpr double kMsPerMinute = 60000.0;
constexpr double kMaxTime = 8.64e15;

const char kMonthNames[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char kDayNames[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

/// Days from 1970-01-01 to year-month(1-12)-day in the proleptic Gregorian
/// calendar.
int64_t daysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civilFromDays(int64_t z, int64_t &y, int &m, int &d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  d = int(doy - (153 * mp + 2) / 5 + 1);
  m = int(mp < 10 ? mp + 3 : mp - 9);
  y = yoe + era * 400 + (m <= 2);
}

double toInteger(double x) { return isnan(x) ? 0 : trunc(x) + 0.0; }

} // namespace

double kiln::currentTime() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec / 1000000);
}

double kiln::timeClip(double t) {
  if (!isfinite(t) || fabs(t) > kMaxTime)
    return NAN;
  return toInteger(t);
}

double kiln::makeDay(double year, double month, double date) {
  if (!isfinite(year) || !isfinite(month) || !isfinite(date))
    return NAN;
  double y = toInteger(year), m = toInteger(month), dt = toInteger(date);
  double ym = y + floor(m / 12);
  if (fabs(ym) > 400000)
    return NAN; // far outside TimeClip's range
  int mn = int(m - floor(m / 12) * 12);
  return double(daysFromCivil(int64_t(ym), mn + 1, 1)) + dt - 1;
}

double kiln::makeTime(double hour, double min, double sec, double ms) {
  if (!isfinite(hour) || !isfinite(min) || !isfinite(sec) || !isfinite(ms))
    return NAN;
  return toInteger(hour) * kMsPerHour + toInteger(min) * kMsPerMinute +
         toInteger(sec) * 1000.0 + toInteger(ms);
}

double kiln::makeDate(double day, double time) {
  if (!isfinite(day) || !isfinite(time))
    return NAN;
  double tv = day * kMsPerDay + time;
  return isfinite(tv) ? tv : NAN;
}

DateFields kiln::splitTime(double t) {
  DateFields f;
  double day = floor(t / kMsPerDay);
  int64_t msInDay = int64_t(t - day * kMsPerDay);
  int64_t days = int64_t(day);
  civilFromDays(days, f.year, f.month, f.date);
  f.month -= 1;
  f.weekDay = int(((days + 4) % 7 + 7) % 7);
  f.hours = int(msInDay / 3600000);
  f.minutes = int(msInDay / 60000 % 60);
  f.seconds = int(msInDay / 1000 % 60);
  f.ms = int(msInDay % 1000);
  return f;
}

// --- Parsing ----------------------------------------------------------------

namespace {

/// A cursor over the string being parsed.
struct Scanner {
  StringView s;
  uint32_t i = 0;

  bool atEnd() const { return i >= s.length; }
  uint16_t peek() const { return atEnd() ? 0 : s.at(i); }
  bool eat(uint16_t c) {
    if (peek() != c)
      return false;
    ++i;
    return true;
  }
  static bool isDigit(uint16_t c) { return c >= '0' && c <= '9'; }
  /// Exactly \p n digits into \p out.
  bool digits(int n, int64_t &out) {
    out = 0;
    for (int k = 0; k < n; ++k, ++i) {
      if (atEnd() || !isDigit(s.at(i)))
        return false;
      out = out * 10 + (s.at(i) - '0');
    }
    return true;
  }
  /// One or more digits (at most 9 counted) into \p out; \p count digits.
  bool number(int64_t &out, int &count) {
    out = 0;
    count = 0;
    while (!atEnd() && isDigit(s.at(i))) {
      if (count < 9)
        out = out * 10 + (s.at(i) - '0');
      ++count;
      ++i;
    }
    return count > 0;
  }
};

/// The ISO 8601 subset ECMA-262 defines (Date Time String Format), with a
/// space accepted for the 'T' and fraction digits beyond three ignored, as
/// node does. False when \p s is not in that format.
bool parseISO(StringView s, double &out) {
  Scanner sc{s};
  int64_t year, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0;
  if (sc.peek() == '+' || sc.peek() == '-') {
    bool negative = sc.peek() == '-';
    ++sc.i;
    if (!sc.digits(6, year) || (negative && year == 0))
      return false;
    if (negative)
      year = -year;
  } else if (!sc.digits(4, year)) {
    return false;
  }
  bool dateOnly = true;
  if (sc.eat('-')) {
    if (!sc.digits(2, month) || month < 1 || month > 12)
      return false;
    if (sc.eat('-') && (!sc.digits(2, day) || day < 1 || day > 31))
      return false;
  }
  if (sc.peek() == 'T' || (sc.peek() == ' ' && sc.i + 1 < s.length &&
                           Scanner::isDigit(s.at(sc.i + 1)))) {
    ++sc.i;
    dateOnly = false;
    if (!sc.digits(2, hour) || !sc.eat(':') || !sc.digits(2, minute))
      return false;
    if (sc.eat(':')) {
      if (!sc.digits(2, second))
        return false;
      if (sc.eat('.')) {
        int64_t fraction;
        int count;
        if (!sc.number(fraction, count))
          return false;
        for (int k = count < 9 ? count : 9; k > 3; --k)
          fraction /= 10;
        for (int k = count; k < 3; ++k)
          fraction *= 10;
        ms = fraction;
      }
    }
    if (hour > 24 || minute > 59 || second > 59 ||
        (hour == 24 && (minute || second || ms)))
      return false;
  }
  int64_t offsetMinutes = 0;
  if (!dateOnly && (sc.peek() == 'Z' || sc.peek() == 'z')) {
    ++sc.i;
  } else if (!dateOnly && (sc.peek() == '+' || sc.peek() == '-')) {
    int sign = sc.peek() == '-' ? -1 : 1;
    ++sc.i;
    int64_t oh, om;
    if (!sc.digits(2, oh))
      return false;
    sc.eat(':');
    if (!sc.digits(2, om) || oh > 23 || om > 59)
      return false;
    offsetMinutes = sign * (oh * 60 + om);
  }
  if (!sc.atEnd())
    return false;
  double t = makeDate(
      makeDay(double(year), double(month - 1), double(day)),
      makeTime(double(hour), double(minute), double(second), double(ms)));
  out = timeClip(t - double(offsetMinutes) * kMsPerMinute);
  return true;
}

int monthFromName(const char *word) {
  for (int m = 0; m < 12; ++m)
    if (!strncmp(word, kMonthNames[m], 3) ||
        (word[0] == kMonthNames[m][0] + 32 &&
         !strncmp(word + 1, kMonthNames[m] + 1, 2)))
      return m;
  return -1;
}

/// The forms toString and toUTCString print, and "Month D, YYYY", "D Month
/// YYYY" and "M/D/YYYY", each with an optional time, AM/PM and offset.
double parseLegacy(StringView s) {
  Scanner sc{s};
  int64_t numbers[3];
  int digitCounts[3];
  int numberCount = 0, month = -1;
  int64_t hour = -1, minute = 0, second = 0, ms = 0, offset = 0;
  bool pm = false, am = false, slashes = false;
  while (!sc.atEnd()) {
    uint16_t c = sc.peek();
    if (c == ' ' || c == ',' || c == '\t') {
      ++sc.i;
    } else if (c == '(') { // a comment, e.g. the zone's name
      while (!sc.atEnd() && sc.peek() != ')')
        ++sc.i;
      sc.eat(')');
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      char word[16];
      int n = 0;
      while (!sc.atEnd() && (sc.peek() | 0x20) >= 'a' &&
             (sc.peek() | 0x20) <= 'z') {
        if (n < 15)
          word[n++] = char(sc.peek());
        ++sc.i;
      }
      word[n] = 0;
      int m = n >= 3 ? monthFromName(word) : -1;
      if (m >= 0 && month < 0)
        month = m;
      else if (!strcmp(word, "AM") || !strcmp(word, "am"))
        am = true;
      else if (!strcmp(word, "PM") || !strcmp(word, "pm"))
        pm = true;
      else if (strcmp(word, "GMT") && strcmp(word, "UTC") &&
               strcmp(word, "Z") && !(n >= 3 && [&] {
                 for (const char *d : kDayNames)
                   if (!strncmp(word, d, 3))
                     return true;
                 return false;
               }()))
        return NAN;
    } else if ((c == '+' || c == '-') && hour >= 0) {
      int sign = c == '-' ? -1 : 1;
      ++sc.i;
      int64_t value;
      int count;
      if (!sc.number(value, count))
        return NAN;
      int64_t minutes = 0;
      if (sc.eat(':')) {
        if (!sc.number(minutes, count))
          return NAN;
      } else if (count > 2) {
        minutes = value % 100;
        value /= 100;
      }
      offset = sign * (value * 60 + minutes);
    } else if (Scanner::isDigit(c) ||
               (c == '-' &&
                Scanner::isDigit(sc.i + 1 < s.length ? s.at(sc.i + 1) : 0))) {
      // A number; before the time, "-" starts a negative year.
      bool negative = sc.eat('-');
      int64_t value;
      int count;
      sc.number(value, count);
      if (negative) {
        if (sc.peek() == ':' || numberCount == 3)
          return NAN;
        digitCounts[numberCount] = count;
        numbers[numberCount++] = -value;
        continue;
      }
      if (sc.peek() == ':') {
        if (hour >= 0)
          return NAN;
        hour = value;
        ++sc.i;
        if (!sc.number(minute, count))
          return NAN;
        if (sc.eat(':') && !sc.number(second, count))
          return NAN;
        if (sc.eat('.') && !sc.number(ms, count))
          return NAN;
      } else {
        if (numberCount == 3)
          return NAN;
        digitCounts[numberCount] = count;
        numbers[numberCount++] = value;
        if (sc.eat('/'))
          slashes = true;
      }
    } else {
      return NAN;
    }
  }
  int64_t year, day;
  int yearDigits;
  if (month >= 0 && numberCount == 2) {
    // "Jan 02 2024" or "02 Jan 2024": the day comes first.
    day = numbers[0];
    year = numbers[1];
    yearDigits = digitCounts[1];
  } else if (month < 0 && slashes && numberCount == 3) {
    month = int(numbers[0]) - 1;
    day = numbers[1];
    year = numbers[2];
    yearDigits = digitCounts[2];
  } else {
    return NAN;
  }
  if (yearDigits <= 2 && year >= 0)
    year += year < 50 ? 2000 : 1900;
  if (hour < 0)
    hour = 0;
  if (am || pm) {
    if (hour < 1 || hour > 12)
      return NAN;
    hour = hour % 12 + (pm ? 12 : 0);
  }
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 ||
      minute > 59 || second > 59)
    return NAN;
  double t = makeDate(
      makeDay(double(year), double(month), double(day)),
      makeTime(double(hour), double(minute), double(second), double(ms)));
  return timeClip(t - double(offset) * kMsPerMinute);
}

} // namespace

double kiln::parseDate(StringView s) {
  // Leading and trailing white space is ignored.
  uint32_t begin = 0, end = s.length;
  while (begin < end && s.at(begin) <= ' ')
    ++begin;
  while (end > begin && s.at(end - 1) <= ' ')
    --end;
  StringView trimmed = s;
  trimmed.data = s.oneByte ? static_cast<const void *>(s.bytes() + begin)
                           : static_cast<const void *>(s.units() + begin);
  trimmed.length = end - begin;
  double t;
  if (parseISO(trimmed, t))
    return t;
  return parseLegacy(trimmed);
}

// --- Formatting -------------------------------------------------------------

namespace {

/// The year as toString prints it: at least four digits, "-" if negative.
int formatYear(char *buf, size_t size, int64_t year) {
  return year < 0 ? snprintf(buf, size, "-%04lld", (long long)-year)
                  : snprintf(buf, size, "%04lld", (long long)year);
}

} // namespace

uint32_t kiln::formatDate(double t, DateFormat format, char *buf) {
  DateFields f = splitTime(t);
  char year[24];
  formatYear(year, sizeof year, f.year);
  const char *zone = "GMT+0000 (Coordinated Universal Time)";
  int n = 0;
  switch (format) {
  case DateFormat::ISO:
    if (f.year >= 0 && f.year <= 9999)
      n = snprintf(buf, 80, "%04d", int(f.year));
    else
      n = snprintf(buf, 80, "%c%06lld", f.year < 0 ? '-' : '+',
                   (long long)(f.year < 0 ? -f.year : f.year));
    n += snprintf(buf + n, 80 - size_t(n), "-%02d-%02dT%02d:%02d:%02d.%03dZ",
                  f.month + 1, f.date, f.hours, f.minutes, f.seconds, f.ms);
    break;
  case DateFormat::Full:
    n = snprintf(buf, 80, "%s %s %02d %s %02d:%02d:%02d %s",
                 kDayNames[f.weekDay], kMonthNames[f.month], f.date, year,
                 f.hours, f.minutes, f.seconds, zone);
    break;
  case DateFormat::UTC:
    n = snprintf(buf, 80, "%s, %02d %s %s %02d:%02d:%02d GMT",
                 kDayNames[f.weekDay], f.date, kMonthNames[f.month], year,
                 f.hours, f.minutes, f.seconds);
    break;
  case DateFormat::DateOnly:
    n = snprintf(buf, 80, "%s %s %02d %s", kDayNames[f.weekDay],
                 kMonthNames[f.month], f.date, year);
    break;
  case DateFormat::TimeOnly:
    n = snprintf(buf, 80, "%02d:%02d:%02d %s", f.hours, f.minutes, f.seconds,
                 zone);
    break;
  case DateFormat::Locale:
  case DateFormat::LocaleDate:
  case DateFormat::LocaleTime: {
    if (format != DateFormat::LocaleTime)
      n = snprintf(buf, 80, "%d/%d/%lld", f.month + 1, f.date,
                   (long long)f.year);
    if (format == DateFormat::Locale)
      n += snprintf(buf + n, 80 - size_t(n), ", ");
    if (format != DateFormat::LocaleDate)
      n += snprintf(buf + n, 80 - size_t(n), "%d:%02d:%02d %s",
                    f.hours % 12 ? f.hours % 12 : 12, f.minutes, f.seconds,
                    f.hours < 12 ? "AM" : "PM");
    break;
  }
  }
  return uint32_t(n);
}

uint32_t kiln::formatDateForConsole(KilnValue date, char *buf) {
  double t = asDate(date)->time;
  if (isnan(t)) {
    memcpy(buf, "Invalid Date", 12);
    return 12;
  }
  return formatDate(t, DateFormat::ISO, buf);
}
