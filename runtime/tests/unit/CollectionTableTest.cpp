//===- CollectionTableTest.cpp - Unit tests of the Map/Set hash table -----===//
//
// Exercises the ordered hash table behind Map and Set directly: SameValueZero
// keys (NaN, -0, int32 and double representations of one number, strings by
// contents including ropes), insertion order across deletes, growth and
// compaction to thousands of entries, cursors that keep their place while
// the table is rebuilt or cleared under them, and survival of entries under
// GC stress.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "builtins/Collections.h"
#include "core/Runtime.h"
#include "string/String.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace kiln;

namespace {

class CollectionTableTest : public ::testing::Test {
protected:
  void SetUp() override {
    krt = kiln_rt_create(0);
    depth = kiln_rt_root_depth(krt);
  }
  void TearDown() override {
    kiln_rt_pop_roots(krt, depth);
    kiln_rt_destroy(krt);
  }
  Runtime &rt() { return fromABI(krt); }
  KilnValue str(const std::string &s) {
    return *kiln_rt_push_root(
        krt, kiln_rt_string_from_utf8(krt, s.data(), s.size()));
  }
  /// A rooted Map-kind collection with an empty table.
  CollectionCell *newMap() {
    KilnValue table = *kiln_rt_push_root(krt, newCollectionTable(rt()));
    EXPECT_FALSE(isException(table));
    CollectionCell *c =
        rt().heap.allocate<CollectionCell>(CellKind::Collection);
    EXPECT_NE(c, nullptr);
    c->object.shape = rt().rootShape();
    c->object.proto = rt().prototype(Runtime::kObjectPrototype);
    c->table = table;
    c->kind = CollectionKind::Map;
    kiln_rt_push_root(krt, objectValue(&c->object));
    return c;
  }
  /// The keys in iteration order, as int32s (-1 for other values).
  std::vector<int> keys(CollectionCell *c) {
    std::vector<int> out;
    KilnValue table = c->table;
    uint32_t index = 0;
    KilnValue key, value;
    while (collectionNextEntry(table, index, key, value))
      out.push_back(isInt32(key) ? asInt32(key) : -1);
    return out;
  }

