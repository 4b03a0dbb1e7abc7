//===- OperatorsTest.cpp - Unit tests of conversions and operators --------===//
//
// Known cases from the ECMAScript specification for the kiln_rt_* conversion
// and operator functions: Number::toString's shortest round-trip output,
// StringToNumber's grammar, ToInt32/ToUint32 wrapping, typeof, the + operator
// with strings, the numeric operators' corner cases (-0, NaN, **), strict,
// loose and SameValue equality, relational comparison of strings and
// numbers, and ToPropertyKey's array-index detection.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "core/Runtime.h"
#include "ops/Conversions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using namespace kiln;

namespace {

class OperatorsTest : public ::testing::Test {
protected:
  void SetUp() override { krt = kiln_rt_create(0); }
  void TearDown() override { kiln_rt_destroy(krt); }
  KilnValue str(const std::string &s) {
    return *kiln_rt_push_root(
        krt, kiln_rt_string_from_utf8(krt, s.data(), s.size()));
  }
  std::string text(KilnValue v) {
    EXPECT_TRUE(isString(v)) << std::hex << v;
    if (!isString(v))
      return "<not a string>";
    std::string out(kiln_rt_string_utf8_length(krt, v), '\0');
    kiln_rt_string_write_utf8(krt, v, out.data());
    return out;
  }
  std::string numberText(double d) {
    return text(kiln_rt_to_string(krt, makeNumber(d)));
  }
  double number(KilnValue v) {
    KilnValue n = kiln_rt_to_number(krt, v);
    EXPECT_TRUE(isNumber(n));
    return asNumber(n);
  }
  bool isMinusZero(KilnValue v) {
    return isNumber(v) && asNumber(v) == 0 && std::signbit(asNumber(v));
  }
  KilnRuntime *krt;
};

TEST_F(OperatorsTest, NumberToStringIsShortestRoundTrip) {
  EXPECT_EQ(numberText(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(numberText(1e21), "1e+21");
  EXPECT_EQ(numberText(1e20), "100000000000000000000");
  EXPECT_EQ(numberText(-0.0), "0");
  EXPECT_EQ(numberText(123), "123");
  EXPECT_EQ(numberText(-42.5), "-42.5");
  EXPECT_EQ(numberText(0.000001), "0.000001");
  EXPECT_EQ(numberText(1e-7), "1e-7");
  EXPECT_EQ(numberText(NAN), "NaN");
  EXPECT_EQ(numberText(INFINITY), "Infinity");
  EXPECT_EQ(numberText(-INFINITY), "-Infinity");
  EXPECT_EQ(numberText(9007199254740992.0), "9007199254740992");
  EXPECT_EQ(numberText(5e-324), "5e-324");
  EXPECT_EQ(numberText(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(numberText(2147483648.0), "2147483648");
}

TEST_F(OperatorsTest, StringToNumberGrammar) {
  struct {
    const char *in;
    double out;
  } cases[] = {
      {"", 0},
      {"   ", 0},
      {"  12  ", 12},
      {"0x1F", 31},
      {"0X1f", 31},
      {"0o17", 15},
      {"0b101", 5},
      {"Infinity", INFINITY},
      {"-Infinity", -INFINITY},
      {"+Infinity", INFINITY},
      {"1e3", 1000},
      {".5", 0.5},
      {"5.", 5},
      {"+.5e-1", 0.05},
      {"0.1", 0.1},
      {"007", 7},
      {"1e400", INFINITY},
      {"1e-400", 0},
      {"\xC2\xA0 42 \n\xE2\x80\xA8", 42}, // NBSP, LS around
      {"123456789012345678901234567890", 1.2345678901234568e29},
      {"0.30000000000000004", 0.30000000000000004},
  };
  for (const auto &c : cases)
    EXPECT_EQ(number(str(c.in)), c.out) << "\"" << c.in << "\"";
  for (const char *nan : {"-0x10", "0x", "1_000", "12abc", "infinity", ".",
                          "e5", "1e", "0b2", "0o8", "--1", "1 2", "0x1p3"})
    EXPECT_TRUE(std::isnan(number(str(nan)))) << "\"" << nan << "\"";
  EXPECT_TRUE(isMinusZero(kiln_rt_to_number(krt, str("-0"))));
  EXPECT_EQ(number(KILN_VALUE_NULL), 0);
  EXPECT_TRUE(std::isnan(number(KILN_VALUE_UNDEFINED)));
  EXPECT_EQ(number(KILN_VALUE_TRUE), 1);
}

TEST_F(OperatorsTest, ToInt32AndToUint32Wrap) {
  EXPECT_EQ(kiln_rt_double_to_int32(4294967296.0 + 5), 5);
  EXPECT_EQ(kiln_rt_double_to_int32(-1), -1);
  EXPECT_EQ(kiln_rt_double_to_int32(2147483648.0), INT32_MIN);
  EXPECT_EQ(kiln_rt_double_to_int32(NAN), 0);
  EXPECT_EQ(kiln_rt_double_to_int32(INFINITY), 0);
  EXPECT_EQ(kiln_rt_double_to_int32(-2.5), -2);
  EXPECT_EQ(kiln_rt_double_to_int32(4294967295.5), -1);
  EXPECT_EQ(kiln_rt_double_to_int32(-4294967297.0), -1);
  EXPECT_EQ(kiln_rt_double_to_int32(1e20), 1661992960);
  EXPECT_EQ(asNumber(kiln_rt_to_uint32(krt, makeInt32(-1))), 4294967295.0);
  EXPECT_EQ(kiln_rt_to_int32(krt, str("0x10")), makeInt32(16));
}

TEST_F(OperatorsTest, Typeof) {
  auto t = [&](KilnValue v) { return text(kiln_rt_typeof(krt, v)); };
  EXPECT_EQ(t(makeInt32(1)), "number");
  EXPECT_EQ(t(makeDouble(NAN)), "number");
  EXPECT_EQ(t(str("x")), "string");
  EXPECT_EQ(t(KILN_VALUE_UNDEFINED), "undefined");
  EXPECT_EQ(t(KILN_VALUE_NULL), "object");
  EXPECT_EQ(t(KILN_VALUE_FALSE), "boolean");
  EXPECT_EQ(t(kiln_rt_new_object(krt)), "object");
}

TEST_F(OperatorsTest, AdditionAndConcatenation) {
  EXPECT_EQ(kiln_rt_add(krt, makeInt32(1), makeInt32(2)), makeInt32(3));
  KilnValue big = kiln_rt_add(krt, makeInt32(INT32_MAX), makeInt32(1));
  EXPECT_EQ(asNumber(big), 2147483648.0) << "int32 overflow becomes a double";
  EXPECT_EQ(text(kiln_rt_add(krt, str("a"), makeInt32(1))), "a1");
  EXPECT_EQ(text(kiln_rt_add(krt, makeInt32(1), str("2"))), "12");
  EXPECT_EQ(text(kiln_rt_add(krt, str("x"), KILN_VALUE_NULL)), "xnull");
  EXPECT_EQ(text(kiln_rt_add(krt, makeDouble(1.5), str(""))), "1.5");
  EXPECT_EQ(kiln_rt_add(krt, KILN_VALUE_TRUE, makeInt32(1)), makeInt32(2));
  EXPECT_EQ(kiln_rt_add(krt, KILN_VALUE_NULL, makeInt32(1)), makeInt32(1));
  EXPECT_TRUE(std::isnan(
      asNumber(kiln_rt_add(krt, KILN_VALUE_UNDEFINED, makeInt32(1)))));
  EXPECT_EQ(text(kiln_rt_to_string(
                krt, kiln_rt_add(krt, makeDouble(0.1), makeDouble(0.2)))),
            "0.30000000000000004");
  // Objects need the VM's ToPrimitive: a TypeError until it is installed.
  EXPECT_TRUE(
      isException(kiln_rt_add(krt, kiln_rt_new_object(krt), makeInt32(1))));
  EXPECT_EQ(text(kiln_rt_take_exception(krt)),
            "TypeError: Cannot convert object to primitive value");
}

TEST_F(OperatorsTest, NumericOperatorCornerCases) {
  EXPECT_TRUE(isMinusZero(kiln_rt_mul(krt, makeInt32(0), makeInt32(-5))));
  EXPECT_TRUE(isMinusZero(kiln_rt_neg(krt, makeInt32(0))));
  EXPECT_TRUE(isMinusZero(kiln_rt_sub(krt, makeDouble(-0.0), makeInt32(0))));
  EXPECT_EQ(kiln_rt_mod(krt, makeInt32(-5), makeInt32(3)), makeInt32(-2));
  EXPECT_EQ(asNumber(kiln_rt_mod(krt, makeDouble(5.5), makeInt32(2))), 1.5);
  EXPECT_TRUE(isMinusZero(kiln_rt_mod(krt, makeInt32(-4), makeInt32(2))));
  EXPECT_TRUE(
      std::isnan(asNumber(kiln_rt_mod(krt, makeInt32(1), makeInt32(0)))));
  EXPECT_EQ(asNumber(kiln_rt_div(krt, makeInt32(1), makeInt32(0))), INFINITY);
  EXPECT_EQ(asNumber(kiln_rt_div(krt, makeInt32(1), makeDouble(-0.0))),
            -INFINITY);
  EXPECT_EQ(kiln_rt_div(krt, makeInt32(6), makeInt32(3)), makeInt32(2));
  EXPECT_EQ(kiln_rt_exp(krt, makeInt32(2), makeInt32(10)), makeInt32(1024));
  EXPECT_TRUE(std::isnan(
      asNumber(kiln_rt_exp(krt, makeInt32(1), makeDouble(INFINITY)))));
  EXPECT_EQ(kiln_rt_exp(krt, makeDouble(NAN), makeInt32(0)), makeInt32(1));
  EXPECT_EQ(kiln_rt_shl(krt, makeInt32(1), makeInt32(31)),
            makeInt32(INT32_MIN));
  EXPECT_EQ(asNumber(kiln_rt_ushr(krt, makeInt32(-1), makeInt32(0))),
            4294967295.0);
  EXPECT_EQ(kiln_rt_shr(krt, makeInt32(-8), makeInt32(1)), makeInt32(-4));
  EXPECT_EQ(kiln_rt_shl(krt, makeInt32(1), makeInt32(33)), makeInt32(2))
      << "shift counts are masked to 5 bits";
  EXPECT_EQ(kiln_rt_bitnot(krt, makeInt32(0)), makeInt32(-1));
  EXPECT_EQ(kiln_rt_bitand(krt, str("12"), makeInt32(10)), makeInt32(8));
}

TEST_F(OperatorsTest, Equality) {
  KilnValue nan = makeDouble(NAN);
  EXPECT_EQ(kiln_rt_strict_equals(nan, nan), KILN_VALUE_FALSE);
  EXPECT_EQ(kiln_rt_strict_equals(makeInt32(0), makeDouble(-0.0)),
            KILN_VALUE_TRUE);
  EXPECT_EQ(kiln_rt_strict_equals(makeInt32(3), makeDouble(3.0)),
            KILN_VALUE_TRUE)
      << "int32 and double forms of one number are equal";
  EXPECT_EQ(kiln_rt_strict_equals(makeInt32(1), str("1")), KILN_VALUE_FALSE);
  // Strings compare by contents, ropes included.
  std::string half(30, 'q');
  KilnValue rope = kiln_rt_add(krt, str(half), str(half));
  kiln_rt_push_root(krt, rope);
  ASSERT_TRUE(asString(rope)->isRope());
  EXPECT_EQ(kiln_rt_strict_equals(rope, str(half + half)), KILN_VALUE_TRUE);
  EXPECT_EQ(kiln_rt_strict_equals(rope, str(half + half + "!")),
            KILN_VALUE_FALSE);
  EXPECT_EQ(kiln_rt_same_value(nan, nan), KILN_VALUE_TRUE);
  EXPECT_EQ(kiln_rt_same_value(makeInt32(0), makeDouble(-0.0)),
            KILN_VALUE_FALSE);
  EXPECT_EQ(kiln_rt_same_value_zero(makeInt32(0), makeDouble(-0.0)),
            KILN_VALUE_TRUE);
  EXPECT_EQ(kiln_rt_same_value_zero(nan, nan), KILN_VALUE_TRUE);

  auto loose = [&](KilnValue a, KilnValue b) {
    return kiln_rt_loose_equals(krt, a, b);
  };
  EXPECT_EQ(loose(KILN_VALUE_NULL, KILN_VALUE_UNDEFINED), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(KILN_VALUE_NULL, makeInt32(0)), KILN_VALUE_FALSE);
  EXPECT_EQ(loose(KILN_VALUE_UNDEFINED, KILN_VALUE_FALSE), KILN_VALUE_FALSE);
  EXPECT_EQ(loose(str("1"), makeInt32(1)), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(KILN_VALUE_TRUE, makeInt32(1)), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(str("0"), KILN_VALUE_FALSE), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(str(""), makeInt32(0)), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(str(" \n1 "), makeInt32(1)), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(nan, nan), KILN_VALUE_FALSE);
  EXPECT_EQ(loose(str("a"), str("a")), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(KILN_VALUE_TRUE, str("true")), KILN_VALUE_FALSE)
      << "true == 'true' compares 1 with NaN";
  KilnValue obj = *kiln_rt_push_root(krt, kiln_rt_new_object(krt));
  EXPECT_EQ(loose(obj, obj), KILN_VALUE_TRUE);
  EXPECT_EQ(loose(obj, KILN_VALUE_NULL), KILN_VALUE_FALSE);
}

TEST_F(OperatorsTest, RelationalComparison) {
  auto lt = [&](KilnValue a, KilnValue b) {
    return kiln_rt_less_than(krt, a, b);
  };
  EXPECT_EQ(lt(str("a"), str("b")), KILN_VALUE_TRUE);
  EXPECT_EQ(lt(str("10"), str("9")), KILN_VALUE_TRUE) << "string order";
  EXPECT_EQ(lt(makeInt32(10), makeInt32(9)), KILN_VALUE_FALSE);
  EXPECT_EQ(lt(str("10"), makeInt32(9)), KILN_VALUE_FALSE) << "numeric";
  EXPECT_EQ(lt(makeDouble(NAN), makeInt32(1)), KILN_VALUE_FALSE);
  EXPECT_EQ(kiln_rt_less_equal(krt, makeInt32(1), makeDouble(NAN)),
            KILN_VALUE_FALSE);
  EXPECT_EQ(kiln_rt_greater_equal(krt, makeDouble(NAN), makeDouble(NAN)),
            KILN_VALUE_FALSE);
  EXPECT_EQ(lt(KILN_VALUE_UNDEFINED, makeInt32(1)), KILN_VALUE_FALSE);
  EXPECT_EQ(lt(KILN_VALUE_NULL, makeInt32(1)), KILN_VALUE_TRUE);
  EXPECT_EQ(lt(str("a"), makeInt32(1)), KILN_VALUE_FALSE);
  EXPECT_EQ(kiln_rt_less_equal(krt, makeInt32(2), makeDouble(2.0)),
            KILN_VALUE_TRUE);
  EXPECT_EQ(kiln_rt_greater_than(krt, str("b"), str("abc")), KILN_VALUE_TRUE);
  EXPECT_EQ(lt(str("ab"), str("abc")), KILN_VALUE_TRUE) << "prefix first";
}

TEST_F(OperatorsTest, ToPropertyKeyFindsArrayIndices) {
  KilnValue k = kiln_rt_to_property_key(krt, makeDouble(1.0));
  EXPECT_EQ(k, makeInt32(1));
  EXPECT_EQ(kiln_rt_to_property_key(krt, makeDouble(-0.0)), makeInt32(0));
  EXPECT_EQ(kiln_rt_to_property_key(krt, str("7")), makeInt32(7));
  EXPECT_EQ(text(kiln_rt_to_property_key(krt, str("07"))), "07");
  EXPECT_EQ(text(kiln_rt_to_property_key(krt, makeDouble(4294967295.0))),
            "4294967295")
      << "2^32-1 is not an array index";
  EXPECT_EQ(text(kiln_rt_to_property_key(krt, makeDouble(1.5))), "1.5");
  EXPECT_EQ(text(kiln_rt_to_property_key(krt, makeInt32(-1))), "-1");
  KilnValue a = kiln_rt_to_property_key(krt, str("name"));
  EXPECT_TRUE(asString(a)->isAtom()) << "named keys are atoms";
  EXPECT_EQ(a, kiln_rt_to_property_key(krt, str("name")));
}

} // namespace
