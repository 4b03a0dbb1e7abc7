//===- Iteration.cpp - for-of and for-in as runtime operations ------------===//
//
// The iteration operations of KIR (get_iterator, iterator_step, ...,
// for_in_keys, for_in_next). An iterator record is an internal ValueArray
// [iterable, next index, last value]; until Symbol.iterator and user
// iterators exist, arrays (live length, holes read as undefined) and strings
// (by code point) are the iterables, and anything else is a TypeError.
// A for-in enumerator is a ValueArray [object, next index, keys] whose keys
// are the enumerable string keys of the object and its prototypes, taken
// when the loop starts; a key deleted during the loop is skipped.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "ops/Conversions.h"
#include "vm/VM.h"

using namespace kiln;

namespace {

enum { kIterable, kIndex, kValue, kIteratorSize };

ValueArray *record(KilnValue v) {
  return reinterpret_cast<ValueArray *>(asCell(v));
}

bool isRecord(KilnValue v) {
  return isInternalCell(v) && asCell(v)->kind == CellKind::ValueArray &&
         record(v)->length == kIteratorSize;
}

/// Appends the enumerable string keys of \p obj to \p keys (a PodVector of
/// rooted values is not available here, so keys go into a growing array).
bool collectKeys(Runtime &rt, ObjectCell *obj, KilnValue array) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  if (obj->isArray() && !(obj->header.flags & kArraySparse))
    for (uint32_t i = 0; i < obj->length; ++i) {
      PropertyDescriptor desc;
      if (!getOwnProperty(rt, obj, PropertyKey::fromIndex(i), desc))
        continue;
      StringCell *key = indexToAtom(rt, i);
      if (!key ||
          isException(kiln_rt_array_append(toABI(rt), array, stringValue(key))))
        return false;
    }
  uint32_t count = shapeSlotCount(obj->shape);
  ValueArray *keys = ValueArray::create(rt.heap, count);
  if (!keys) {
    rt.raiseOutOfMemory();
    return false;
  }
  scope.keep(keys);
  shapeKeysInOrder(obj->shape, keys->values);
  for (uint32_t i = 0; i < count; ++i) {
    KilnValue key = keys->values[i];
    PropertyDescriptor desc;
    if (!isString(key) ||
        !getOwnProperty(rt, obj, PropertyKey::fromName(key), desc) ||
        !(desc.attributes & KILN_ATTR_ENUMERABLE))
      continue;
    if (isException(kiln_rt_array_append(toABI(rt), array, key)))
      return false;
  }
  return true;
}

} // namespace

extern "C" {

KilnValue kiln_rt_get_iterator(KilnRuntime *krt, KilnValue iterable) {
  Runtime &rt = fromABI(krt);
  bool array = isObject(iterable) && asObject(iterable)->isArray();
  if (!array && !isString(iterable))
    return rt.raise(ErrorKind::TypeError,
                    "value is not iterable (only arrays and strings are yet)");
  RootScope scope(rt.heap);
  scope.keep(iterable);
  ValueArray *r = ValueArray::create(rt.heap, kIteratorSize);
  if (!r)
    return rt.raiseOutOfMemory();
  r->values[kIterable] = iterable;
  r->values[kIndex] = makeInt32(0);
  return cellValue(r);
}

KilnValue kiln_rt_iterator_step(KilnRuntime *krt, KilnValue iter) {
  Runtime &rt = fromABI(krt);
  if (!isRecord(iter))
    return rt.raise(ErrorKind::TypeError, "invalid iterator record");
  ValueArray *r = record(iter);
  KilnValue iterable = r->values[kIterable];
  uint32_t index = uint32_t(asInt32(r->values[kIndex]));
  if (isString(iterable)) {
    StringCell *flat = flattenString(rt, asString(iterable));
    if (!flat)
      return KILN_VALUE_EXCEPTION;
    StringView view = viewFlat(flat);
    if (index >= view.length)
      return KILN_VALUE_TRUE;
    uint32_t units = 1;
    uint16_t c = view.at(index);
    if (c >= 0xD800 && c < 0xDC00 && index + 1 < view.length &&
        view.at(index + 1) >= 0xDC00 && view.at(index + 1) < 0xE000)
      units = 2;
    StringCell *s = substring(rt, flat, index, index + units);
    if (!s)
      return KILN_VALUE_EXCEPTION;
    r = record(iter);
    r->values[kValue] = stringValue(s);
    r->values[kIndex] = makeInt32(int32_t(index + units));
    return KILN_VALUE_FALSE;
  }
  ObjectCell *array = asObject(iterable);
  if (index >= array->length || index >= 0x7FFFFFFFu)
    return KILN_VALUE_TRUE;
  RootScope scope(rt.heap);
  scope.keep(iter);
  KilnValue v = getProperty(rt, array, PropertyKey::fromIndex(index), iterable);
  if (isException(v))
    return v;
  r->values[kValue] = v;
  r->values[kIndex] = makeInt32(int32_t(index + 1));
  return KILN_VALUE_FALSE;
}

KilnValue kiln_rt_iterator_value(KilnRuntime *krt, KilnValue iter) {
  if (!isRecord(iter))
    return fromABI(krt).raise(ErrorKind::TypeError, "invalid iterator record");
  return record(iter)->values[kValue];
}

KilnValue kiln_rt_iterator_close(KilnRuntime *, KilnValue) {
  // Array and string iterators have no `return` method.
  return KILN_VALUE_TRUE;
}

KilnValue kiln_rt_iterator_close_abrupt(KilnRuntime *, KilnValue) {
  return KILN_VALUE_TRUE;
}

KilnValue kiln_rt_for_in_keys(KilnRuntime *krt, KilnValue object) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(object);
  KilnValue keys = kiln_rt_new_array(krt, 0);
  if (isException(keys))
    return keys;
  scope.keep(keys);
  if (isObject(object))
    for (ObjectCell *o = asObject(object); o; o = o->proto)
      if (!collectKeys(rt, o, keys))
        return KILN_VALUE_EXCEPTION;
  ValueArray *r = ValueArray::create(rt.heap, kIteratorSize);
  if (!r)
    return rt.raiseOutOfMemory();
  r->values[kIterable] = object;
  r->values[kIndex] = makeInt32(0);
  r->values[kValue] = keys;
  return cellValue(r);
}

KilnValue kiln_rt_for_in_next(KilnRuntime *krt, KilnValue enumerator) {
  Runtime &rt = fromABI(krt);
  if (!isRecord(enumerator))
    return rt.raise(ErrorKind::TypeError, "invalid for-in enumerator");
  RootScope scope(rt.heap);
  scope.keep(enumerator);
  for (;;) {
    ValueArray *r = record(enumerator);
    ObjectCell *keys = asObject(r->values[kValue]);
    uint32_t index = uint32_t(asInt32(r->values[kIndex]));
    if (index >= keys->length)
      return KILN_VALUE_UNDEFINED;
    r->values[kIndex] = makeInt32(int32_t(index + 1));
    KilnValue key =
        getProperty(rt, keys, PropertyKey::fromIndex(index), r->values[kValue]);
    if (isException(key))
      return key;
    KilnValue present = kiln_rt_in(krt, key, r->values[kIterable]);
    if (isException(present))
      return present;
    if (asBool(present))
      return key;
  }
}

} // extern "C"