  KilnRuntime *krt = nullptr;
  size_t depth = 0;
};

TEST_F(CollectionTableTest, SameValueZeroKeys) {
  CollectionCell *m = newMap();
  collectionSet(rt(), m, makeDouble(__builtin_nan("")), makeInt32(1));
  collectionSet(rt(), m, makeDouble(-0.0), makeInt32(2));
  collectionSet(rt(), m, makeDouble(3.0), makeInt32(3));
  EXPECT_EQ(collectionGet(rt(), m, KILN_CANONICAL_NAN), makeInt32(1));
  EXPECT_EQ(collectionGet(rt(), m, makeInt32(0)), makeInt32(2))
      << "-0 and +0 are one key";
  EXPECT_EQ(collectionGet(rt(), m, makeInt32(3)), makeInt32(3))
      << "3 as a double and as an int32 are one key";
  EXPECT_EQ(collectionGet(rt(), m, makeDouble(3.5)), KILN_VALUE_EMPTY);
  EXPECT_EQ(collectionSize(m), 3u);
  // The stored -0 key reads back as +0.
  EXPECT_EQ(keys(m), (std::vector<int>{-1, 0, 3}));
}

TEST_F(CollectionTableTest, StringsCompareByContents) {
  CollectionCell *m = newMap();
  std::string text(40, 'q');
  KilnValue a = str(text);
  KilnValue left = str(text.substr(0, 20)), right = str(text.substr(20));
  KilnValue rope =
      stringValue(concatStrings(rt(), asString(left), asString(right)));
  ASSERT_TRUE(asString(rope)->isRope());
  collectionSet(rt(), m, rope, makeInt32(7));
  EXPECT_EQ(collectionGet(rt(), m, a), makeInt32(7));
  EXPECT_EQ(collectionGet(rt(), m, str("q")), KILN_VALUE_EMPTY);
  EXPECT_EQ(collectionDelete(rt(), m, a), KILN_VALUE_TRUE);
  EXPECT_EQ(collectionSize(m), 0u);
}

TEST_F(CollectionTableTest, OrderSurvivesDeletesGrowthAndCompaction) {
  CollectionCell *m = newMap();
  for (int i = 0; i < 5000; ++i)
    ASSERT_EQ(collectionSet(rt(), m, makeInt32(i), makeInt32(i * 2)),
              KILN_VALUE_TRUE);
  for (int i = 0; i < 5000; ++i)
    if (i % 3)
      ASSERT_EQ(collectionDelete(rt(), m, makeInt32(i)), KILN_VALUE_TRUE);
  // Re-adding an existing key keeps its place; a deleted one goes last.
  collectionSet(rt(), m, makeInt32(0), makeInt32(-1));
  collectionSet(rt(), m, makeInt32(1), makeInt32(-1));
  std::vector<int> order = keys(m);
  ASSERT_EQ(order.size(), collectionSize(m));
  EXPECT_EQ(order.front(), 0);
  EXPECT_EQ(order[1], 3);
  EXPECT_EQ(order.back(), 1);
  EXPECT_EQ(collectionGet(rt(), m, makeInt32(4998)), makeInt32(9996));
  EXPECT_EQ(collectionGet(rt(), m, makeInt32(4997)), KILN_VALUE_EMPTY);
}

TEST_F(CollectionTableTest, CursorKeepsItsPlaceAcrossRebuilds) {
  CollectionCell *m = newMap();
  for (int i = 0; i < 4; ++i)
    collectionSet(rt(), m, makeInt32(i), KILN_VALUE_UNDEFINED);
  KilnValue *table = kiln_rt_push_root(krt, m->table);
  uint32_t index = 0;
  KilnValue key, value;
  ASSERT_TRUE(collectionNextEntry(*table, index, key, value));
  ASSERT_TRUE(collectionNextEntry(*table, index, key, value));
  EXPECT_EQ(key, makeInt32(1));
  // Deleting visited and unvisited entries, then growing the table many
  // times over, must not make the cursor skip or repeat anything.
  collectionDelete(rt(), m, makeInt32(0));
  collectionDelete(rt(), m, makeInt32(2));
  for (int i = 10; i < 200; ++i)
    collectionSet(rt(), m, makeInt32(i), KILN_VALUE_UNDEFINED);
  std::vector<int> rest;
  while (collectionNextEntry(*table, index, key, value))
    rest.push_back(asInt32(key));
  ASSERT_EQ(rest.size(), 191u);
  EXPECT_EQ(rest[0], 3);
  EXPECT_EQ(rest[1], 10);
  EXPECT_EQ(rest.back(), 199);
}

TEST_F(CollectionTableTest, CursorRestartsAfterClear) {
  CollectionCell *m = newMap();
  for (int i = 0; i < 3; ++i)
    collectionSet(rt(), m, makeInt32(i), KILN_VALUE_UNDEFINED);
  KilnValue *table = kiln_rt_push_root(krt, m->table);
  uint32_t index = 0;
  KilnValue key, value;
  ASSERT_TRUE(collectionNextEntry(*table, index, key, value));
  collectionClear(rt(), m);
  EXPECT_EQ(collectionSize(m), 0u);
  collectionSet(rt(), m, makeInt32(42), KILN_VALUE_UNDEFINED);
  ASSERT_TRUE(collectionNextEntry(*table, index, key, value));
  EXPECT_EQ(key, makeInt32(42));
  EXPECT_FALSE(collectionNextEntry(*table, index, key, value));
}

TEST_F(CollectionTableTest, EntriesSurviveGCStress) {
  kiln_rt_set_gc_stress(krt, 1);
  CollectionCell *m = newMap();
  for (int i = 0; i < 60; ++i) {
    std::string k = "key" + std::to_string(i);
    KilnValue key = str(k);
    KilnValue value = str("value" + std::to_string(i));
    ASSERT_EQ(collectionSet(rt(), m, key, value), KILN_VALUE_TRUE);
    kiln_rt_pop_roots(krt, kiln_rt_root_depth(krt) - 2);
  }
  kiln_rt_set_gc_stress(krt, 0);
  kiln_rt_collect(krt);
  KilnValue v = collectionGet(rt(), m, str("key59"));
  ASSERT_TRUE(isString(v));
  EXPECT_EQ(asString(v)->length, 7u);
  EXPECT_EQ(collectionSize(m), 60u);
}

} // namespace
