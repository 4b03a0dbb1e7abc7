//===- NumberFastPaths.h - Inline number cases of the operators -*- C++ -*-===//
//
// The cases of the arithmetic, bitwise and relational operators whose
// operands are already numbers, as inline functions. The kiln_rt_* operator
// functions (ops/Operators.cpp, vm/Operations.cpp) try these first, and the
// interpreter's handlers call them directly so that the common cases run
// without a call; both therefore compute the same result, bit for bit,
// including the choice between the int32 and double representations. Each
// returns false when the operands need the general operation (conversions,
// strings, objects, or a result these paths do not produce, such as -0 from
// int32 operands).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OPS_NUMBERFASTPATHS_H
#define KILN_OPS_NUMBERFASTPATHS_H

#include "kiln/Value.h"

namespace kiln {
namespace fastpath {

/// a + b: int32 while it fits, else the double sum (as kiln_rt_add).
inline bool add(KilnValue a, KilnValue b, KilnValue &out) {
  if (isInt32(a) && isInt32(b)) {
    int32_t sum;
    if (__builtin_add_overflow(asInt32(a), asInt32(b), &sum))
      out = makeDouble(double(asInt32(a)) + double(asInt32(b)));
    else
      out = makeInt32(sum);
    return true;
  }
  if (isNumber(a) && isNumber(b)) {
    out = makeDouble(asNumber(a) + asNumber(b));
    return true;
  }
  return false;
}

inline bool sub(KilnValue a, KilnValue b, KilnValue &out) {
  if (isInt32(a) && isInt32(b)) {
    int32_t diff;
    if (!__builtin_sub_overflow(asInt32(a), asInt32(b), &diff)) {
      out = makeInt32(diff);
      return true;
    }
  }
  if (isNumber(a) && isNumber(b)) {
    out = makeNumber(asNumber(a) - asNumber(b));
    return true;
  }
  return false;
}

inline bool mul(KilnValue a, KilnValue b, KilnValue &out) {
  if (isInt32(a) && isInt32(b)) {
    int32_t product;
    // A zero product may be -0 (-3 * 0), which only a double can hold.
    if (!__builtin_mul_overflow(asInt32(a), asInt32(b), &product) &&
        product != 0) {
      out = makeInt32(product);
      return true;
    }
  }
  if (isNumber(a) && isNumber(b)) {
    out = makeNumber(asNumber(a) * asNumber(b));
    return true;
  }
  return false;
}

inline bool div(KilnValue a, KilnValue b, KilnValue &out) {
  if (isNumber(a) && isNumber(b)) {
    out = makeNumber(asNumber(a) / asNumber(b));
    return true;
  }
  return false;
}

/// Number::remainder (what fmod computes) when \p x and \p y are integers
/// of magnitude below 2^52 and y is not 0: x - q * y with the truncated
/// quotient q, exact in double arithmetic at these magnitudes, after one
/// correction step for a quotient that rounded across an integer. The
/// result has the dividend's sign (-0 for a zero remainder of -x or -0).
inline bool integerRemainder(double x, double y, double &out) {
  const double kLimit = 4503599627370496.0; // 2^52
  if (!(x > -kLimit && x < kLimit && y > -kLimit && y < kLimit) || y == 0)
    return false;
  if (double(int64_t(x)) != x || double(int64_t(y)) != y)
    return false;
  double ay = y < 0 ? -y : y;
  double r = x - double(int64_t(x / y)) * y;
  if (x >= 0) {
    if (r < 0)
      r += ay;
    else if (r >= ay)
      r -= ay;
  } else {
    if (r > 0)
      r -= ay;
    else if (r <= -ay)
      r += ay;
  }
  out = r == 0 ? __builtin_copysign(0.0, x) : r;
  return true;
}

/// Int32 operands: the remainder takes the dividend's sign, so a zero
/// remainder of a negative dividend is -0 (left to the double path), and
/// divisors 0 (NaN) and -1 (INT32_MIN % -1 overflows in C) are excluded.
/// Other integral numbers: integerRemainder.
__attribute__((always_inline)) inline bool mod(KilnValue a, KilnValue b,
                                               KilnValue &out) {
  if (isInt32(a) && isInt32(b)) {
    int32_t x = asInt32(a), y = asInt32(b);
    if (y > 0 || y < -1) {
      int32_t r = x % y;
      if (r != 0 || x >= 0) {
        out = makeInt32(r);
        return true;
      }
    }
  }
  double r;
  if (isNumber(a) && isNumber(b) &&
      integerRemainder(asNumber(a), asNumber(b), r)) {
    out = makeNumber(r);
    return true;
  }
  return false;
}

inline bool bitAnd(KilnValue a, KilnValue b, KilnValue &out) {
  if (!isInt32(a) || !isInt32(b))
    return false;
  out = makeInt32(asInt32(a) & asInt32(b));
  return true;
}
inline bool bitOr(KilnValue a, KilnValue b, KilnValue &out) {
  if (!isInt32(a) || !isInt32(b))
    return false;
  out = makeInt32(asInt32(a) | asInt32(b));
  return true;
}
inline bool bitXor(KilnValue a, KilnValue b, KilnValue &out) {
  if (!isInt32(a) || !isInt32(b))
    return false;
  out = makeInt32(asInt32(a) ^ asInt32(b));
  return true;
}
inline bool shl(KilnValue a, KilnValue b, KilnValue &out) {
  if (!isInt32(a) || !isInt32(b))
    return false;
  out = makeInt32(int32_t(uint32_t(asInt32(a)) << (uint32_t(asInt32(b)) & 31)));
  return true;
}
inline bool shr(KilnValue a, KilnValue b, KilnValue &out) {
  if (!isInt32(a) || !isInt32(b))
    return false;
  out = makeInt32(asInt32(a) >> (uint32_t(asInt32(b)) & 31));
  return true;
}
/// The result is a uint32: int32 when it fits, else a double.
inline bool ushr(KilnValue a, KilnValue b, KilnValue &out) {
  if (!isInt32(a) || !isInt32(b))
    return false;
  uint32_t r = uint32_t(asInt32(a)) >> (uint32_t(asInt32(b)) & 31);
  out = r <= 0x7FFFFFFFu ? makeInt32(int32_t(r)) : makeDouble(double(r));
  return true;
}

/// ++ and -- on a number (ToNumeric already applied or not needed).
inline bool inc(KilnValue v, KilnValue &out) {
  if (isInt32(v) && asInt32(v) != 0x7FFFFFFF) {
    out = makeInt32(asInt32(v) + 1);
    return true;
  }
  if (isDouble(v)) {
    out = makeDouble(asDouble(v) + 1);
    return true;
  }
  return false;
}
inline bool dec(KilnValue v, KilnValue &out) {
  if (isInt32(v) && asInt32(v) != int32_t(0x80000000u)) {
    out = makeInt32(asInt32(v) - 1);
    return true;
  }
  if (isNumber(v)) {
    out = makeNumber(asNumber(v) - 1);
    return true;
  }
  return false;
}

/// -x: int32 except for 0 (-0) and INT32_MIN.
inline bool neg(KilnValue v, KilnValue &out) {
  if (isInt32(v) && asInt32(v) != 0 && asInt32(v) != int32_t(0x80000000u)) {
    out = makeInt32(-asInt32(v));
    return true;
  }
  if (isNumber(v)) {
    out = makeNumber(-asNumber(v));
    return true;
  }
  return false;
}

/// The relational operators on two numbers; a NaN operand makes each false.
enum class Relation { Less, LessEqual, Greater, GreaterEqual };
template <Relation R>
inline bool compare(KilnValue a, KilnValue b, KilnValue &out) {
  if (isInt32(a) && isInt32(b)) {
    int32_t x = asInt32(a), y = asInt32(b);
    out = makeBool(R == Relation::Less        ? x < y
                   : R == Relation::LessEqual ? x <= y
                   : R == Relation::Greater   ? x > y
                                              : x >= y);
    return true;
  }
  if (isNumber(a) && isNumber(b)) {
    double x = asNumber(a), y = asNumber(b);
    out = makeBool(R == Relation::Less        ? x < y
                   : R == Relation::LessEqual ? x <= y
                   : R == Relation::Greater   ? x > y
                                              : x >= y);
    return true;
  }
  return false;
}

} // namespace fastpath
} // namespace kiln

#endif // KILN_OPS_NUMBERFASTPATHS_H
