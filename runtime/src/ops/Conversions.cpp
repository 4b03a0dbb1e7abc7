//===- Conversions.cpp - ToBoolean, ToNumber, ToString and friends --------===//
//
// The conversion operations of ECMAScript section 7.1. Number-to-string uses
// double-conversion's ECMAScript shortest round-trip converter; string-to-
// number parses the StringNumericLiteral grammar here (whitespace, signs,
// Infinity, 0x/0o/0b) and hands the decimal digits to double-conversion's
// correctly rounding Strtod.
//
//===----------------------------------------------------------------------===//
#include "ops/Conversions.h"

#include "core/Runtime.h"

#include "double-conversion/double-to-string.h"
#include "double-conversion/strtod.h"
#include <math.h>
#include <string.h>

using namespace kiln;

bool kiln::toBoolean(KilnValue v) {
  if (isBool(v))
    return asBool(v);
  if (isInt32(v))
    return asInt32(v) != 0;
  if (isDouble(v)) {
    double d = asDouble(v);
    return d == d && d != 0;
  }
  if (isString(v))
    return asString(v)->length != 0;
  return isObject(v) || isSymbol(v);
}

int32_t kiln::toInt32(double d) { return int32_t(toUint32(d)); }

uint32_t kiln::toUint32(double d) {
  if (d != d || isinf(d))
    return 0;
  if (d >= 0 && d < 4294967296.0)
    return uint32_t(d);
  double t = trunc(d);
  double m = fmod(t, 4294967296.0);
  if (m < 0)
    m += 4294967296.0;
  return uint32_t(m);
}

// --- String -> number
// ---------------------------------------------------------

bool kiln::isStrWhiteSpace(uint16_t c) {
  switch (c) {
  case 0x09:
  case 0x0A:
  case 0x0B:
  case 0x0C:
  case 0x0D:
  case 0x20:
  case 0xA0:
  case 0x1680:
  case 0x2028:
  case 0x2029:
  case 0x202F:
  case 0x205F:
  case 0x3000:
  case 0xFEFF:
    return true;
  default:
    return c >= 0x2000 && c <= 0x200A;
  }
}

