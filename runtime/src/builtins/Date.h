//===- Date.h - Time values, calendar arithmetic and Date objects -*- C++ -*-=//
//
// The part of ECMA-262's Date that is plain arithmetic on time values
// (milliseconds since 1970-01-01T00:00:00Z, NaN for an invalid date):
// MakeDay/MakeTime/MakeDate/TimeClip, splitting a time value into calendar
// fields, parsing date strings and formatting them the way node prints them.
// Kiln's local time zone is UTC (servers run in UTC): LocalTime(t) = t and
// the local-time getters and setters equal the UTC ones. Date.cpp holds this
// arithmetic; DateBuiltins.cpp the Date constructor and prototype methods.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_DATE_H
#define KILN_BUILTINS_DATE_H

#include "object/Object.h"

namespace kiln {

/// A Date object: an ordinary object plus its [[DateValue]].
struct DateCell {
  ObjectCell object;
  /// The time value: an integral number of ms within ±8.64e15, or NaN.
  double time;
};

inline bool isDateObject(KilnValue v) {
  return isObject(v) && asCell(v)->kind == CellKind::Date;
}
inline DateCell *asDate(KilnValue v) {
  return reinterpret_cast<DateCell *>(asCell(v));
}

constexpr double kMsPerDay = 86400000.0;

/// The current time value (whole milliseconds).
double currentTime();
/// TimeClip: NaN outside ±8.64e15 ms, else the integral part (no -0).
double timeClip(double t);
/// MakeDay(year, month, date): days since the epoch, or NaN.
double makeDay(double year, double month, double date);
/// MakeTime(hour, min, sec, ms): milliseconds into a day, or NaN.
double makeTime(double hour, double min, double sec, double ms);
/// MakeDate(day, time), or NaN.
double makeDate(double day, double time);

/// The calendar fields of a finite time value.
struct DateFields {
  int64_t year;
  int month;   ///< 0-11
  int date;    ///< 1-31
  int weekDay; ///< 0 (Sunday) - 6
  int hours, minutes, seconds, ms;
};
DateFields splitTime(double t);

/// Date.parse's result for \p s: the ISO date-time format (date-only forms
/// are UTC, date-times without an offset local time, i.e. UTC too), then
/// the forms toString and toUTCString produce and the common
/// "Month D, YYYY [HH:MM[:SS]]" and "M/D/YYYY" forms; NaN otherwise.
double parseDate(StringView s);

/// The formats of the Date.prototype methods, written to \p buf (at least
/// 80 bytes); each returns the length. \p t must be finite.
enum class DateFormat : uint8_t {
  ISO,        ///< 2024-01-02T03:04:05.006Z (toISOString)
  Full,       ///< Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated ...)
  UTC,        ///< Tue, 02 Jan 2024 03:04:05 GMT (toUTCString)
  DateOnly,   ///< Tue Jan 02 2024 (toDateString)
  TimeOnly,   ///< 03:04:05 GMT+0000 (Coordinated Universal Time)
  Locale,     ///< 1/2/2024, 3:04:05 AM (en-US, as node prints)
  LocaleDate, ///< 1/2/2024
  LocaleTime, ///< 3:04:05 AM
};
uint32_t formatDate(double t, DateFormat format, char *buf);

/// How console.log shows a Date: its ISO form, or "Invalid Date".
uint32_t formatDateForConsole(KilnValue date, char *buf);

} // namespace kiln

#endif // KILN_BUILTINS_DATE_H
