//===- ValueTest.cpp - Unit tests of the NaN-boxed value encoding ---------===//
//
// Pins down the KilnValue bit layout that native code generation mirrors:
// the type tests partition the 64-bit space as documented in Value.h, NaNs
// are canonicalized, int32 and double representations round-trip, and
// pointers keep their 48-bit address under every pointer tag.
//
//===----------------------------------------------------------------------===//
#include "kiln/Value.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace kiln;

namespace {

/// Exactly one of the primary type tests holds for every value.
int countKinds(KilnValue v) {
  return isDouble(v) + isInt32(v) + isUndefined(v) + isNull(v) + isBool(v) +
         isEmpty(v) + isException(v) + isSymbol(v) + isString(v) + isObject(v) +
         isInternalCell(v);
}

TEST(Value, DoublesAreStoredAsThemselves) {
  for (double d : {0.0, -0.0, 1.5, -3.25, 1e308, -1e-308, 4.9e-324,
                   std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()}) {
    KilnValue v = makeDouble(d);
    EXPECT_TRUE(isDouble(v)) << d;
    EXPECT_TRUE(isNumber(v)) << d;
    EXPECT_EQ(doubleBits(asDouble(v)), doubleBits(d)) << d;
    EXPECT_EQ(countKinds(v), 1) << d;
  }
}

TEST(Value, NaNsAreCanonicalized) {
  // A negative NaN with a payload would collide with the tag space.
  for (uint64_t bits : {0xFFFFFFFFFFFFFFFFull, 0xFFF9000000000001ull,
                        0x7FF0000000000001ull, 0xFFF8000000000000ull}) {
    KilnValue v = makeDouble(bitsToDouble(bits));
    EXPECT_EQ(v, KILN_CANONICAL_NAN) << std::hex << bits;
    EXPECT_TRUE(isDouble(v));
    EXPECT_TRUE(std::isnan(asDouble(v)));
    EXPECT_EQ(makeNumber(bitsToDouble(bits)), KILN_CANONICAL_NAN);
  }
}

TEST(Value, Int32RoundTrips) {
  for (int32_t i : {0, 1, -1, 42, INT32_MAX, INT32_MIN}) {
    KilnValue v = makeInt32(i);
    EXPECT_TRUE(isInt32(v));
    EXPECT_TRUE(isNumber(v));
    EXPECT_FALSE(isDouble(v));
    EXPECT_EQ(asInt32(v), i);
    EXPECT_EQ(asNumber(v), double(i));
    EXPECT_EQ(countKinds(v), 1);
    EXPECT_EQ(v >> 48, 0xFFF9u);
  }
}

TEST(Value, MakeNumberPrefersInt32ExceptMinusZero) {
  EXPECT_TRUE(isInt32(makeNumber(5.0)));
  EXPECT_TRUE(isInt32(makeNumber(-2147483648.0)));
  EXPECT_TRUE(isDouble(makeNumber(2147483648.0)));
  EXPECT_TRUE(isDouble(makeNumber(0.5)));
  KilnValue negZero = makeNumber(-0.0);
  ASSERT_TRUE(isDouble(negZero)) << "-0 must keep its sign";
  EXPECT_TRUE(std::signbit(asDouble(negZero)));
}

TEST(Value, SpecialImmediates) {
  EXPECT_TRUE(isUndefined(makeUndefined()));
  EXPECT_TRUE(isNull(makeNull()));
  EXPECT_TRUE(isNullish(makeUndefined()));
  EXPECT_TRUE(isNullish(makeNull()));
  EXPECT_FALSE(isNullish(makeBool(false)));
  EXPECT_FALSE(isNullish(makeInt32(0)));
  EXPECT_TRUE(isBool(makeBool(true)) && asBool(makeBool(true)));
  EXPECT_TRUE(isBool(makeBool(false)) && !asBool(makeBool(false)));
  EXPECT_FALSE(isBool(makeNull()));
  EXPECT_FALSE(isBool(KILN_VALUE_EMPTY));
  for (KilnValue v :
       {KILN_VALUE_UNDEFINED, KILN_VALUE_NULL, KILN_VALUE_FALSE,
        KILN_VALUE_TRUE, KILN_VALUE_EMPTY, KILN_VALUE_EXCEPTION}) {
    EXPECT_FALSE(isNumber(v));
    EXPECT_FALSE(isPointer(v));
    EXPECT_EQ(countKinds(v), 1) << std::hex << v;
  }
}

TEST(Value, PointersKeep48BitAddresses) {
  alignas(16) static char cell[16];
  const uint32_t tags[] = {KILN_TAG_SYMBOL, KILN_TAG_STRING, KILN_TAG_OBJECT,
                           KILN_TAG_CELL};
  for (uint32_t tag : tags) {
    KilnValue v = makePointer(tag, cell);
    EXPECT_TRUE(isPointer(v));
    EXPECT_FALSE(isNumber(v));
    EXPECT_EQ(valueTag(v), tag);
    EXPECT_EQ(reinterpret_cast<char *>(asCell(v)), cell);
    EXPECT_EQ(countKinds(v), 1);
  }
  // The highest user-space address survives boxing.
  KilnValue high =
      makePointer(KILN_TAG_OBJECT, reinterpret_cast<void *>(0x7FFFFFFFFFF0ull));
  EXPECT_EQ(uintptr_t(asCell(high)), 0x7FFFFFFFFFF0ull);
  EXPECT_FALSE(isPointer(0xFFFF000000000000ull)) << "reserved tag";
}

TEST(Value, ZeroIsPlusZero) {
  KilnValue zero = 0;
  EXPECT_TRUE(isDouble(zero));
  EXPECT_EQ(asDouble(zero), 0.0);
}

} // namespace