namespace {

int digitValue(uint16_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

/// Digits of a 0x / 0o / 0b literal in [begin, end) (at least one).
double parseRadixInteger(StringView v, uint32_t begin, uint32_t end,
                         int radix) {
  if (begin == end)
    return NAN;
  double result = 0;
  for (uint32_t i = begin; i < end; ++i) {
    int d = digitValue(v.at(i));
    if (d >= radix)
      return NAN;
    result = result * radix + d;
  }
  return result;
}

/// StrUnsignedDecimalLiteral in [begin, end), or NaN. With \p prefix, the
/// longest prefix of [begin, end) that is one (parseFloat's rule).
double parseDecimal(StringView v, uint32_t begin, uint32_t end,
                    bool prefix = false) {
  static const char kInfinity[] = "Infinity";
  if (end - begin == 8 || (prefix && end - begin > 8)) {
    bool inf = true;
    for (uint32_t i = 0; i < 8 && inf; ++i)
      inf = v.at(begin + i) == uint16_t(kInfinity[i]);
    if (inf)
      return INFINITY;
  }
  PodVector<char> digits;
  int64_t exponent = 0; // value = digits * 10^exponent
  bool sawDigit = false, sawDot = false;
  uint32_t i = begin;
  for (; i < end; ++i) {
    uint16_t c = v.at(i);
    if (c >= '0' && c <= '9') {
      sawDigit = true;
      if (c == '0' && digits.empty()) {
        if (sawDot)
          --exponent; // leading zeros after the dot scale the value
        continue;
      }
      if (!digits.push(char(c)))
        return NAN;
      if (sawDot)
        --exponent;
    } else if (c == '.' && !sawDot) {
      sawDot = true;
    } else {
      break;
    }
  }
  if (!sawDigit)
    return NAN;
  if (i < end && (v.at(i) == 'e' || v.at(i) == 'E')) {
    uint32_t mark = i++;
    bool negative = false;
    if (i < end && (v.at(i) == '+' || v.at(i) == '-'))
      negative = v.at(i++) == '-';
    if (i == end || v.at(i) < '0' || v.at(i) > '9') {
      if (!prefix)
        return NAN;
      i = end = mark; // "1e", "1e+x": the number ends before the 'e'
    }
    int64_t e = 0;
    for (; i < end; ++i) {
      uint16_t c = v.at(i);
      if (c < '0' || c > '9') {
        if (prefix)
          break;
        return NAN;
      }
      if (e < 100000000)
        e = e * 10 + (c - '0');
    }
    exponent += negative ? -e : e;
  }
  if (i != end && !prefix)
    return NAN;
  if (digits.empty())
    return 0;
  // Drop trailing zeros into the exponent, then clamp far-out exponents
  // (the result is 0 or Infinity long before these bounds).
  size_t n = digits.size();
  while (digits[n - 1] == '0') {
    --n;
    ++exponent;
  }
  if (exponent + int64_t(n) > 400)
    return INFINITY;
  if (exponent + int64_t(n) < -400)
    return 0;
  return double_conversion::Strtod(
      double_conversion::Vector<const char>(digits.data(), int(n)),
      int(exponent));
}

} // namespace

double kiln::stringToNumber(const StringCell *flat) {
  StringView v = viewFlat(flat);
  uint32_t begin = 0, end = v.length;
  while (begin < end && isStrWhiteSpace(v.at(begin)))
    ++begin;
  while (end > begin && isStrWhiteSpace(v.at(end - 1)))
    --end;
  if (begin == end)
    return 0;
  if (end - begin > 2 && v.at(begin) == '0') {
    uint16_t p = v.at(begin + 1) | 0x20;
    int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (radix)
      return parseRadixInteger(v, begin + 2, end, radix);
  }
  bool negative = false;
  if (v.at(begin) == '+' || v.at(begin) == '-') {
    negative = v.at(begin) == '-';
    ++begin;
  }
  double d = parseDecimal(v, begin, end);
  return negative ? -d : d;
}

double kiln::parseFloatPrefix(const StringCell *flat) {
  StringView v = viewFlat(flat);
  uint32_t begin = 0, end = v.length;
  while (begin < end && isStrWhiteSpace(v.at(begin)))
    ++begin;
  bool negative = false;
  if (begin < end && (v.at(begin) == '+' || v.at(begin) == '-')) {
    negative = v.at(begin) == '-';
    ++begin;
  }
  if (begin == end)
    return NAN;
  double d = parseDecimal(v, begin, end, true);
  return negative ? -d : d;
}

double kiln::parseIntPrefix(const StringCell *flat, int32_t radix) {
  StringView v = viewFlat(flat);
  uint32_t begin = 0, end = v.length;
  while (begin < end && isStrWhiteSpace(v.at(begin)))
    ++begin;
  bool negative = false;
  if (begin < end && (v.at(begin) == '+' || v.at(begin) == '-')) {
    negative = v.at(begin) == '-';
    ++begin;
  }
  bool stripPrefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36)
      return NAN;
    stripPrefix = radix == 16;
  } else {
    radix = 10;
  }
  if (stripPrefix && end - begin >= 2 && v.at(begin) == '0' &&
      (v.at(begin + 1) | 0x20) == 'x') {
    begin += 2;
    radix = 16;
  }
  uint32_t digitsEnd = begin;
  while (digitsEnd < end && digitValue(v.at(digitsEnd)) < radix)
    ++digitsEnd;
  if (digitsEnd == begin)
    return NAN;
  // Decimal digits go through the correctly rounded decimal parser; other
  // radices accumulate (exact up to 2^53).
  double d = radix == 10 ? parseDecimal(v, begin, digitsEnd)
                         : parseRadixInteger(v, begin, digitsEnd, radix);
  return negative ? -d : d;
}

bool kiln::toNumber(Runtime &rt, KilnValue v, double &out) {
  if (isNumber(v)) {
    out = asNumber(v);
    return true;
  }
  if (isUndefined(v)) {
    out = NAN;
  } else if (isNull(v)) {
    out = 0;
  } else if (isBool(v)) {
    out = asBool(v) ? 1 : 0;
  } else if (isString(v)) {
    StringCell *flat = flattenString(rt, asString(v));
    if (!flat)
      return false;
    out = stringToNumber(flat);
  } else if (isSymbol(v)) {
    rt.raise(ErrorKind::TypeError, "Cannot convert a Symbol value to a number");
    return false;
  } else {
    KilnValue prim = toPrimitive(rt, v, PrimitiveHint::Number);
    return !isException(prim) && toNumber(rt, prim, out);
  }
  return true;
}

