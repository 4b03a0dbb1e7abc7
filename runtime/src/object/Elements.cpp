//===- Elements.cpp - Array elements and length ---------------------------===//
//
// The Array exotic object's part of the object model: dense element storage
// that grows geometrically, holes as EMPTY, the switch to sparse mode (index
// properties stored as named properties) when an index lands far past the
// end or an element needs non-default attributes, and ArraySetLength's
// truncation, which stops at a non-configurable element as the spec says.
//
//===----------------------------------------------------------------------===//
#include "object/ObjectInternal.h"

#include "ops/Conversions.h"
#include "string/String.h"

using namespace kiln;

namespace {
/// Dense storage may grow to this many elements past the old capacity
/// doubling; an index beyond makes the array sparse.
constexpr uint32_t kMaxDenseGap = 1024;
} // namespace

ObjectCell *kiln::newArray(Runtime &rt, uint32_t capacity, ObjectCell *proto) {
  RootScope scope(rt.heap);
  if (!proto)
    proto = rt.prototype(Runtime::kArrayPrototype);
  scope.keep(proto);
  ValueArray *elements = nullptr;
  if (capacity) {
    elements = scope.keep(ValueArray::create(rt.heap, capacity));
    if (!elements) {
      rt.raiseOutOfMemory();
      return nullptr;
    }
    for (uint32_t i = 0; i < capacity; ++i)
      elements->values[i] = KILN_VALUE_EMPTY;
  }
  ObjectCell *array = rt.heap.allocate<ObjectCell>(CellKind::Array);
  if (!array) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  array->shape = rt.rootShape();
  array->proto = proto;
  array->elements = elements;
  return array;
}

KilnValue kiln::setDenseElement(Runtime &rt, ObjectCell *array, uint32_t index,
                                KilnValue value) {
  uint32_t capacity = array->elements ? array->elements->length : 0;
  if (index >= capacity) {
    uint64_t doubled = uint64_t(capacity) * 2 + kMaxDenseGap;
    if (index >= doubled || index >= kMaxArrayLength - 1) {
      if (!makeSparse(rt, array))
        return KILN_VALUE_EXCEPTION;
      return addOwn(rt, array, PropertyKey::fromIndex(index), value,
                    KILN_ATTR_DEFAULT);
    }
    uint32_t grown = capacity < 8 ? 8 : capacity * 2;
    if (grown <= index)
      grown = index + 1;
    RootScope scope(rt.heap);
    scope.keep(array);
    scope.keep(value);
    ValueArray *elements = ValueArray::create(rt.heap, grown);
    if (!elements)
      return rt.raiseOutOfMemory();
    for (uint32_t i = 0; i < capacity; ++i)
      elements->values[i] = array->elements->values[i];
    for (uint32_t i = capacity; i < grown; ++i)
      elements->values[i] = KILN_VALUE_EMPTY;
    array->elements = elements;
  }
  array->elements->values[index] = value;
  if (index >= array->length)
    array->length = index + 1;
  return KILN_VALUE_TRUE;
}

bool kiln::makeSparse(Runtime &rt, ObjectCell *array) {
  if (array->header.flags & kArraySparse)
    return true;
  RootScope scope(rt.heap);
  scope.keep(array);
  ValueArray *elements = scope.keep(array->elements);
  uint32_t used = elements ? elements->length : 0;
  if (used > array->length)
    used = array->length;
  // Index properties are about to arrive in bulk: go to dictionary mode now
  // rather than walking the shared shape tree one index at a time.
  if (used > 8 && !makeDictionary(rt, array))
    return false;
  for (uint32_t i = 0; i < used; ++i) {
    KilnValue v = elements->values[i];
    if (isEmpty(v))
      continue;
    StringCell *name = indexToAtom(rt, i);
    if (!name || isException(addNamed(rt, array, stringValue(name), v,
                                      KILN_ATTR_DEFAULT)))
      return false;
  }
  array->elements = nullptr;
  array->header.flags |= kArraySparse;
  return true;
}

KilnValue kiln::setArrayLength(Runtime &rt, ObjectCell *array,
                               uint32_t length) {
  if (length == array->length)
    return KILN_VALUE_TRUE;
  if (array->header.flags & kArrayLengthReadOnly)
    return rt.raise(ErrorKind::TypeError,
                    "Cannot assign to read only property 'length' of array");
  if (length > array->length) {
    array->length = length;
    return KILN_VALUE_TRUE;
  }
  if (!(array->header.flags & kArraySparse)) {
    ValueArray *elements = array->elements;
    if (elements) {
      if (length == 0) {
        array->elements = nullptr; // let the storage go
      } else {
        uint32_t end =
            elements->length < array->length ? elements->length : array->length;
        for (uint32_t i = length; i < end; ++i)
          elements->values[i] = KILN_VALUE_EMPTY;
      }
    }
    array->length = length;
    return KILN_VALUE_TRUE;
  }
  // Sparse: delete index properties >= length, highest first; stop at a
  // non-configurable one (the length then ends just past it).
  RootScope scope(rt.heap);
  scope.keep(array);
  uint32_t count = shapeSlotCount(array->shape);
  PodVector<KilnValue> keys;
  PodVector<uint32_t> doomed;
  if (!keys.reserve(count) || !doomed.reserve(count))
    return rt.raiseOutOfMemory();
  shapeKeysInOrder(array->shape, keys.data());
  uint32_t floor = length;
  for (uint32_t i = 0; i < count; ++i) {
    KilnValue k = keys.data()[i];
    uint32_t index;
    if (isString(k) && stringToArrayIndex(asString(k), index) &&
        index >= length) {
      doomed.push(index);
      ShapeSlot s = lookupShape(rt, array->shape, k);
      if (!(s.attributes & KILN_ATTR_CONFIGURABLE) && index + 1 > floor)
        floor = index + 1;
    }
  }
  for (uint32_t index : doomed)
    if (index >= floor)
      if (isException(deleteProperty(rt, array, PropertyKey::fromIndex(index))))
        return KILN_VALUE_EXCEPTION;
  array->length = floor;
  if (floor != length)
    return rt.raise(ErrorKind::TypeError,
                    "Cannot delete a non-configurable array element");
  return KILN_VALUE_TRUE;
}

KilnValue kiln::setArrayLengthFromValue(Runtime &rt, ObjectCell *array,
                                        KilnValue value) {
  RootScope scope(rt.heap);
  scope.keep(array);
  double number;
  if (!toNumber(rt, value, number))
    return KILN_VALUE_EXCEPTION;
  uint32_t length = toUint32(number);
  if (double(length) != number)
    return rt.raise(ErrorKind::RangeError, "Invalid array length");
  return setArrayLength(rt, array, length);
}
