//===- DateTest.cpp - Unit tests of Date arithmetic and StringBuilder -----===//
//
// Date's calendar arithmetic against a day-by-day walk of the proleptic
// Gregorian calendar over ±1,200 years and at TimeClip's limits, the
// date-string parser on the spec's format and node's own formats (and on
// malformed input), the formatters' layouts including six-digit years, and
// StringBuilder's one-byte/two-byte switch and growth.
//
//===----------------------------------------------------------------------===//
#include "builtins/Date.h"
#include "core/Runtime.h"
#include "string/StringBuilder.h"

#include <gtest/gtest.h>

#include <math.h>
#include <string.h>
#include <string>

using namespace kiln;

namespace {

double parse(const char *text) {
  StringView view{text, uint32_t(strlen(text)), true};
  return parseDate(view);
}

std::string format(double t, DateFormat f) {
  char buf[96];
  return std::string(buf, formatDate(t, f, buf));
}

bool isLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

TEST(DateTest, CalendarMatchesADayByDayWalk) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  // Walk forward from 1970-01-01 and backward from 1969-12-31.
  int64_t y = 1970;
  int m = 0, d = 1;
  for (int64_t day = 0; day < 1200 * 366; ++day) {
    double t = day * kMsPerDay + 12345;
    DateFields f = splitTime(t);
    ASSERT_EQ(f.year, y);
    ASSERT_EQ(f.month, m);
    ASSERT_EQ(f.date, d);
    ASSERT_EQ(f.weekDay, int((day + 4) % 7));
    ASSERT_EQ(makeDay(double(y), m, d), double(day));
    if (++d > kDays[m] + (m == 1 && isLeap(y))) {
      d = 1;
      if (++m == 12) {
        m = 0;
        ++y;
      }
    }
  }
  y = 1969, m = 11, d = 31;
  for (int64_t day = -1; day > -1200 * 366; --day) {
    DateFields f = splitTime(day * kMsPerDay);
    ASSERT_EQ(f.year, y);
    ASSERT_EQ(f.month, m);
    ASSERT_EQ(f.date, d);
    ASSERT_EQ(f.weekDay, int(((day + 4) % 7 + 7) % 7));
    ASSERT_EQ(makeDay(double(y), m, d), double(day));
    if (--d == 0) {
      if (--m < 0) {
        m = 11;
        --y;
      }
      d = kDays[m] + (m == 1 && isLeap(y));
    }
  }
}

TEST(DateTest, MakeDayNormalizesMonthsAndClips) {
  EXPECT_EQ(makeDay(2024, 12, 1), makeDay(2025, 0, 1));
  EXPECT_EQ(makeDay(2024, -1, 1), makeDay(2023, 11, 1));
  EXPECT_EQ(makeDay(2024, 1, 30), makeDay(2024, 2, 1));
  EXPECT_TRUE(isnan(makeDay(NAN, 0, 1)));
  EXPECT_TRUE(isnan(makeDay(1e10, 0, 1)));
  EXPECT_EQ(timeClip(8.64e15), 8.64e15);
  EXPECT_TRUE(isnan(timeClip(8.64e15 + 1)));
  EXPECT_TRUE(isnan(timeClip(INFINITY)));
  EXPECT_EQ(timeClip(-0.5), 0);
  EXPECT_FALSE(signbit(timeClip(-0.5)));
  EXPECT_EQ(format(8.64e15, DateFormat::ISO), "+275760-09-13T00:00:00.000Z");
  EXPECT_EQ(format(-8.64e15, DateFormat::ISO), "-271821-04-20T00:00:00.000Z");
}

TEST(DateTest, ParsesTheDateTimeStringFormat) {
  EXPECT_EQ(parse("2024-01-02T03:04:05.006Z"), 1704164645006);
  EXPECT_EQ(parse("2024-01-02"), 1704153600000);
  EXPECT_EQ(parse("2024-01"), 1704067200000);
  EXPECT_EQ(parse("2024"), 1704067200000);
  EXPECT_EQ(parse("2024-01-02T03:04"), 1704164640000);
  EXPECT_EQ(parse("2024-01-02 03:04:05"), 1704164645000);
  EXPECT_EQ(parse("2024-01-02T03:04:05+05:30"), 1704144845000);
  EXPECT_EQ(parse("2024-01-02T03:04:05.123456Z"), 1704164645123);
  EXPECT_EQ(parse("  2024-01-02T03:04:05.1z "), 1704164645100);
  EXPECT_EQ(parse("+275760-09-13T00:00:00.000Z"), 8.64e15);
  EXPECT_EQ(parse("-000001-01-01T00:00:00Z"), -62198755200000);
  EXPECT_EQ(parse("2020-01-01T24:00:00Z"), 1577923200000);
  for (const char *bad :
       {"-000000-01-01T00:00:00Z", "2024-13-01", "2024-01-32", "2024-1-1x",
        "2024-01-01T25:00", "2020-01-01T24:01:00Z", "2024-01-01T10:60",
        "+275760-09-13T00:00:00.001Z", "", "garbage", "2024-01-01T", "12"})
    EXPECT_TRUE(isnan(parse(bad))) << bad;
}

