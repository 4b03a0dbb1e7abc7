//===- ObjectTest.cpp - Unit tests of objects, shapes, caches, arrays -----===//
//
// Exercises the object model through the kiln_rt_* ABI the VM and native
// code use: objects built the same way share a shape, inline caches hit on
// that shape and miss on others, deletion and many properties switch to
// dictionary mode without losing values, prototype lookup, attributes
// (read-only, non-configurable, accessors), array length semantics, holes,
// the sparse fallback, and reclamation of objects and shapes by the GC.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "core/Runtime.h"
#include "object/Object.h"
#include "ops/Conversions.h"

#include <gtest/gtest.h>

#include <string>

using namespace kiln;

namespace {

class ObjectTest : public ::testing::Test {
protected:
  void SetUp() override { krt = kiln_rt_create(0); }
  void TearDown() override { kiln_rt_destroy(krt); }
  Runtime &rt() { return fromABI(krt); }
  KilnValue atom(const std::string &s) {
    return kiln_rt_atom_from_utf8(krt, s.data(), s.size());
  }
  KilnValue root(KilnValue v) { return *kiln_rt_push_root(krt, v); }
  KilnValue get(KilnValue obj, const std::string &key) {
    KilnPropertyCache cache = {};
    return kiln_rt_get_prop_ic(krt, obj, atom(key), &cache);
  }
  KilnValue put(KilnValue obj, const std::string &key, KilnValue v) {
    KilnPropertyCache cache = {};
    return kiln_rt_put_prop_ic(krt, obj, atom(key), v, &cache);
  }
  std::string pendingMessage() {
    KilnValue e = kiln_rt_take_exception(krt);
    if (!isString(e))
      return "<no string exception>";
    size_t n = kiln_rt_string_utf8_length(krt, e);
    std::string out(n, '\0');
    kiln_rt_string_write_utf8(krt, e, out.data());
    return out;
  }
  Shape *shapeOf(KilnValue obj) { return asObject(obj)->shape; }
  KilnRuntime *krt;
};

TEST_F(ObjectTest, ObjectsBuiltAlikeShareAShape) {
  KilnValue a = root(kiln_rt_new_object(krt));
  KilnValue b = root(kiln_rt_new_object(krt));
  KilnValue c = root(kiln_rt_new_object(krt));
  put(a, "x", makeInt32(1));
  put(a, "y", makeInt32(2));
  put(b, "x", makeInt32(3));
  put(b, "y", makeInt32(4));
  put(c, "y", makeInt32(5));
  put(c, "x", makeInt32(6));
  EXPECT_EQ(shapeOf(a), shapeOf(b)) << "same keys, same order: same shape";
  EXPECT_NE(shapeOf(a), shapeOf(c)) << "different order: different shape";
  EXPECT_EQ(get(b, "y"), makeInt32(4));
  EXPECT_EQ(get(c, "x"), makeInt32(6));
  EXPECT_TRUE(isUndefined(get(a, "z")));
}

TEST_F(ObjectTest, InlineCacheHitsOnSameShapeAndMissesOnOthers) {
  KilnValue objs[4];
  for (int i = 0; i < 4; ++i) {
    objs[i] = root(kiln_rt_new_object(krt));
    put(objs[i], "a", makeInt32(i));
    put(objs[i], "b", makeInt32(10 * i));
  }
  KilnValue other = root(kiln_rt_new_object(krt));
  put(other, "b", makeInt32(99));
  KilnValue key = root(atom("b"));
  KilnPropertyCache site = {};
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(kiln_rt_get_prop_ic(krt, objs[i], key, &site), makeInt32(10 * i));
  EXPECT_EQ(site.misses, 1u) << "only the first access takes the slow path";
  EXPECT_EQ(site.entries[0].shape, shapeOf(objs[0]));
  EXPECT_EQ(kiln_rt_get_prop_ic(krt, other, key, &site), makeInt32(99));
  EXPECT_EQ(site.misses, 2u) << "another shape misses";
  EXPECT_EQ(site.entries[1].shape, shapeOf(other))
      << "and the cache remembers it too";
  EXPECT_EQ(kiln_rt_get_prop_ic(krt, objs[2], key, &site), makeInt32(20));
  EXPECT_EQ(kiln_rt_get_prop_ic(krt, other, key, &site), makeInt32(99));
  EXPECT_EQ(site.misses, 2u) << "both shapes hit now";
  // Stores through a cache hit existing writable properties.
  KilnPropertyCache store = {};
  for (int i = 0; i < 4; ++i)
    kiln_rt_put_prop_ic(krt, objs[i], key, makeInt32(-i), &store);
  EXPECT_EQ(store.misses, 1u);
  EXPECT_EQ(get(objs[3], "b"), makeInt32(-3));
}

TEST_F(ObjectTest, DeletionAndDictionaryMode) {
  KilnValue o = root(kiln_rt_new_object(krt));
  put(o, "a", makeInt32(1));
  put(o, "b", makeInt32(2));
  put(o, "c", makeInt32(3));
  Shape *withAB = shapeOf(o)->parent;
  // Deleting the newest property goes back to the shared parent shape.
  EXPECT_EQ(kiln_rt_delete_elem(krt, o, atom("c")), KILN_VALUE_TRUE);
  EXPECT_EQ(shapeOf(o), withAB);
  EXPECT_FALSE(shapeOf(o)->isDictionary());
  // Deleting another one switches to dictionary mode.
  EXPECT_EQ(kiln_rt_delete_elem(krt, o, atom("a")), KILN_VALUE_TRUE);
  EXPECT_TRUE(shapeOf(o)->isDictionary());
  EXPECT_TRUE(isUndefined(get(o, "a")));
  EXPECT_EQ(get(o, "b"), makeInt32(2));
  put(o, "a", makeInt32(7));
  EXPECT_EQ(get(o, "a"), makeInt32(7));
  // Dictionary objects are never cached.
  KilnPropertyCache site = {};
  KilnValue b = root(atom("b"));
  kiln_rt_get_prop_ic(krt, o, b, &site);
  kiln_rt_get_prop_ic(krt, o, b, &site);
  EXPECT_EQ(site.misses, 2u);
  // Add/delete churn keeps values right through compaction.
  for (int i = 0; i < 500; ++i) {
    put(o, "k" + std::to_string(i), makeInt32(i));
    if (i % 3)
      kiln_rt_delete_elem(krt, o, atom("k" + std::to_string(i)));
  }
  for (int i = 0; i < 500; ++i) {
    KilnValue v = get(o, "k" + std::to_string(i));
    if (i % 3)
      EXPECT_TRUE(isUndefined(v)) << i;
    else
      EXPECT_EQ(v, makeInt32(i)) << i;
  }
  EXPECT_EQ(get(o, "b"), makeInt32(2));
  EXPECT_LE(propmap::entryCount(shapeOf(o)->map), 2u * 170 + 16)
      << "deleted entries are compacted away";
}

TEST_F(ObjectTest, ManyPropertiesGoToDictionaryMode) {
  KilnValue o = root(kiln_rt_new_object(krt));
  for (int i = 0; i < 200; ++i)
    put(o, "p" + std::to_string(i), makeInt32(i));
  EXPECT_TRUE(shapeOf(o)->isDictionary());
  for (int i = 0; i < 200; ++i)
    ASSERT_EQ(get(o, "p" + std::to_string(i)), makeInt32(i));
  // A shared shape with more than the linear-lookup limit uses its map.
  KilnValue s = root(kiln_rt_new_object(krt));
  for (int i = 0; i < 40; ++i)
    put(s, "q" + std::to_string(i), makeInt32(i));
  EXPECT_FALSE(shapeOf(s)->isDictionary());
  for (int i = 0; i < 40; ++i)
    ASSERT_EQ(get(s, "q" + std::to_string(i)), makeInt32(i));
}

TEST_F(ObjectTest, PrototypeChain) {
  KilnValue proto = root(kiln_rt_new_object(krt));
  put(proto, "greet", makeInt32(1));
  put(proto, "shadowed", makeInt32(2));
  ObjectCell *child = newObject(rt(), asObject(proto));
  KilnValue c = root(objectValue(child));
  put(c, "shadowed", makeInt32(3));
  EXPECT_EQ(get(c, "greet"), makeInt32(1)) << "inherited";
  EXPECT_EQ(get(c, "shadowed"), makeInt32(3)) << "own shadows inherited";
  EXPECT_EQ(get(proto, "shadowed"), makeInt32(2)) << "proto unchanged";
  put(c, "greet", makeInt32(9));
  EXPECT_EQ(get(c, "greet"), makeInt32(9));
  EXPECT_EQ(get(proto, "greet"), makeInt32(1))
      << "assignment creates an own property on the receiver";
  // Primitives look up their prototype; strings answer length and indices.
  KilnValue str = root(kiln_rt_string_from_utf8(krt, "hey", 3));
  EXPECT_EQ(get(str, "length"), makeInt32(3));
  KilnValue ch = kiln_rt_get_elem(krt, str, makeInt32(1));
  ASSERT_TRUE(isString(ch));
  EXPECT_EQ(viewFlat(asString(ch)).at(0), 'e');
  EXPECT_TRUE(isException(kiln_rt_delete_elem(krt, str, makeInt32(0))));
  EXPECT_EQ(pendingMessage(),
            "TypeError: Cannot delete property '0' of a string");
  EXPECT_EQ(kiln_rt_delete_elem(krt, str, makeInt32(3)), KILN_VALUE_TRUE);
  EXPECT_TRUE(isException(get(KILN_VALUE_UNDEFINED, "x")));
  EXPECT_EQ(pendingMessage(),
            "TypeError: Cannot read properties of undefined (reading 'x')");
}

TEST_F(ObjectTest, AttributesAreEnforced) {
  KilnValue o = root(kiln_rt_new_object(krt));
  PropertyKey k = PropertyKey::fromName(root(atom("fixed")));
  ASSERT_EQ(defineOwnProperty(rt(), asObject(o), k,
                              PropertyDescriptor::data(makeInt32(1), 0)),
            KILN_VALUE_TRUE);
  EXPECT_TRUE(isException(put(o, "fixed", makeInt32(2))));
  EXPECT_EQ(pendingMessage(),
            "TypeError: Cannot assign to read only property 'fixed' of object");
  EXPECT_TRUE(isException(kiln_rt_delete_elem(krt, o, k.name)));
  EXPECT_EQ(pendingMessage(),
            "TypeError: Cannot delete property 'fixed' of object");
  EXPECT_TRUE(isException(defineOwnProperty(
      rt(), asObject(o), k,
      PropertyDescriptor::data(makeInt32(5), KILN_ATTR_DEFAULT))));
  EXPECT_EQ(pendingMessage(), "TypeError: Cannot redefine property: fixed");
  // Redefining with the same value is allowed.
  EXPECT_EQ(defineOwnProperty(rt(), asObject(o), k,
                              PropertyDescriptor::data(makeInt32(1), 0)),
            KILN_VALUE_TRUE);
  EXPECT_EQ(get(o, "fixed"), makeInt32(1));
  // A getter-only accessor: reading without a getter gives undefined,
  // writing throws.
  PropertyKey acc = PropertyKey::fromName(root(atom("acc")));
  ASSERT_EQ(defineOwnProperty(rt(), asObject(o), acc,
                              PropertyDescriptor::accessor(
                                  KILN_VALUE_UNDEFINED, KILN_VALUE_UNDEFINED,
                                  KILN_ATTR_CONFIGURABLE)),
            KILN_VALUE_TRUE);
  EXPECT_TRUE(isUndefined(get(o, "acc")));
  EXPECT_TRUE(isException(put(o, "acc", makeInt32(1))));
  EXPECT_EQ(pendingMessage(),
            "TypeError: Cannot set property acc which has only a getter");
  // Non-extensible objects reject new properties.
  preventExtensions(asObject(o));
  EXPECT_TRUE(isException(put(o, "fresh", makeInt32(1))));
  EXPECT_EQ(pendingMessage(),
            "TypeError: Cannot add property fresh, object is not extensible");
}

TEST_F(ObjectTest, ArrayLengthHolesAndTruncation) {
  KilnValue a = root(kiln_rt_new_array(krt, 0));
  for (int i = 0; i < 100; ++i)
    kiln_rt_put_elem(krt, a, makeInt32(i), makeInt32(i * i));
  EXPECT_EQ(get(a, "length"), makeInt32(100));
  EXPECT_EQ(kiln_rt_get_elem(krt, a, makeInt32(9)), makeInt32(81));
  EXPECT_EQ(kiln_rt_get_elem(krt, a, root(atom("9"))), makeInt32(81))
      << "the string key '9' is the index 9";
  // A hole reads as undefined (from the prototype chain), length unchanged.
  kiln_rt_delete_elem(krt, a, makeInt32(5));
  EXPECT_TRUE(isUndefined(kiln_rt_get_elem(krt, a, makeInt32(5))));
  EXPECT_EQ(asObject(a)->length, 100u);
  PropertyDescriptor d;
  EXPECT_FALSE(getOwnProperty(rt(), asObject(a), PropertyKey::fromIndex(5), d));
  // Truncation removes elements; growing back leaves holes.
  put(a, "length", makeInt32(3));
  EXPECT_EQ(asObject(a)->length, 3u);
  put(a, "length", makeInt32(10));
  EXPECT_TRUE(isUndefined(kiln_rt_get_elem(krt, a, makeInt32(4))))
      << "truncated elements do not come back";
  EXPECT_EQ(kiln_rt_get_elem(krt, a, makeInt32(2)), makeInt32(4));
  // Writing past the end extends the length.
  kiln_rt_put_elem(krt, a, makeInt32(20), makeInt32(1));
  EXPECT_EQ(asObject(a)->length, 21u);
  // Invalid lengths are RangeErrors.
  EXPECT_TRUE(isException(put(a, "length", makeDouble(1.5))));
  EXPECT_EQ(pendingMessage(), "RangeError: Invalid array length");
  EXPECT_TRUE(isException(put(a, "length", makeInt32(-1))));
  EXPECT_EQ(pendingMessage(), "RangeError: Invalid array length");
  // length = 0 drops the storage.
  put(a, "length", makeInt32(0));
  EXPECT_EQ(asObject(a)->elements, nullptr);
}

TEST_F(ObjectTest, FarIndexFallsBackToSparse) {
  KilnValue a = root(kiln_rt_new_array(krt, 0));
  for (int i = 0; i < 10; ++i)
    kiln_rt_put_elem(krt, a, makeInt32(i), makeInt32(i));
  kiln_rt_put_elem(krt, a, makeDouble(4000000000.0), makeInt32(-1));
  EXPECT_TRUE(asObject(a)->header.flags & kArraySparse);
  EXPECT_EQ(asObject(a)->elements, nullptr) << "no 4-billion-slot storage";
  EXPECT_EQ(get(a, "length"), makeDouble(4000000001.0));
  EXPECT_EQ(kiln_rt_get_elem(krt, a, makeDouble(4000000000.0)), makeInt32(-1));
  for (int i = 0; i < 10; ++i)
    EXPECT_EQ(kiln_rt_get_elem(krt, a, makeInt32(i)), makeInt32(i));
  // Truncating a sparse array deletes the index properties past the end.
  put(a, "length", makeInt32(5));
  EXPECT_EQ(get(a, "length"), makeInt32(5));
  EXPECT_TRUE(isUndefined(kiln_rt_get_elem(krt, a, makeInt32(7))));
  EXPECT_TRUE(isUndefined(kiln_rt_get_elem(krt, a, makeDouble(4000000000.0))));
  EXPECT_EQ(kiln_rt_get_elem(krt, a, makeInt32(4)), makeInt32(4));
  // A non-configurable element stops truncation, with a TypeError.
  ASSERT_EQ(defineOwnProperty(
                rt(), asObject(a), PropertyKey::fromIndex(3),
                PropertyDescriptor::data(makeInt32(3), KILN_ATTR_WRITABLE)),
            KILN_VALUE_TRUE);
  EXPECT_TRUE(isException(put(a, "length", makeInt32(0))));
  pendingMessage();
  EXPECT_EQ(asObject(a)->length, 4u) << "stops just past the fixed element";
}

TEST_F(ObjectTest, UnreachableObjectsAndShapesAreReclaimed) {
  // The root shape's transition table is created once and then stays.
  put(root(kiln_rt_new_object(krt)), "warm", makeInt32(0));
  rt().heap.collect();
  size_t baseline = rt().heap.stats().allocatedCells;
  size_t depth = kiln_rt_root_depth(krt);
  for (int n = 0; n < 200; ++n) {
    KilnValue o = root(kiln_rt_new_object(krt));
    for (int i = 0; i < 5; ++i)
      put(o, "f" + std::to_string(n) + "_" + std::to_string(i), makeInt32(i));
    KilnValue arr = root(kiln_rt_new_array(krt, 4));
    kiln_rt_put_elem(krt, arr, makeInt32(0), o);
    put(o, "self", o); // a cycle
  }
  kiln_rt_pop_roots(krt, depth);
  rt().heap.collect();
  EXPECT_EQ(rt().heap.stats().allocatedCells, baseline)
      << "objects, their shapes, atoms and transition tables are all freed";
}

TEST_F(ObjectTest, WorksUnderGCStress) {
  rt().heap.setGCStress(true);
  KilnValue a = root(kiln_rt_new_array(krt, 0));
  for (int i = 0; i < 40; ++i) {
    KilnValue o = root(kiln_rt_new_object(krt));
    put(o, "i", makeInt32(i));
    KilnValue name = root(kiln_rt_string_from_utf8(krt, "n", 1));
    put(o, "name", name);
    kiln_rt_put_elem(krt, a, makeInt32(i), o);
  }
  rt().heap.setGCStress(false);
  for (int i = 0; i < 40; ++i) {
    KilnValue o = kiln_rt_get_elem(krt, a, makeInt32(i));
    ASSERT_TRUE(isObject(o));
    EXPECT_EQ(get(o, "i"), makeInt32(i));
    EXPECT_TRUE(isString(get(o, "name")));
  }
}

} // namespace
