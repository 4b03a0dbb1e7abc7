//===- Operators.cpp - JavaScript operators as kiln_rt_* functions --------===//
//
// The binary and unary operators of ECMAScript section 13 and the equality
// and relational comparisons of 7.2 and 7.2.13, each implemented once, as
// the extern "C" functions of kiln/Runtime.h that the bytecode VM dispatches
// to and native code calls after its inline int32/double fast paths miss.
// Results are values; KILN_VALUE_EXCEPTION means an exception is pending.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "core/Runtime.h"
#include "ops/Conversions.h"
#include "ops/NumberFastPaths.h"

#include <math.h>

using namespace kiln;

namespace {

/// ToNumeric of both operands (left first), for the numeric operators.
bool toNumbers(Runtime &rt, KilnValue a, KilnValue b, double &x, double &y) {
  RootScope scope(rt.heap);
  scope.keep(b);
  return toNumber(rt, a, x) && toNumber(rt, b, y);
}

KilnValue toNumberValue(Runtime &rt, KilnValue v) {
  double d;
  return toNumber(rt, v, d) ? makeNumber(d) : KILN_VALUE_EXCEPTION;
}

/// Number::exponentiate, which differs from C's pow for |base| == 1 with an
/// infinite exponent, and for NaN exponents.
double exponentiate(double base, double exponent) {
  if (exponent != exponent)
    return NAN;
  if (exponent == 0)
    return 1;
  if ((base == 1 || base == -1) && isinf(exponent))
    return NAN;
  return pow(base, exponent);
}

/// Number::remainder: fmod, computed exactly without it for integral
/// operands (fastpath::integerRemainder; much faster for large quotients).
double numberRemainder(double x, double y) {
  double r;
  return fastpath::integerRemainder(x, y, r) ? r : fmod(x, y);
}

inline bool noFastPath(KilnValue, KilnValue, KilnValue &) { return false; }

/// IsLessThan(x, y): 1 true, 0 false, -1 undefined (NaN), -2 exception.
int lessThan(Runtime &rt, KilnValue a, KilnValue b, bool leftFirst) {
  if (isInt32(a) && isInt32(b))
    return asInt32(a) < asInt32(b);
  RootScope scope(rt.heap);
  KilnValue pa, pb;
  if (leftFirst) {
    scope.keep(b);
    pa = toPrimitive(rt, a, PrimitiveHint::Number);
    if (isException(pa))
      return -2;
    scope.keep(pa);
    pb = toPrimitive(rt, b, PrimitiveHint::Number);
  } else {
    scope.keep(a);
    pb = toPrimitive(rt, b, PrimitiveHint::Number);
    if (isException(pb))
      return -2;
    scope.keep(pb);
    pa = toPrimitive(rt, a, PrimitiveHint::Number);
  }
  if (isException(pa) || isException(pb))
    return -2;
  if (isString(pa) && isString(pb)) {
    scope.keep(pa);
    scope.keep(pb);
    StringCell *fa = flattenString(rt, asString(pa));
    StringCell *fb = fa ? flattenString(rt, asString(pb)) : nullptr;
    if (!fb)
      return -2;
    return compareFlatStrings(fa, fb) < 0;
  }
  double x, y;
  if (!toNumbers(rt, pa, pb, x, y))
    return -2;
  if (x != x || y != y)
    return -1;
  return x < y;
}

} // namespace

