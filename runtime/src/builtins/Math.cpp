//===- Math.cpp - The Math namespace object -------------------------------===//
//
// Math's functions (its constants are numbers in Builtins.def). Each converts
// its arguments with ToNumber, all of them and in order, before computing, so
// valueOf side effects happen as the spec orders them. The transcendental
// functions use libm; the ones the spec pins down exactly (round, max/min
// with NaN and -0, sign, hypot, clz32, imul, fround) are written out here.
// Math.pow shares the exponentiation operator's implementation.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"
#include "support/PodVector.h"

#include <math.h>
#include <stdint.h>
#include <time.h>

using namespace kiln;

namespace {

/// ToNumber(args[i]) into \p out; false with an exception pending.
bool numberArg(Runtime &rt, const KilnValue *args, uint32_t argc, uint32_t i,
               double &out) {
  return toNumber(rt, argAt(args, argc, i), out);
}

template <double (*Fn)(double)>
KilnValue unary(Runtime &rt, const KilnValue *args, uint32_t argc) {
  double x;
  if (!numberArg(rt, args, argc, 0, x))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(Fn(x));
}

double roundHalfUp(double x) {
  if (!isfinite(x) || x == 0)
    return x;
  double r = floor(x);
  if (x - r >= 0.5)
    r += 1;
  return r == 0 && x < 0 ? -0.0 : r;
}

double signOf(double x) {
  if (isnan(x) || x == 0)
    return x;
  return x > 0 ? 1 : -1;
}

/// libm's cbrt is not always exact for perfect cubes (27 gives
/// 3.0000000000000004); an integer whose cube is exactly x wins.
double cubeRoot(double x) {
  double r = cbrt(x);
  double n = nearbyint(r);
  return n * n * n == x ? n : r;
}

double froundOf(double x) { return double(float(x)); }

/// Math.max (\p wantMax) or Math.min over all arguments; +0 beats -0 for
/// max and -0 beats +0 for min.
KilnValue extremum(Runtime &rt, const KilnValue *args, uint32_t argc,
                   bool wantMax) {
  double result = wantMax ? -INFINITY : INFINITY;
  bool sawNaN = false;
  for (uint32_t i = 0; i < argc; ++i) {
    double x;
    if (!toNumber(rt, args[i], x))
      return KILN_VALUE_EXCEPTION;
    if (isnan(x)) {
      sawNaN = true;
      continue;
    }
    bool better = wantMax ? x > result : x < result;
    if (x == 0 && result == 0)
      better = wantMax ? signbit(result) && !signbit(x)
                       : !signbit(result) && signbit(x);
    if (better)
      result = x;
  }
  return makeNumber(sawNaN ? NAN : result);
}

/// Per-thread xorshift128+ state, seeded on first use.
thread_local uint64_t randomState[2];

uint64_t nextRandom() {
  if (!randomState[0] && !randomState[1]) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    uint64_t seed = uint64_t(now.tv_nsec) * 0x9E3779B97F4A7C15ull ^
                    uint64_t(now.tv_sec) ^ uint64_t(uintptr_t(&now));
    randomState[0] = seed | 1;
    randomState[1] = seed * 0xBF58476D1CE4E5B9ull + 0x94D049BB133111EBull;
  }
  uint64_t s1 = randomState[0];
  uint64_t s0 = randomState[1];
  randomState[0] = s0;
  s1 ^= s1 << 23;
  randomState[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
  return randomState[1] + s0;
}

} // namespace

#define KILN_MATH_UNARY(Native, Fn)                                            \
  KilnValue kiln::Native(Runtime &rt, KilnValue, KilnValue,                    \
                         const KilnValue *args, uint32_t argc, bool) {         \
    return unary<Fn>(rt, args, argc);                                          \
  }
