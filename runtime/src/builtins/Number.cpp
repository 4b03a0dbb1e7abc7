//===- Number.cpp - Number, its prototype and the global number functions -===//
//
// The Number constructor (ToNumber when called, a wrapper object under
// `new`), its static predicates, Number.prototype's formatting methods and
// the global parseInt / parseFloat / isNaN / isFinite (Number.parseInt and
// Number.parseFloat are the same function objects, aliased in Builtins.def).
// Parsing goes through the runtime's one number parser in ops/Conversions;
// decimal formatting through double-conversion's DoubleToStringConverter in
// ECMAScript mode. Radix formatting (toString(2..36)) is written here.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

#include <double-conversion/double-to-string.h>
#include <math.h>

using namespace kiln;
using double_conversion::DoubleToStringConverter;
using double_conversion::StringBuilder;

namespace {

/// thisNumberValue: the number in \p v or in its Number wrapper; false after
/// raising a TypeError naming \p method.
bool thisNumber(Runtime &rt, KilnValue v, const char *message, double &out) {
  KilnValue wrapped = wrappedPrimitive(v);
  if (isNumber(v) || isNumber(wrapped)) {
    out = asNumber(isNumber(v) ? v : wrapped);
    return true;
  }
  rt.raise(ErrorKind::TypeError, message);
  return false;
}

KilnValue stringFromAscii(Runtime &rt, const char *text, size_t length) {
  StringCell *s = newStringFromLatin1(
      rt, reinterpret_cast<const uint8_t *>(text), uint32_t(length));
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

/// Number::toString(x, radix) for radix != 10 and finite x: integer digits
/// exactly, fraction digits until the value is the nearest double to the
/// text (the spacing to the next double bounds the needed precision).
KilnValue toRadixString(Runtime &rt, double x, int radix) {
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  // 1100 integer digits cover 2^1024 in base 2; 1100 fraction digits cover
  // the smallest subnormal.
  static constexpr int kHalf = 1100;
  char buffer[2 * kHalf + 2];
  int intStart = kHalf, fracEnd = kHalf + 1;
  bool negative = x < 0;
  if (negative)
    x = -x;
  double integer = floor(x);
  double fraction = x - integer;
  double delta = 0.5 * (nextafter(x, INFINITY) - x);
  if (delta < nextafter(0.0, 1.0))
    delta = nextafter(0.0, 1.0);
  if (fraction >= delta) {
    buffer[fracEnd++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = int(fraction);
      buffer[fracEnd++] = kDigits[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          // Round up, carrying into earlier digits (and the integer).
          for (;;) {
            --fracEnd;
            if (fracEnd == kHalf + 1) {
              integer += 1;
              break;
            }
            char c = buffer[fracEnd];
            int d = c <= '9' ? c - '0' : c - 'a' + 10;
            if (d + 1 < radix) {
              buffer[fracEnd++] = kDigits[d + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta && fracEnd < 2 * kHalf);
  }
  // Integer digits, least significant first; fmod is exact.
  do {
    double digit = fmod(integer, radix);
    buffer[intStart--] = kDigits[int(digit)];
    integer = (integer - digit) / radix;
  } while (integer >= 1 && intStart > 0);
  if (negative)
    buffer[intStart--] = '-';
  return stringFromAscii(rt, buffer + intStart + 1,
                         size_t(fracEnd - intStart - 1));
}

const DoubleToStringConverter &converter() {
  return DoubleToStringConverter::EcmaScriptConverter();
}

} // namespace

KilnValue kiln::numberConstructor(Runtime &rt, KilnValue, KilnValue,
                                  const KilnValue *args, uint32_t argc,
                                  bool isConstruct) {
  double n = 0;
  if (argc > 0 && !toNumber(rt, args[0], n))
    return KILN_VALUE_EXCEPTION;
  if (!isConstruct)
    return makeNumber(n);
  ObjectCell *obj = newPrimitiveObject(
      rt, rt.prototype(Runtime::kNumberPrototype), makeNumber(n));
  return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}

// --- Static predicates (no conversion) --------------------------------------

KilnValue kiln::numberIsFinite(Runtime &, KilnValue, KilnValue,
                               const KilnValue *args, uint32_t argc, bool) {
  KilnValue v = argAt(args, argc, 0);
  return makeBool(isNumber(v) && isfinite(asNumber(v)));
}

KilnValue kiln::numberIsNaN(Runtime &, KilnValue, KilnValue,
                            const KilnValue *args, uint32_t argc, bool) {
  KilnValue v = argAt(args, argc, 0);
  return makeBool(isNumber(v) && isnan(asNumber(v)));
}

KilnValue kiln::numberIsInteger(Runtime &, KilnValue, KilnValue,
                                const KilnValue *args, uint32_t argc, bool) {
  KilnValue v = argAt(args, argc, 0);
  return makeBool(isNumber(v) && isfinite(asNumber(v)) &&
                  trunc(asNumber(v)) == asNumber(v));
}

KilnValue kiln::numberIsSafeInteger(Runtime &, KilnValue, KilnValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  KilnValue v = argAt(args, argc, 0);
  if (!isNumber(v))
    return KILN_VALUE_FALSE;
  double d = asNumber(v);
  return makeBool(isfinite(d) && trunc(d) == d &&
                  fabs(d) <= 9007199254740991.0);
}

// --- Global functions -------------------------------------------------------

KilnValue kiln::globalIsNaN(Runtime &rt, KilnValue, KilnValue,
                            const KilnValue *args, uint32_t argc, bool) {
  double d;
  if (!toNumber(rt, argAt(args, argc, 0), d))
    return KILN_VALUE_EXCEPTION;
  return makeBool(isnan(d));
}

KilnValue kiln::globalIsFinite(Runtime &rt, KilnValue, KilnValue,
                               const KilnValue *args, uint32_t argc, bool) {
  double d;
  if (!toNumber(rt, argAt(args, argc, 0), d))
    return KILN_VALUE_EXCEPTION;
  return makeBool(isfinite(d));
}

KilnValue kiln::globalParseFloat(Runtime &rt, KilnValue, KilnValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  StringCell *s = toString(rt, argAt(args, argc, 0));
  StringCell *flat = s ? flattenString(rt, s) : nullptr;
  if (!flat)
    return KILN_VALUE_EXCEPTION;
  return makeNumber(parseFloatPrefix(flat));
}

KilnValue kiln::globalParseInt(Runtime &rt, KilnValue, KilnValue,
                               const KilnValue *args, uint32_t argc, bool) {
  StringCell *s = toString(rt, argAt(args, argc, 0));
  StringCell *flat = s ? flattenString(rt, s) : nullptr;
  if (!flat)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(flat);
  double radix;
  if (!toNumber(rt, argAt(args, argc, 1), radix))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(parseIntPrefix(flat, toInt32(radix)));
}

// --- Number.prototype -------------------------------------------------------

KilnValue kiln::numberProtoValueOf(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  double x;
  if (!thisNumber(rt, thisValue,
                  "Number.prototype.valueOf requires that 'this' be a Number",
                  x))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(x);
}

KilnValue kiln::numberProtoToString(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  double x;
  if (!thisNumber(rt, thisValue,
                  "Number.prototype.toString requires that 'this' be a Number",
                  x))
    return KILN_VALUE_EXCEPTION;
  double radix = 10;
  KilnValue radixArg = argAt(args, argc, 0);
  if (!isUndefined(radixArg) && !toIntegerOrInfinity(rt, radixArg, radix))
    return KILN_VALUE_EXCEPTION;
  if (radix < 2 || radix > 36)
    return rt.raise(ErrorKind::RangeError,
                    "toString() radix must be between 2 and 36");
  if (radix == 10 || !isfinite(x)) {
    StringCell *s = numberToString(rt, x);
    return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
  }
  return toRadixString(rt, x, int(radix));
}

KilnValue kiln::numberProtoToLocaleString(Runtime &rt, KilnValue callee,
                                          KilnValue thisValue,
                                          const KilnValue *, uint32_t, bool) {
  return numberProtoToString(rt, callee, thisValue, nullptr, 0, false);
}

KilnValue kiln::numberProtoToFixed(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  double x, digits;
  if (!thisNumber(rt, thisValue,
                  "Number.prototype.toFixed requires that 'this' be a Number",
                  x) ||
      !toIntegerOrInfinity(rt, argAt(args, argc, 0), digits))
    return KILN_VALUE_EXCEPTION;
  if (!isfinite(digits) || digits < 0 || digits > 100)
    return rt.raise(ErrorKind::RangeError,
                    "toFixed() digits argument must be between 0 and 100");
  if (!isfinite(x) || fabs(x) >= 1e21) {
    StringCell *s = numberToString(rt, x);
    return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
  }
  char buffer[256];
  StringBuilder builder(buffer, sizeof buffer);
  converter().ToFixed(x, int(digits), &builder);
  int n = builder.position();
  builder.Finalize();
  return stringFromAscii(rt, buffer, size_t(n));
}

KilnValue kiln::numberProtoToExponential(Runtime &rt, KilnValue,
                                         KilnValue thisValue,
                                         const KilnValue *args, uint32_t argc,
                                         bool) {
  double x, digits;
  KilnValue digitsArg = argAt(args, argc, 0);
  if (!thisNumber(
          rt, thisValue,
          "Number.prototype.toExponential requires that 'this' be a Number",
          x) ||
      !toIntegerOrInfinity(rt, digitsArg, digits))
    return KILN_VALUE_EXCEPTION;
  if (!isfinite(x)) {
    StringCell *s = numberToString(rt, x);
    return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
  }
  if (!isfinite(digits) || digits < 0 || digits > 100)
    return rt.raise(ErrorKind::RangeError,
                    "toExponential() argument must be between 0 and 100");
  char buffer[256];
  StringBuilder builder(buffer, sizeof buffer);
  converter().ToExponential(x, isUndefined(digitsArg) ? -1 : int(digits),
                            &builder);
  int n = builder.position();
  builder.Finalize();
  return stringFromAscii(rt, buffer, size_t(n));
}

KilnValue kiln::numberProtoToPrecision(Runtime &rt, KilnValue,
                                       KilnValue thisValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool) {
  double x, precision;
  KilnValue precisionArg = argAt(args, argc, 0);
  if (!thisNumber(
          rt, thisValue,
          "Number.prototype.toPrecision requires that 'this' be a Number", x))
    return KILN_VALUE_EXCEPTION;
  if (isUndefined(precisionArg) || !isfinite(x)) {
    if (!isUndefined(precisionArg) &&
        !toIntegerOrInfinity(rt, precisionArg, precision))
      return KILN_VALUE_EXCEPTION;
    StringCell *s = numberToString(rt, x);
    return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
  }
  if (!toIntegerOrInfinity(rt, precisionArg, precision))
    return KILN_VALUE_EXCEPTION;
  if (!isfinite(precision) || precision < 1 || precision > 100)
    return rt.raise(ErrorKind::RangeError,
                    "toPrecision() argument must be between 1 and 100");
  char buffer[256];
  StringBuilder builder(buffer, sizeof buffer);
  converter().ToPrecision(x, int(precision), &builder);
  int n = builder.position();
  builder.Finalize();
  return stringFromAscii(rt, buffer, size_t(n));
}

bool kiln::toIntegerOrInfinity(Runtime &rt, KilnValue v, double &out) {
  if (!toNumber(rt, v, out))
    return false;
  out = isnan(out) ? 0 : trunc(out) + 0.0; // + 0.0 turns -0 into +0
  return true;
}