extern "C" {

KilnValue kiln_rt_to_number(KilnRuntime *krt, KilnValue v) {
  return isNumber(v) ? v : toNumberValue(fromABI(krt), v);
}

KilnValue kiln_rt_add(KilnRuntime *krt, KilnValue a, KilnValue b) {
  if (isInt32(a) && isInt32(b))
    return makeNumber(double(asInt32(a)) + double(asInt32(b)));
  if (isNumber(a) && isNumber(b))
    return makeDouble(asNumber(a) + asNumber(b));
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(b);
  KilnValue pa = toPrimitive(rt, a, PrimitiveHint::Default);
  if (isException(pa))
    return pa;
  scope.keep(pa);
  KilnValue pb = toPrimitive(rt, b, PrimitiveHint::Default);
  if (isException(pb))
    return pb;
  scope.keep(pb);
  if (isString(pa) || isString(pb)) {
    StringCell *sa = toString(rt, pa);
    if (!sa)
      return KILN_VALUE_EXCEPTION;
    scope.keep(sa);
    StringCell *sb = toString(rt, pb);
    StringCell *r = sb ? concatStrings(rt, sa, sb) : nullptr;
    return r ? stringValue(r) : KILN_VALUE_EXCEPTION;
  }
  double x, y;
  if (!toNumbers(rt, pa, pb, x, y))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(x + y);
}

/// Fast: the fastpath:: function that handles number operands first.
#define KILN_NUMERIC_BINARY(Name, Fast, Expr)                                  \
  KilnValue kiln_rt_##Name(KilnRuntime *krt, KilnValue a, KilnValue b) {       \
    double x, y;                                                               \
    KilnValue fast;                                                            \
    if (Fast(a, b, fast))                                                      \
      return fast;                                                             \
    if (isNumber(a) && isNumber(b)) {                                          \
      x = asNumber(a);                                                         \
      y = asNumber(b);                                                         \
    } else if (!toNumbers(fromABI(krt), a, b, x, y)) {                         \
      return KILN_VALUE_EXCEPTION;                                             \
    }                                                                          \
    return makeNumber(Expr);                                                   \
  }
KILN_NUMERIC_BINARY(sub, fastpath::sub, x - y)
KILN_NUMERIC_BINARY(mul, fastpath::mul, x *y)
KILN_NUMERIC_BINARY(div, fastpath::div, x / y)
KILN_NUMERIC_BINARY(mod, fastpath::mod, numberRemainder(x, y))
KILN_NUMERIC_BINARY(exp, noFastPath, exponentiate(x, y))
KILN_NUMERIC_BINARY(bitand, fastpath::bitAnd, double(toInt32(x) & toInt32(y)))
KILN_NUMERIC_BINARY(bitor, fastpath::bitOr, double(toInt32(x) | toInt32(y)))
KILN_NUMERIC_BINARY(bitxor, fastpath::bitXor, double(toInt32(x) ^ toInt32(y)))
KILN_NUMERIC_BINARY(shl, fastpath::shl,
                    double(int32_t(toUint32(x) << (toUint32(y) & 31))))
KILN_NUMERIC_BINARY(shr, fastpath::shr,
                    double(toInt32(x) >> (toUint32(y) & 31)))
KILN_NUMERIC_BINARY(ushr, fastpath::ushr,
                    double(toUint32(x) >> (toUint32(y) & 31)))
#undef KILN_NUMERIC_BINARY

KilnValue kiln_rt_neg(KilnRuntime *krt, KilnValue a) {
  double x;
  if (isNumber(a))
    x = asNumber(a);
  else if (!toNumber(fromABI(krt), a, x))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(-x);
}

KilnValue kiln_rt_bitnot(KilnRuntime *krt, KilnValue a) {
  double x;
  if (isNumber(a))
    x = asNumber(a);
  else if (!toNumber(fromABI(krt), a, x))
    return KILN_VALUE_EXCEPTION;
  return makeInt32(~toInt32(x));
}

KilnValue kiln_rt_less_than(KilnRuntime *krt, KilnValue a, KilnValue b) {
  int r = lessThan(fromABI(krt), a, b, true);
  return r == -2 ? KILN_VALUE_EXCEPTION : makeBool(r == 1);
}
KilnValue kiln_rt_greater_than(KilnRuntime *krt, KilnValue a, KilnValue b) {
  int r = lessThan(fromABI(krt), b, a, false);
  return r == -2 ? KILN_VALUE_EXCEPTION : makeBool(r == 1);
}
KilnValue kiln_rt_less_equal(KilnRuntime *krt, KilnValue a, KilnValue b) {
  int r = lessThan(fromABI(krt), b, a, false);
  return r == -2 ? KILN_VALUE_EXCEPTION : makeBool(r == 0);
}
KilnValue kiln_rt_greater_equal(KilnRuntime *krt, KilnValue a, KilnValue b) {
  int r = lessThan(fromABI(krt), a, b, true);
  return r == -2 ? KILN_VALUE_EXCEPTION : makeBool(r == 0);
}