KILN_MATH_UNARY(mathAbs, fabs)
KILN_MATH_UNARY(mathAcos, acos)
KILN_MATH_UNARY(mathAcosh, acosh)
KILN_MATH_UNARY(mathAsin, asin)
KILN_MATH_UNARY(mathAsinh, asinh)
KILN_MATH_UNARY(mathAtan, atan)
KILN_MATH_UNARY(mathAtanh, atanh)
KILN_MATH_UNARY(mathCbrt, cubeRoot)
KILN_MATH_UNARY(mathCeil, ceil)
KILN_MATH_UNARY(mathCos, cos)
KILN_MATH_UNARY(mathCosh, cosh)
KILN_MATH_UNARY(mathExp, exp)
KILN_MATH_UNARY(mathExpm1, expm1)
KILN_MATH_UNARY(mathFloor, floor)
KILN_MATH_UNARY(mathFround, froundOf)
KILN_MATH_UNARY(mathLog, log)
KILN_MATH_UNARY(mathLog1p, log1p)
KILN_MATH_UNARY(mathLog10, log10)
KILN_MATH_UNARY(mathLog2, log2)
KILN_MATH_UNARY(mathRound, roundHalfUp)
KILN_MATH_UNARY(mathSign, signOf)
KILN_MATH_UNARY(mathSin, sin)
KILN_MATH_UNARY(mathSinh, sinh)
KILN_MATH_UNARY(mathSqrt, sqrt)
KILN_MATH_UNARY(mathTan, tan)
KILN_MATH_UNARY(mathTanh, tanh)
KILN_MATH_UNARY(mathTrunc, trunc)
#undef KILN_MATH_UNARY

KilnValue kiln::mathAtan2(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  double y, x;
  if (!numberArg(rt, args, argc, 0, y) || !numberArg(rt, args, argc, 1, x))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(atan2(y, x));
}

KilnValue kiln::mathPow(Runtime &rt, KilnValue, KilnValue,
                        const KilnValue *args, uint32_t argc, bool) {
  double base, exponent;
  if (!numberArg(rt, args, argc, 0, base) ||
      !numberArg(rt, args, argc, 1, exponent))
    return KILN_VALUE_EXCEPTION;
  return kiln_rt_exp(toABI(rt), makeNumber(base), makeNumber(exponent));
}

KilnValue kiln::mathMax(Runtime &rt, KilnValue, KilnValue,
                        const KilnValue *args, uint32_t argc, bool) {
  return extremum(rt, args, argc, true);
}

KilnValue kiln::mathMin(Runtime &rt, KilnValue, KilnValue,
                        const KilnValue *args, uint32_t argc, bool) {
  return extremum(rt, args, argc, false);
}

KilnValue kiln::mathHypot(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  // Every argument is converted before Infinity or NaN decides the result.
  double largest = 0;
  bool sawInfinity = false, sawNaN = false;
  PodVector<double> values;
  for (uint32_t i = 0; i < argc; ++i) {
    double x;
    if (!toNumber(rt, args[i], x))
      return KILN_VALUE_EXCEPTION;
    if (!values.push(x))
      return rt.raiseOutOfMemory();
    sawInfinity |= isinf(x);
    sawNaN |= isnan(x);
    if (fabs(x) > largest)
      largest = fabs(x);
  }
  if (sawInfinity)
    return makeNumber(INFINITY);
  if (sawNaN)
    return makeNumber(NAN);
  if (largest == 0)
    return makeInt32(0);
  // Sum the squares scaled by the largest magnitude (no overflow or
  // underflow), with Kahan compensation.
  double sum = 0, compensation = 0;
  for (double x : values) {
    double scaled = x / largest;
    double term = scaled * scaled - compensation;
    double next = sum + term;
    compensation = (next - sum) - term;
    sum = next;
  }
  return makeNumber(sqrt(sum) * largest);
}

KilnValue kiln::mathClz32(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  double x;
  if (!numberArg(rt, args, argc, 0, x))
    return KILN_VALUE_EXCEPTION;
  uint32_t n = toUint32(x);
  return makeInt32(n ? __builtin_clz(n) : 32);
}

KilnValue kiln::mathImul(Runtime &rt, KilnValue, KilnValue,
                         const KilnValue *args, uint32_t argc, bool) {
  double a, b;
  if (!numberArg(rt, args, argc, 0, a) || !numberArg(rt, args, argc, 1, b))
    return KILN_VALUE_EXCEPTION;
  return makeInt32(int32_t(toUint32(a) * toUint32(b)));
}

KilnValue kiln::mathRandom(Runtime &, KilnValue, KilnValue, const KilnValue *,
                           uint32_t, bool) {
  // 53 random bits scaled into [0, 1).
  return makeDouble(double(nextRandom() >> 11) * 0x1.0p-53);
}
