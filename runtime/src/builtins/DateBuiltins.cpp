//===- DateBuiltins.cpp - The Date constructor and Date.prototype ---------===//
//
// Date objects (a DateCell: an object plus its time value), the Date
// constructor in its three forms (no argument: now; one: a time value, a
// Date or a string to parse; several: calendar fields), Date.now, Date.parse,
// Date.UTC, the getters and setters of Date.prototype, its string forms,
// toJSON and @@toPrimitive. Local time is UTC (see Date.h), so each getter
// and setter serves both its local and its UTC name. Methods called on
// anything but a Date throw node's "this is not a Date object." TypeError.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"
#include "builtins/Date.h"

#include <math.h>
#include <string.h>

using namespace kiln;

void kiln::traceDate(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
}

namespace {

/// A new Date with prototype %Date.prototype%; EXCEPTION on OOM.
KilnValue newDate(Runtime &rt, double time) {
  DateCell *date = rt.heap.allocate<DateCell>(CellKind::Date);
  if (!date)
    return rt.raiseOutOfMemory();
  date->object.shape = rt.rootShape();
  date->object.proto = rt.prototype(Runtime::kDatePrototype);
  date->time = time;
  return objectValue(&date->object);
}

/// thisTimeValue(this); false after raising the TypeError.
bool thisTime(Runtime &rt, KilnValue thisValue, double &out) {
  if (!isDateObject(thisValue)) {
    rt.raise(ErrorKind::TypeError, "this is not a Date object.");
    return false;
  }
  out = asDate(thisValue)->time;
  return true;
}

KilnValue asciiString(Runtime &rt, const char *text, uint32_t length) {
  StringCell *s =
      newStringFromLatin1(rt, reinterpret_cast<const uint8_t *>(text), length);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

/// The string form \p format of \p t, or "Invalid Date".
KilnValue dateString(Runtime &rt, double t, DateFormat format) {
  if (isnan(t))
    return asciiString(rt, "Invalid Date", 12);
  char buf[96];
  return asciiString(rt, buf, formatDate(t, format, buf));
}

KilnValue formatThis(Runtime &rt, KilnValue thisValue, DateFormat format) {
  double t;
  if (!thisTime(rt, thisValue, t))
    return KILN_VALUE_EXCEPTION;
  return dateString(rt, t, format);
}

/// The calendar fields in the order of the constructor's arguments.
enum Field { Year, Month, Day, Hours, Minutes, Seconds, Millis, NumFields };

/// The time value of fields (year, month, ...) given as numbers: the
/// constructor's and Date.UTC's MakeDate(MakeDay(..), MakeTime(..)), with
/// years 0-99 meaning 1900-1999.
double timeFromFields(const double *f) {
  double year = f[Year];
  if (!isnan(year)) {
    double y = trunc(year);
    if (y >= 0 && y <= 99)
      year = 1900 + y;
  }
  return timeClip(
      makeDate(makeDay(year, f[Month], f[Day]),
               makeTime(f[Hours], f[Minutes], f[Seconds], f[Millis])));
}

/// ToNumber of up to seven arguments into fields; the absent ones keep
/// their defaults (month 0, day 1, the rest 0).
bool fieldsFromArgs(Runtime &rt, const KilnValue *args, uint32_t argc,
                    double *f) {
  static const double kDefaults[NumFields] = {NAN, 0, 1, 0, 0, 0, 0};
  for (int i = 0; i < NumFields; ++i) {
    f[i] = kDefaults[i];
    if (uint32_t(i) < argc && !toNumber(rt, args[i], f[i]))
      return false;
  }
  return true;
}

/// The time value a string denotes (NaN when it does not parse).
bool parseString(Runtime &rt, StringCell *s, double &out) {
  StringCell *flat = flattenString(rt, s);
  if (!flat)
    return false;
  out = parseDate(viewFlat(flat));
  return true;
}

KilnValue getField(Runtime &rt, KilnValue thisValue, Field field) {
  double t;
  if (!thisTime(rt, thisValue, t))
    return KILN_VALUE_EXCEPTION;
  if (isnan(t))
    return makeDouble(NAN);
  DateFields f = splitTime(t);
  switch (field) {
  case Year:
    return makeNumber(double(f.year));
  case Month:
    return makeInt32(f.month);
  case Day:
    return makeInt32(f.date);
  case Hours:
    return makeInt32(f.hours);
  case Minutes:
    return makeInt32(f.minutes);
  case Seconds:
    return makeInt32(f.seconds);
  case Millis:
    return makeInt32(f.ms);
  case NumFields:
    break;
  }
  return makeInt32(f.weekDay);
}

/// setFullYear / setMonth / ... / setMilliseconds: converts up to
/// \p maxArgs arguments (at least one) into the fields from \p first on,
/// keeps the others, and stores the new time value. An invalid date stays
/// invalid, except that setFullYear starts from +0.
KilnValue setFields(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                    uint32_t argc, Field first, uint32_t maxArgs) {
  double t;
  if (!thisTime(rt, thisValue, t))
    return KILN_VALUE_EXCEPTION;
  double f[NumFields];
  bool invalid = isnan(t);
  if (invalid && first == Year)
    t = 0;
  if (!isnan(t)) {
    DateFields d = splitTime(t);
    double values[NumFields] = {
        double(d.year),    double(d.month),   double(d.date), double(d.hours),
        double(d.minutes), double(d.seconds), double(d.ms)};
    memcpy(f, values, sizeof f);
  }
  uint32_t count = argc < maxArgs ? (argc ? argc : 1) : maxArgs;
  for (uint32_t i = 0; i < count; ++i)
    if (!toNumber(rt, argAt(args, argc, i), f[first + i]))
      return KILN_VALUE_EXCEPTION;
  if (isnan(t))
    return makeDouble(NAN);
  double time =
      timeClip(makeDate(makeDay(f[Year], f[Month], f[Day]),
                        makeTime(f[Hours], f[Minutes], f[Seconds], f[Millis])));
  asDate(thisValue)->time = time;
  return makeNumber(time);
}

} // namespace

// --- The constructor and its functions ---------------------------------------

KilnValue kiln::dateConstructor(Runtime &rt, KilnValue, KilnValue,
                                const KilnValue *args, uint32_t argc,
                                bool isConstruct) {
  if (!isConstruct)
    return dateString(rt, currentTime(), DateFormat::Full);
  double time;
  if (argc == 0) {
    time = currentTime();
  } else if (argc == 1) {
    KilnValue value = args[0];
    if (isDateObject(value)) {
      time = asDate(value)->time;
    } else {
      KilnValue primitive = toPrimitive(rt, value, PrimitiveHint::Default);
      if (isException(primitive))
        return primitive;
      if (isString(primitive)) {
        if (!parseString(rt, asString(primitive), time))
          return KILN_VALUE_EXCEPTION;
      } else {
        if (!toNumber(rt, primitive, time))
          return KILN_VALUE_EXCEPTION;
        time = timeClip(time);
      }
    }
  } else {
    double f[NumFields];
    if (!fieldsFromArgs(rt, args, argc, f))
      return KILN_VALUE_EXCEPTION;
    time = timeFromFields(f);
  }
  return newDate(rt, time);
}

KilnValue kiln::dateNow(Runtime &, KilnValue, KilnValue, const KilnValue *,
                        uint32_t, bool) {
  return makeNumber(currentTime());
}

KilnValue kiln::dateParse(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  StringCell *s = toString(rt, argAt(args, argc, 0));
  double t;
  if (!s || !parseString(rt, s, t))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(t);
}

KilnValue kiln::dateUTC(Runtime &rt, KilnValue, KilnValue,
                        const KilnValue *args, uint32_t argc, bool) {
  double f[NumFields];
  if (!fieldsFromArgs(rt, args, argc, f))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(timeFromFields(f));
}

// --- Getters
// ------------------------------------------------------------------

KilnValue kiln::dateProtoGetTime(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *, uint32_t, bool) {
  double t;
  if (!thisTime(rt, thisValue, t))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(t);
}

#define KILN_DATE_GETTER(Function, FieldName)                                  \
  KilnValue kiln::Function(Runtime &rt, KilnValue, KilnValue thisValue,        \
                           const KilnValue *, uint32_t, bool) {                \
    return getField(rt, thisValue, FieldName);                                 \
  }
KILN_DATE_GETTER(dateProtoGetFullYear, Year)
KILN_DATE_GETTER(dateProtoGetMonth, Month)
KILN_DATE_GETTER(dateProtoGetDate, Day)
KILN_DATE_GETTER(dateProtoGetDay, NumFields)
KILN_DATE_GETTER(dateProtoGetHours, Hours)
KILN_DATE_GETTER(dateProtoGetMinutes, Minutes)
KILN_DATE_GETTER(dateProtoGetSeconds, Seconds)
KILN_DATE_GETTER(dateProtoGetMilliseconds, Millis)
#undef KILN_DATE_GETTER

KilnValue kiln::dateProtoGetTimezoneOffset(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *, uint32_t, bool) {
  double t;
  if (!thisTime(rt, thisValue, t))
    return KILN_VALUE_EXCEPTION;
  return isnan(t) ? makeDouble(NAN) : makeInt32(0);
}

// --- Setters
// ------------------------------------------------------------------

KilnValue kiln::dateProtoSetTime(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  double t, time;
  if (!thisTime(rt, thisValue, t) || !toNumber(rt, argAt(args, argc, 0), time))
    return KILN_VALUE_EXCEPTION;
  asDate(thisValue)->time = timeClip(time);
  return makeNumber(asDate(thisValue)->time);
}

#define KILN_DATE_SETTER(Function, First, MaxArgs)                             \
  KilnValue kiln::Function(Runtime &rt, KilnValue, KilnValue thisValue,        \
                           const KilnValue *args, uint32_t argc, bool) {       \
    return setFields(rt, thisValue, args, argc, First, MaxArgs);               \
  }
KILN_DATE_SETTER(dateProtoSetFullYear, Year, 3)
KILN_DATE_SETTER(dateProtoSetMonth, Month, 2)
KILN_DATE_SETTER(dateProtoSetDate, Day, 1)
KILN_DATE_SETTER(dateProtoSetHours, Hours, 4)
KILN_DATE_SETTER(dateProtoSetMinutes, Minutes, 3)
KILN_DATE_SETTER(dateProtoSetSeconds, Seconds, 2)
KILN_DATE_SETTER(dateProtoSetMilliseconds, Millis, 1)
#undef KILN_DATE_SETTER

// --- String forms
// ---------------------------------------------------------------

KilnValue kiln::dateProtoToISOString(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *,
                                     uint32_t, bool) {
  double t;
  if (!thisTime(rt, thisValue, t))
    return KILN_VALUE_EXCEPTION;
  if (isnan(t))
    return rt.raise(ErrorKind::RangeError, "Invalid time value");
  return dateString(rt, t, DateFormat::ISO);
}

#define KILN_DATE_FORMATTER(Function, Format)                                  \
  KilnValue kiln::Function(Runtime &rt, KilnValue, KilnValue thisValue,        \
                           const KilnValue *, uint32_t, bool) {                \
    return formatThis(rt, thisValue, DateFormat::Format);                      \
  }
KILN_DATE_FORMATTER(dateProtoToString, Full)
KILN_DATE_FORMATTER(dateProtoToUTCString, UTC)
KILN_DATE_FORMATTER(dateProtoToDateString, DateOnly)
KILN_DATE_FORMATTER(dateProtoToTimeString, TimeOnly)
KILN_DATE_FORMATTER(dateProtoToLocaleString, Locale)
KILN_DATE_FORMATTER(dateProtoToLocaleDateString, LocaleDate)
KILN_DATE_FORMATTER(dateProtoToLocaleTimeString, LocaleTime)
#undef KILN_DATE_FORMATTER

KilnValue kiln::dateProtoToJSON(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = scope.keep(toObject(rt, thisValue));
  if (!o)
    return KILN_VALUE_EXCEPTION;
  KilnValue tv = toPrimitive(rt, objectValue(o), PrimitiveHint::Number);
  if (isException(tv))
    return tv;
  if (isNumber(tv) && !isfinite(asNumber(tv)))
    return KILN_VALUE_NULL;
  KilnValue key = kiln_rt_atom_from_utf8(toABI(rt), "toISOString", 11);
  if (isException(key))
    return key;
  KilnValue method =
      getProperty(rt, o, PropertyKey::fromName(key), objectValue(o));
  if (isException(method))
    return method;
  if (!isCallable(method))
    return rt.raise(ErrorKind::TypeError, "toISOString is not a function");
  return callFunction(rt, method, objectValue(o), nullptr, 0, false);
}

KilnValue kiln::dateProtoToPrimitive(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *args,
                                     uint32_t argc, bool) {
  if (!isObject(thisValue))
    return rt.raise(ErrorKind::TypeError,
                    "Date.prototype[Symbol.toPrimitive] called on non-object");
  KilnValue hint = argAt(args, argc, 0);
  auto is = [&](PredefinedAtom name) {
    return isString(hint) && stringsEqual(asString(hint), rt.atom(name));
  };
  PrimitiveHint tryFirst;
  if (is(PredefinedAtom::string) || is(PredefinedAtom::default_))
    tryFirst = PrimitiveHint::String;
  else if (is(PredefinedAtom::number))
    tryFirst = PrimitiveHint::Number;
  else
    return rt.raise(ErrorKind::TypeError, "Invalid hint");
  return ordinaryToPrimitive(rt, thisValue, uint8_t(tryFirst));
}