KilnValue kiln_rt_strict_equals(KilnValue a, KilnValue b) {
  return makeBool(strictEquals(a, b));
}
KilnValue kiln_rt_same_value(KilnValue a, KilnValue b) {
  return makeBool(sameValue(a, b));
}
KilnValue kiln_rt_same_value_zero(KilnValue a, KilnValue b) {
  return makeBool(sameValueZero(a, b));
}

KilnValue kiln_rt_loose_equals(KilnRuntime *krt, KilnValue a, KilnValue b) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  for (;;) {
    bool sameType = (isNumber(a) && isNumber(b)) ||
                    (!isNumber(a) && valueTag(a) == valueTag(b) &&
                     (!isBool(a) || isBool(b)));
    if (sameType || (isNullish(a) && isNullish(b)))
      return makeBool(isNullish(a) ? isNullish(b) : strictEquals(a, b));
    if (isNullish(a) || isNullish(b))
      return KILN_VALUE_FALSE;
    // Number vs string, booleans: compare as numbers.
    if ((isNumber(a) && isString(b)) || (isString(a) && isNumber(b)) ||
        isBool(a) || isBool(b)) {
      if (isBool(a))
        a = makeInt32(asBool(a));
      else if (isBool(b))
        b = makeInt32(asBool(b));
      else {
        double x, y;
        if (!toNumbers(rt, a, b, x, y))
          return KILN_VALUE_EXCEPTION;
        return makeBool(x == y);
      }
      continue;
    }
    // One object, the other a primitive: ToPrimitive the object and retry.
    if (isObject(a) && !isObject(b)) {
      scope.keep(b);
      a = toPrimitive(rt, a, PrimitiveHint::Default);
      if (isException(a))
        return a;
      continue;
    }
    if (isObject(b) && !isObject(a)) {
      scope.keep(a);
      b = toPrimitive(rt, b, PrimitiveHint::Default);
      if (isException(b))
        return b;
      continue;
    }
    return KILN_VALUE_FALSE; // e.g. symbol vs string
  }
}

KilnValue kiln_rt_typeof(KilnRuntime *krt, KilnValue v) {
  Runtime &rt = fromABI(krt);
  PredefinedAtom name = isNumber(v)      ? PredefinedAtom::number
                        : isString(v)    ? PredefinedAtom::string
                        : isUndefined(v) ? PredefinedAtom::undefined
                        : isBool(v)      ? PredefinedAtom::boolean
                        : isSymbol(v)    ? PredefinedAtom::symbol
                        : isCallable(v)  ? PredefinedAtom::function
                                         : PredefinedAtom::object;
  return rt.atomValue(name);
}

int kiln_rt_to_boolean(KilnValue v) { return toBoolean(v); }

KilnValue kiln_rt_to_string(KilnRuntime *krt, KilnValue v) {
  StringCell *s = toString(fromABI(krt), v);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln_rt_to_int32(KilnRuntime *krt, KilnValue v) {
  if (isInt32(v))
    return v;
  double d;
  if (!toNumber(fromABI(krt), v, d))
    return KILN_VALUE_EXCEPTION;
  return makeInt32(toInt32(d));
}

KilnValue kiln_rt_to_uint32(KilnRuntime *krt, KilnValue v) {
  double d;
  if (!toNumber(fromABI(krt), v, d))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(double(toUint32(d)));
}

int32_t kiln_rt_double_to_int32(double d) { return toInt32(d); }

KilnValue kiln_rt_to_property_key(KilnRuntime *krt, KilnValue v) {
  PropertyKey key;
  if (!toPropertyKey(fromABI(krt), v, key))
    return KILN_VALUE_EXCEPTION;
  return propertyKeyValue(key);
}

} // extern "C"