// --- Number -> string
// ---------------------------------------------------------

uint32_t kiln::formatNumber(double x, char *buf) {
  if (x == 0) { // both zeros print "0"
    buf[0] = '0';
    return 1;
  }
  double_conversion::StringBuilder builder(buf, 32);
  double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToShortest(
      x, &builder);
  uint32_t n = uint32_t(builder.position());
  builder.Finalize();
  return n;
}

StringCell *kiln::numberToString(Runtime &rt, double x) {
  char buf[32];
  uint32_t n = formatNumber(x, buf);
  return newStringFromLatin1(rt, reinterpret_cast<const uint8_t *>(buf), n);
}

// --- ToPrimitive, ToString, ToPropertyKey ------------------------------------

KilnValue kiln::toPrimitive(Runtime &rt, KilnValue v, PrimitiveHint hint) {
  if (!isObject(v))
    return v;
  return rt.toPrimitiveHook(rt, v, uint8_t(hint));
}

StringCell *kiln::toString(Runtime &rt, KilnValue v) {
  if (isString(v))
    return asString(v);
  if (isNumber(v))
    return numberToString(rt, asNumber(v));
  if (isUndefined(v))
    return rt.atom(PredefinedAtom::undefined);
  if (isNull(v))
    return rt.atom(PredefinedAtom::null);
  if (isBool(v))
    return rt.atom(asBool(v) ? PredefinedAtom::true_ : PredefinedAtom::false_);
  if (isSymbol(v)) {
    rt.raise(ErrorKind::TypeError, "Cannot convert a Symbol value to a string");
    return nullptr;
  }
  KilnValue prim = toPrimitive(rt, v, PrimitiveHint::String);
  return isException(prim) ? nullptr : toString(rt, prim);
}

bool kiln::toPropertyKey(Runtime &rt, KilnValue v, PropertyKey &out) {
  if (isInt32(v) && asInt32(v) >= 0) {
    out = PropertyKey::fromIndex(uint32_t(asInt32(v)));
    return true;
  }
  if (isDouble(v)) {
    double d = asDouble(v);
    if (d >= 0 && d < double(kMaxArrayLength) && d == double(uint32_t(d))) {
      out = PropertyKey::fromIndex(uint32_t(d)); // -0 is "0" too
      return true;
    }
  }
  if (isSymbol(v)) {
    out = PropertyKey::fromName(v);
    return true;
  }
  KilnValue prim = toPrimitive(rt, v, PrimitiveHint::String);
  if (isException(prim))
    return false;
  if (isSymbol(prim)) {
    out = PropertyKey::fromName(prim);
    return true;
  }
  StringCell *s = toString(rt, prim);
  StringCell *atom = s ? rt.atoms.intern(rt, s) : nullptr;
  if (!atom)
    return false;
  uint32_t index;
  if (stringToArrayIndex(atom, index))
    out = PropertyKey::fromIndex(index);
  else
    out = PropertyKey::fromName(stringValue(atom));
  return true;
}

KilnValue kiln::propertyKeyValue(const PropertyKey &key) {
  return key.isIndex() ? makeNumber(double(key.index)) : key.name;
}

// --- Equality of the SameValue family
// -----------------------------------------

bool kiln::numbersEqual(KilnValue a, KilnValue b) {
  if (isInt32(a) && isInt32(b))
    return a == b;
  return asNumber(a) == asNumber(b);
}

bool kiln::strictEquals(KilnValue a, KilnValue b) {
  if (isNumber(a))
    return isNumber(b) && numbersEqual(a, b);
  if (isString(a))
    return isString(b) && stringsEqual(asString(a), asString(b));
  return a == b;
}

bool kiln::sameValueZero(KilnValue a, KilnValue b) {
  if (isNumber(a) && isNumber(b)) {
    double x = asNumber(a), y = asNumber(b);
    return x == y || (x != x && y != y);
  }
  return strictEquals(a, b);
}

bool kiln::sameValue(KilnValue a, KilnValue b) {
  if (isNumber(a) && isNumber(b)) {
    double x = asNumber(a), y = asNumber(b);
    if (x != x || y != y)
      return x != x && y != y;
    return x == y && signbit(x) == signbit(y);
  }
  return strictEquals(a, b);
}
