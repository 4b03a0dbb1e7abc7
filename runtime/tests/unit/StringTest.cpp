//===- StringTest.cpp - Unit tests of strings, ropes, atoms and UTF -------===//
//
// Checks the string behaviour the rest of Kiln relies on: building a string
// by a million appends does linear work (counted, not timed) and flattens to
// the right contents without deep recursion; Latin-1 stays one-byte; UTF-8
// decoding replaces ill-formed input like TextDecoder and encoding replaces
// lone surrogates like TextEncoder; atoms are unique per contents and are
// collected when unused; everything holds under GC stress.
//
//===----------------------------------------------------------------------===//
#include "string/String.h"
#include "core/Runtime.h"
#include "string/AtomTable.h"

#include <gtest/gtest.h>

#include <string.h>
#include <string>

using namespace kiln;

namespace {

std::string toUtf8(Runtime &rt, StringCell *s) {
  StringCell *flat = flattenString(rt, s);
  EXPECT_NE(flat, nullptr);
  std::string out(utf8Length(flat), '\0');
  writeUtf8(flat, out.data());
  return out;
}

StringCell *utf8(Runtime &rt, const std::string &text) {
  return newStringFromUtf8(rt, text.data(), text.size());
}

std::u16string units(Runtime &rt, StringCell *s) {
  StringView v = viewFlat(flattenString(rt, s));
  std::u16string out;
  for (uint32_t i = 0; i < v.length; ++i)
    out.push_back(char16_t(v.at(i)));
  return out;
}

TEST(String, MillionAppendsAreLinear) {
  Runtime rt;
  RootScope scope(rt.heap);
  KilnValue *acc = scope.keep(stringValue(rt.emptyString()));
  StringCell *piece = newStringFromAscii(rt, "ab");
  scope.keep(piece);
  const uint32_t n = 1000000;
  for (uint32_t i = 0; i < n; ++i) {
    StringCell *next = concatStrings(rt, asString(*acc), piece);
    ASSERT_NE(next, nullptr) << "append " << i;
    *acc = stringValue(next);
  }
  StringCell *result = asString(*acc);
  EXPECT_EQ(result->length, 2 * n);
  StringCell *flat = flattenString(rt, result);
  ASSERT_NE(flat, nullptr);
  EXPECT_TRUE(flat->isOneByte()) << "an all-Latin-1 rope flattens to one byte";
  // Linear work: the short prefix is copied a few times, then every append
  // makes one rope node and flattening copies each code unit once.
  EXPECT_LE(rt.stringStats.codeUnitsCopied, uint64_t(2 * n) + 1000)
      << "code units copied for " << 2 * n << " units of output";
  EXPECT_LE(rt.stringStats.ropesCreated, uint64_t(n));
  EXPECT_EQ(rt.stringStats.flattenedRopes, 1u);
  StringView v = viewFlat(flat);
  for (uint32_t i = 0; i < v.length; ++i)
    ASSERT_EQ(v.at(i), i % 2 ? 'b' : 'a') << "at " << i;
  // Flattening again is free: the rope keeps its flat copy.
  uint64_t copied = rt.stringStats.codeUnitsCopied;
  EXPECT_EQ(flattenString(rt, result), flat);
  EXPECT_EQ(rt.stringStats.codeUnitsCopied, copied);
}

TEST(String, PrependAndBalancedRopesFlattenCorrectly) {
  Runtime rt;
  RootScope scope(rt.heap);
  // Right-deep: prepend digits.
  KilnValue *acc = scope.keep(stringValue(rt.emptyString()));
  std::string expected;
  for (int i = 0; i < 200000; ++i) {
    char digit[2] = {char('0' + i % 10), 0};
    StringCell *d = newStringFromAscii(rt, digit);
    *acc = stringValue(concatStrings(rt, d, asString(*acc)));
    expected.insert(expected.begin(), digit[0]);
  }
  EXPECT_EQ(toUtf8(rt, asString(*acc)), expected);
  // Balanced: x = x + x.
  KilnValue *doubled = scope.keep(stringValue(newStringFromAscii(rt, "xyz")));
  for (int i = 0; i < 16; ++i)
    *doubled =
        stringValue(concatStrings(rt, asString(*doubled), asString(*doubled)));
  std::string got = toUtf8(rt, asString(*doubled));
  ASSERT_EQ(got.size(), 3u << 16);
  EXPECT_EQ(got.substr(0, 6), "xyzxyz");
  EXPECT_EQ(got.find_first_not_of("xyz"), std::string::npos);
}

TEST(String, MixedWidthConcatenation) {
  Runtime rt;
  RootScope scope(rt.heap);
  StringCell *latin = scope.keep(utf8(rt, "caf\xC3\xA9 "));
  EXPECT_TRUE(latin->isOneByte()) << "U+00E9 fits in one byte";
  EXPECT_EQ(latin->length, 5u);
  StringCell *wide =
      scope.keep(utf8(rt, "\xE2\x82\xAC and more text to make a rope"));
  EXPECT_FALSE(wide->isOneByte()) << "U+20AC needs two bytes";
  StringCell *both = scope.keep(concatStrings(rt, latin, wide));
  ASSERT_TRUE(both->isRope());
  EXPECT_FALSE(both->isOneByte());
  EXPECT_EQ(toUtf8(rt, both),
            "caf\xC3\xA9 \xE2\x82\xAC and more text to make a rope");
  StringCell *e = scope.keep(utf8(rt, "\xC3\xA9"));
  StringCell *euro = scope.keep(utf8(rt, "\xE2\x82\xAC"));
  StringCell *shortMix = concatStrings(rt, e, euro);
  EXPECT_TRUE(shortMix->isFlat());
  EXPECT_EQ(units(rt, shortMix), u"\u00E9\u20AC");
}

TEST(String, Utf8DecodingReplacesIllFormedInput) {
  Runtime rt;
  RootScope scope(rt.heap);
  struct Case {
    std::string in;
    std::u16string out;
  } cases[] = {
      {"plain", u"plain"},
      {"\xF0\x9F\x98\x80", u"\U0001F600"}, // surrogate pair
      {"\xFF", u"\uFFFD"},                 // invalid byte
      {"\xC3", u"\uFFFD"},                 // truncated
      {"\xE2\x82", u"\uFFFD"},             // maximal subpart: one U+FFFD
      {"\xE2\x82x", u"\uFFFDx"},
      {"\xC0\xAF", u"\uFFFD\uFFFD"},                     // overlong
      {"\xED\xA0\x80", u"\uFFFD\uFFFD\uFFFD"},           // encoded surrogate
      {"\xF4\x90\x80\x80", u"\uFFFD\uFFFD\uFFFD\uFFFD"}, // > U+10FFFF
      {std::string("a\0b", 3), std::u16string(u"a\0b", 3)},
  };
  for (const Case &c : cases) {
    StringCell *s = utf8(rt, c.in);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(units(rt, s), c.out) << "decoding " << c.in;
  }
}

TEST(String, Utf8WellFormedness) {
  struct Case {
    const char *bytes;
    bool wellFormed;
  } cases[] = {
      {"", true},
      {"abc", true},
      {"\xEF\xBF\xBD", true}, // U+FFFD spelled out is not an error
      {"\xF0\x9F\x98\x80", true},
      {"\xC3", false},
      {"\xC0\xAF", false},         // overlong
      {"\xED\xA0\x80", false},     // surrogate
      {"\xF4\x90\x80\x80", false}, // above U+10FFFF
      {"\xE2\x82", false},         // truncated
      {"a\xFF", false},
  };
  for (const Case &c : cases)
    EXPECT_EQ(isWellFormedUtf8(reinterpret_cast<const uint8_t *>(c.bytes),
                               strlen(c.bytes)),
              c.wellFormed)
        << "bytes " << c.bytes;
}

TEST(String, Utf8IncompleteSuffix) {
  struct Case {
    const char *bytes;
    size_t kept;
  } cases[] = {
      {"", 0},
      {"a", 0},
      {"a\xC3", 1},
      {"\xE2\x82", 2},
      {"\xF0\x9F\x98", 3},
      {"\xF0\x9F\x98\x80", 0},
      {"\xE2\x41", 0},
      {"\xED\xA0", 0},
      {"\x80\x80\x80", 0},
      {"\xC0", 0},
      {"\xF4\x90", 0},
      {"\xE0\xA0", 2},
  };
  for (const Case &c : cases)
    EXPECT_EQ(incompleteUtf8Suffix(reinterpret_cast<const uint8_t *>(c.bytes),
                                   strlen(c.bytes)),
              c.kept)
        << "bytes " << c.bytes;
}

TEST(String, Utf8PrefixStopsAtWholeCodePoints) {
  Runtime rt;
  RootScope scope(rt.heap);
  const uint16_t text[] = {'a', 0xE9, 0xD83D, 0xDE00, 0xD800, 'z'};
  StringCell *s = scope.keep(newStringFromUtf16(rt, text, 6));
  // Capacity -> (bytes written, code units read).
  const size_t expected[][3] = {{0, 0, 0},   {1, 1, 1},   {2, 1, 1},
                                {3, 3, 2},   {6, 3, 2},   {7, 7, 4},
                                {10, 10, 5}, {11, 11, 6}, {20, 11, 6}};
  for (const auto &e : expected) {
    uint8_t out[32] = {};
    uint32_t read = 99;
    EXPECT_EQ(writeUtf8Prefix(s, out, e[0], read), e[1]) << "capacity " << e[0];
    EXPECT_EQ(read, e[2]) << "capacity " << e[0];
  }
  uint8_t out[11];
  uint32_t read;
  writeUtf8Prefix(s, out, sizeof out, read);
  EXPECT_EQ(std::string(reinterpret_cast<char *>(out), 11), toUtf8(rt, s));
}

TEST(String, Utf8EncodingOfSurrogates) {
  Runtime rt;
  const uint16_t pair[] = {0xD83D, 0xDE00};
  EXPECT_EQ(toUtf8(rt, newStringFromUtf16(rt, pair, 2)), "\xF0\x9F\x98\x80");
  const uint16_t lone[] = {'a', 0xD800, 'b', 0xDC00};
  EXPECT_EQ(toUtf8(rt, newStringFromUtf16(rt, lone, 4)), "a\xEF\xBF\xBD"
                                                         "b\xEF\xBF\xBD")
      << "lone surrogates encode as U+FFFD";
  const uint16_t reversed[] = {0xDC00, 0xD800};
  EXPECT_EQ(toUtf8(rt, newStringFromUtf16(rt, reversed, 2)),
            "\xEF\xBF\xBD\xEF\xBF\xBD");
  // A pair split across a rope boundary joins when flattened.
  RootScope scope(rt.heap);
  const uint16_t high[] = {'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
                           'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 0xD83D};
  StringCell *left = scope.keep(newStringFromUtf16(rt, high, 20));
  const uint16_t low[] = {0xDE00, 'y', 'y', 'y', 'y', 'y'};
  StringCell *right = scope.keep(newStringFromUtf16(rt, low, 6));
  StringCell *joined = concatStrings(rt, left, right);
  EXPECT_TRUE(joined->isRope());
  EXPECT_EQ(toUtf8(rt, joined),
            std::string(19, 'x') + "\xF0\x9F\x98\x80" + "yyyyy");
}

TEST(String, Latin1StaysOneByte) {
  Runtime rt;
  const uint16_t latin[] = {'a', 0xFF, 0xE9};
  StringCell *s = newStringFromUtf16(rt, latin, 3);
  EXPECT_EQ(s->header.kind, CellKind::StringOneByte);
  EXPECT_EQ(utf8Length(s), 5u);
  StringCell *sub = substring(rt, s, 1, 3);
  EXPECT_EQ(units(rt, sub), u"\u00FF\u00E9");
  EXPECT_EQ(sub->header.kind, CellKind::StringOneByte);
}

TEST(String, EqualityCompareAndHashAcrossRepresentations) {
  Runtime rt;
  RootScope scope(rt.heap);
  StringCell *one = scope.keep(newStringFromAscii(rt, "hello"));
  TwoByteString *two = scope.keep(newTwoByteString(rt, 5));
  for (int i = 0; i < 5; ++i)
    two->chars[i] = "hello"[i];
  EXPECT_TRUE(flatStringsEqual(one, two));
  EXPECT_EQ(compareFlatStrings(one, two), 0);
  EXPECT_EQ(hashFlatString(one, 42), hashFlatString(two, 42));
  StringCell *help = scope.keep(newStringFromAscii(rt, "help"));
  EXPECT_FALSE(flatStringsEqual(one, help));
  EXPECT_LT(compareFlatStrings(one, help), 0) << "'hello' < 'help'";
  EXPECT_GT(compareFlatStrings(help, one), 0);
  StringCell *hell = scope.keep(newStringFromAscii(rt, "hell"));
  EXPECT_LT(compareFlatStrings(hell, one), 0) << "a prefix sorts first";
  const uint16_t high[] = {0xD800};
  StringCell *surrogate = scope.keep(newStringFromUtf16(rt, high, 1));
  StringCell *bmp = scope.keep(utf8(rt, "\xEF\xBF\xBF"));
  EXPECT_LT(compareFlatStrings(surrogate, bmp), 0)
      << "comparison is by UTF-16 code unit";
}

TEST(String, AtomsAreUniqueAndWeak) {
  Runtime rt;
  rt.heap.setGCStress(false); // counts atoms that are unreachable on purpose
  uint32_t base = rt.atoms.size();
  StringCell *a, *b;
  {
    RootScope scope(rt.heap);
    a = scope.keep(rt.atoms.internAscii(rt, "colour"));
    StringCell *fresh = newStringFromAscii(rt, "colour");
    b = rt.atoms.intern(rt, fresh);
    EXPECT_EQ(a, b) << "one atom per contents";
    EXPECT_TRUE(a->isAtom());
    EXPECT_FALSE(fresh->isAtom());
    // An atom made from a rope is its flat form.
    StringCell *left = scope.keep(newStringFromAscii(rt, "aaaaaaaaaaaaaaaa"));
    StringCell *rope = scope.keep(concatStrings(rt, left, left));
    StringCell *atom = rt.atoms.intern(rt, rope);
    EXPECT_EQ(atom->length, 32u);
    EXPECT_EQ(rt.atoms.intern(rt, newStringFromAscii(
                                      rt, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
              atom);
    for (int i = 0; i < 10000; ++i)
      rt.atoms.internAscii(rt, ("key" + std::to_string(i)).c_str());
    EXPECT_GE(rt.atoms.size(), base + 10000);
    rt.heap.collect();
    EXPECT_EQ(rt.atoms.size(), base + 2) << "only rooted atoms survive";
    EXPECT_EQ(rt.atoms.internAscii(rt, "colour"), a);
  }
  rt.heap.collect();
  EXPECT_EQ(rt.atoms.size(), base);
  EXPECT_EQ(rt.atoms.lookup(StringView{"colour", 6, true}), nullptr);
}

TEST(String, EverythingUnreachableIsReclaimed) {
  Runtime rt;
  rt.heap.collect();
  size_t baseline = rt.heap.stats().allocatedCells;
  {
    RootScope scope(rt.heap);
    KilnValue *acc = scope.keep(stringValue(rt.emptyString()));
    for (int i = 0; i < 50000; ++i)
      *acc = stringValue(concatStrings(rt, asString(*acc),
                                       newStringFromAscii(rt, "some text, ")));
    flattenString(rt, asString(*acc));
    rt.atoms.intern(rt, asString(*acc));
  }
  rt.heap.collect();
  EXPECT_EQ(rt.heap.stats().allocatedCells, baseline);
}

TEST(String, LengthLimitRaisesRangeError) {
  Runtime rt;
  RootScope scope(rt.heap);
  KilnValue *acc = scope.keep(
      stringValue(newStringFromAscii(rt, "0123456789abcdef0123456789")));
  StringCell *last = nullptr;
  for (int i = 0; i < 40; ++i) {
    last = concatStrings(rt, asString(*acc), asString(*acc));
    if (!last)
      break;
    *acc = stringValue(last);
  }
  ASSERT_EQ(last, nullptr) << "doubling must hit the length limit";
  ASSERT_TRUE(rt.hasPendingException());
  EXPECT_EQ(rt.pendingKind, ErrorKind::RangeError);
  EXPECT_EQ(toUtf8(rt, asString(rt.takeException())),
            "RangeError: Invalid string length");
}

TEST(String, OutOfMemoryIsAnException) {
  HeapConfig config;
  config.limitBytes = 1 << 20;
  Runtime rt(config);
  RootScope scope(rt.heap);
  StringCell *chunk = scope.keep(newOneByteString(rt, 100000));
  KilnValue *acc = scope.keep(stringValue(chunk));
  *acc = stringValue(concatStrings(rt, chunk, chunk));
  for (int i = 0; i < 20 && !rt.hasPendingException(); ++i) {
    StringCell *r = concatStrings(rt, asString(*acc), chunk);
    if (r && !flattenString(rt, r))
      break;
    if (r)
      *acc = stringValue(r);
  }
  ASSERT_TRUE(rt.hasPendingException()) << "the 1 MiB cap must be hit";
  EXPECT_EQ(rt.pendingKind, ErrorKind::OutOfMemory);
  EXPECT_EQ(toUtf8(rt, asString(rt.takeException())), "out of memory");
  EXPECT_FALSE(rt.heap.outOfMemory()) << "raising clears the heap's flag";
}

TEST(String, WorksUnderGCStress) {
  HeapConfig config;
  config.gcStress = true;
  Runtime rt(config);
  RootScope scope(rt.heap);
  KilnValue *acc = scope.keep(stringValue(rt.emptyString()));
  std::string expected;
  for (int i = 0; i < 300; ++i) {
    std::string piece = "p" + std::to_string(i) + "\xC3\xA9";
    StringCell *p = utf8(rt, piece);
    *acc = stringValue(concatStrings(rt, asString(*acc), p));
    expected += piece;
    if (i % 50 == 0)
      rt.atoms.intern(rt, asString(*acc));
  }
  EXPECT_EQ(toUtf8(rt, asString(*acc)), expected);
  EXPECT_GE(rt.heap.stats().collections, 600u);
}

} // namespace
