//===- NumberFastPathsTest.cpp - Inline operator cases vs. the spec -------===//
//
// The interpreter runs the number cases of the operators inline
// (ops/NumberFastPaths.h) instead of calling kiln_rt_*. Each fast path must
// produce exactly the value the general operation would: the same number
// and the same representation (int32 or double, +0 or -0). These tests
// compare every fast path, bit for bit, with the spec's arithmetic done in
// doubles, over edge values (int32 limits, -0, NaN, infinities, integers
// near 2^52 and 2^53, fractions) and pseudo-random operands.
//
//===----------------------------------------------------------------------===//
#include "ops/NumberFastPaths.h"
#include "ops/Conversions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace kiln;

namespace {

std::vector<KilnValue> operands() {
  std::vector<KilnValue> v;
  const int32_t ints[] = {0,
                          1,
                          -1,
                          2,
                          -2,
                          3,
                          7,
                          -7,
                          31,
                          32,
                          1000003,
                          -1000003,
                          INT32_MAX,
                          INT32_MIN,
                          INT32_MAX - 1,
                          INT32_MIN + 1,
                          65536,
                          -65536};
  for (int32_t i : ints)
    v.push_back(makeInt32(i));
  const double doubles[] = {0.0,
                            -0.0,
                            0.5,
                            -0.5,
                            1.5,
                            -2.5,
                            3.0,
                            -3.0,
                            1e10,
                            -1e10,
                            31000000217.0,
                            1000000007.0,
                            4503599627370495.0, // 2^52 - 1
                            -4503599627370495.0,
                            4503599627370496.0,  // 2^52
                            9007199254740991.0,  // 2^53 - 1
                            9007199254740992.0,  // 2^53
                            -9007199254740993.0, // rounds to -2^53
                            1e300,
                            5e-324,
                            INFINITY,
                            -INFINITY,
                            NAN,
                            2147483648.0,
                            -2147483649.0,
                            4294967295.0};
  for (double d : doubles)
    v.push_back(makeDouble(d));
  // Pseudo-random integers and fractions of several magnitudes.
  uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 300; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    int64_t r = int64_t(state >> 11);
    switch (i % 5) {
    case 0:
      v.push_back(makeInt32(int32_t(r)));
      break;
    case 1:
      v.push_back(makeInt32(int32_t(r % 100) - 50));
      break;
    case 2:
      v.push_back(makeDouble(double(r % 40000000000000ll) - 2e13));
      break;
    case 3:
      v.push_back(makeDouble(double(r % 100000) / 64.0 - 700));
      break;
    default:
      v.push_back(makeDouble(double(r % 4503599627370496ll)));
      break;
    }
  }
  return v;
}

/// The fast path's answer, when it gives one, equals \p expected exactly.
template <typename Fast>
void expectSame(const char *name, Fast fast, KilnValue a, KilnValue b,
                KilnValue expected) {
  KilnValue got;
  if (!fast(a, b, got))
    return;
  EXPECT_EQ(got, expected) << name << " of " << std::hex << a << " and " << b
                           << " (" << asNumber(a) << ", " << asNumber(b) << ")";
}

TEST(NumberFastPathsTest, BinaryOperatorsMatchTheSpec) {
  std::vector<KilnValue> values = operands();
  for (KilnValue a : values)
    for (KilnValue b : values) {
      double x = asNumber(a), y = asNumber(b);
      bool ints = isInt32(a) && isInt32(b);
      expectSame("add", fastpath::add, a, b,
                 ints ? makeNumber(x + y) : makeDouble(x + y));
      expectSame("sub", fastpath::sub, a, b, makeNumber(x - y));
      expectSame("mul", fastpath::mul, a, b, makeNumber(x * y));
      expectSame("div", fastpath::div, a, b, makeNumber(x / y));
      expectSame("mod", fastpath::mod, a, b, makeNumber(std::fmod(x, y)));
      expectSame("bitAnd", fastpath::bitAnd, a, b,
                 makeNumber(double(toInt32(x) & toInt32(y))));
      expectSame("bitOr", fastpath::bitOr, a, b,
                 makeNumber(double(toInt32(x) | toInt32(y))));
      expectSame("bitXor", fastpath::bitXor, a, b,
                 makeNumber(double(toInt32(x) ^ toInt32(y))));
      expectSame(
          "shl", fastpath::shl, a, b,
          makeNumber(double(int32_t(toUint32(x) << (toUint32(y) & 31)))));
      expectSame("shr", fastpath::shr, a, b,
                 makeNumber(double(toInt32(x) >> (toUint32(y) & 31))));
      expectSame("ushr", fastpath::ushr, a, b,
                 makeNumber(double(toUint32(x) >> (toUint32(y) & 31))));
      using R = fastpath::Relation;
      expectSame("<", fastpath::compare<R::Less>, a, b, makeBool(x < y));
      expectSame("<=", fastpath::compare<R::LessEqual>, a, b, makeBool(x <= y));
      expectSame(">", fastpath::compare<R::Greater>, a, b, makeBool(x > y));
      expectSame(">=", fastpath::compare<R::GreaterEqual>, a, b,
                 makeBool(x >= y));
    }
}

TEST(NumberFastPathsTest, UnaryOperatorsMatchTheSpec) {
  for (KilnValue a : operands()) {
    double x = asNumber(a);
    KilnValue got;
    if (fastpath::inc(a, got))
      EXPECT_EQ(got, isInt32(a) ? makeNumber(x + 1) : makeDouble(x + 1))
          << "inc " << x;
    if (fastpath::dec(a, got))
      EXPECT_EQ(got, makeNumber(x - 1)) << "dec " << x;
    if (fastpath::neg(a, got))
      EXPECT_EQ(got, makeNumber(-x)) << "neg " << x;
  }
}

TEST(NumberFastPathsTest, CoversTheCommonCases) {
  KilnValue r;
  EXPECT_TRUE(fastpath::mod(makeInt32(17), makeInt32(5), r));
  EXPECT_EQ(r, makeInt32(2));
  EXPECT_TRUE(fastpath::mod(makeInt32(-4), makeInt32(2), r));
  EXPECT_EQ(r, makeDouble(-0.0)) << "-4 % 2 is -0, a double";
  EXPECT_TRUE(
      fastpath::mod(makeDouble(31000000220.0), makeInt32(1000000007), r));
  EXPECT_EQ(r, makeInt32(3));
  EXPECT_TRUE(fastpath::mod(makeDouble(-6.0), makeInt32(3), r));
  EXPECT_TRUE(std::signbit(asNumber(r)) && asNumber(r) == 0);
  EXPECT_FALSE(fastpath::mod(makeDouble(5.5), makeInt32(2), r))
      << "fractions take fmod";
  EXPECT_TRUE(fastpath::mul(makeInt32(46341), makeInt32(46341), r));
  EXPECT_EQ(r, makeDouble(2147488281.0)) << "overflow becomes a double";
  EXPECT_TRUE(fastpath::mul(makeInt32(-3), makeInt32(0), r));
  EXPECT_EQ(r, makeDouble(-0.0));
  EXPECT_FALSE(fastpath::inc(makeInt32(INT32_MAX), r))
      << "overflow is left to the general operation";
  EXPECT_TRUE(fastpath::inc(makeDouble(0.5), r));
  EXPECT_EQ(r, makeDouble(1.5));
  EXPECT_FALSE(fastpath::bitAnd(makeDouble(1.5), makeInt32(1), r));
}

} // namespace