TEST(DateTest, ParsesNodesOwnFormats) {
  EXPECT_EQ(parse("Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal "
                  "Time)"),
            1704164645000);
  EXPECT_EQ(parse("Tue, 02 Jan 2024 03:04:05 GMT"), 1704164645000);
  EXPECT_EQ(parse("Jan 2, 2024"), 1704153600000);
  EXPECT_EQ(parse("1/2/2024"), 1704153600000);
  EXPECT_EQ(parse("Thu, 01 Jan 1970 00:00:00 GMT+0100"), -3600000);
  EXPECT_EQ(parse("January 2, 2024 3:04:05 PM"), 1704207845000);
  EXPECT_EQ(parse("Fri Jan 01 -0001 00:00:00 GMT+0000"), -62198755200000);
  EXPECT_EQ(parse("Fri, 01 Jan -0001 00:00:00 GMT"), -62198755200000);
  EXPECT_EQ(parse("Sat Jan 01 0050 00:00:00 GMT+0000"), -60589296000000);
  EXPECT_EQ(parse("Jan 1 50"), -631152000000);
  EXPECT_TRUE(isnan(parse("Jan 2024")));
  EXPECT_TRUE(isnan(parse("Tue Foo 02 2024")));
}

TEST(DateTest, FormatsLikeNode) {
  double t = 1704164645006; // 2024-01-02T03:04:05.006Z, a Tuesday
  EXPECT_EQ(format(t, DateFormat::ISO), "2024-01-02T03:04:05.006Z");
  EXPECT_EQ(format(t, DateFormat::Full),
            "Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal Time)");
  EXPECT_EQ(format(t, DateFormat::UTC), "Tue, 02 Jan 2024 03:04:05 GMT");
  EXPECT_EQ(format(t, DateFormat::DateOnly), "Tue Jan 02 2024");
  EXPECT_EQ(format(t, DateFormat::TimeOnly),
            "03:04:05 GMT+0000 (Coordinated Universal Time)");
  EXPECT_EQ(format(t, DateFormat::Locale), "1/2/2024, 3:04:05 AM");
  EXPECT_EQ(format(0, DateFormat::LocaleTime), "12:00:00 AM");
  EXPECT_EQ(format(-62198755200000, DateFormat::ISO),
            "-000001-01-01T00:00:00.000Z");
  EXPECT_EQ(format(-62198755200000, DateFormat::UTC),
            "Fri, 01 Jan -0001 00:00:00 GMT");
  EXPECT_EQ(format(-1, DateFormat::ISO), "1969-12-31T23:59:59.999Z");
}

TEST(StringBuilderTest, StaysOneByteUntilAWideUnitArrives) {
  Runtime rt;
  StringBuilder b;
  for (int i = 0; i < 10000; ++i)
    b.appendAscii("ab", 2);
  b.append(0xE9);
  EXPECT_TRUE(b.isOneByte());
  StringCell *narrow = b.finish(rt);
  ASSERT_NE(narrow, nullptr);
  EXPECT_EQ(narrow->length, 20001u);
  EXPECT_TRUE(narrow->isOneByte());
  b.append(0x4E2D);
  const uint16_t units[] = {0xD83D, 0xDE00};
  b.appendUtf16(units, 2);
  EXPECT_FALSE(b.isOneByte());
  StringCell *wide = b.finish(rt);
  ASSERT_NE(wide, nullptr);
  StringView v = viewFlat(wide);
  EXPECT_EQ(v.length, 20004u);
  EXPECT_EQ(v.at(0), 'a');
  EXPECT_EQ(v.at(20000), 0xE9);
  EXPECT_EQ(v.at(20001), 0x4E2D);
  EXPECT_EQ(v.at(20003), 0xDE00);
}

} // namespace
