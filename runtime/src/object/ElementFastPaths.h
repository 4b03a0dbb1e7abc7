//===- ElementFastPaths.h - Dense array element fast paths ------*- C++ -*-===//
//
// Inline fast paths for array elements that the interpreter's GetElem and
// PutElem, kiln_rt_get_elem / put_elem, Array.prototype.push and the generic
// element helpers of the Array methods (builtins/ArrayLike.h) share. Each
// applies only where its result is exactly what the spec's [[Get]] /
// [[HasProperty]] / [[Set]] / CreateDataProperty would produce, and
// otherwise reports false so that the caller takes the generic path:
//
// - A present element of a dense array is an own, writable, enumerable,
//   configurable data property (dense storage holds nothing else), so
//   reading it or overwriting it needs no lookup.
// - Adding an element (a hole or an index at or past the end) needs a
//   prototype-chain lookup for setters and read-only properties of that
//   index. It is skipped when the array's chain is the intrinsic one,
//   %Array.prototype% then %Object.prototype%, and neither has ever had an
//   index-keyed property (Runtime::prototypesHaveElements, set by addOwn).
// - An index below a typed array's length is its element (BinaryData.h):
//   read it, or store a Number into it (other values need ToNumber, which
//   may call user code, so they take the generic path).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OBJECT_ELEMENTFASTPATHS_H
#define KILN_OBJECT_ELEMENTFASTPATHS_H

#include "object/BinaryData.h"
#include "object/ObjectInternal.h"

namespace kiln {

/// Element \p index of \p obj when it is a dense array's present element.
inline bool denseElement(const ObjectCell *obj, uint32_t index,
                         KilnValue &out) {
  if (!obj->isArray()) {
    if (!isTypedArray(obj))
      return false;
    TypedArrayCell *ta = asTypedArray(const_cast<ObjectCell *>(obj));
    if (index >= ta->length)
      return false;
    out = makeNumber(readElement(ta, index));
    return true;
  }
  // Sparse arrays and other objects have no dense storage.
  const ValueArray *elements = obj->elements;
  if (!elements || index >= obj->length || index >= elements->length)
    return false;
  KilnValue v = elements->values[index];
  if (isEmpty(v))
    return false;
  out = v;
  return true;
}

/// Whether \p array inherits no index-keyed property.
inline bool inheritsNoElements(const Runtime &rt, const ObjectCell *array) {
  const ObjectCell *arrayProto = rt.prototype(Runtime::kArrayPrototype);
  const ObjectCell *objectProto = arrayProto->proto;
  return array->proto == arrayProto &&
         objectProto == rt.prototype(Runtime::kObjectPrototype) &&
         !objectProto->proto && !rt.prototypesHaveElements;
}

/// Whether elements can be added to \p array without any lookup: a dense,
/// extensible array with a writable length that inherits no elements.
inline bool canAppendDense(const Runtime &rt, const ObjectCell *array) {
  return array->isArray() &&
         !(array->header.flags &
           (kArraySparse | kArrayLengthReadOnly | kObjectNotExtensible)) &&
         inheritsNoElements(rt, array);
}

/// Set(array, index, value, true) with the array as receiver, when that
/// needs no lookup; \p result is then TRUE, or EXCEPTION after OOM. False
/// when the generic [[Set]] must run.
inline bool denseSet(Runtime &rt, ObjectCell *array, uint32_t index,
                     KilnValue value, KilnValue &result) {
  if (!array->isArray()) {
    if (!isTypedArray(array) || !isNumber(value) ||
        index >= asTypedArray(array)->length)
      return false;
    writeElement(asTypedArray(array), index, asNumber(value));
    result = KILN_VALUE_TRUE;
    return true;
  }
  ValueArray *elements = array->elements;
  if (elements && index < array->length && index < elements->length &&
      !isEmpty(elements->values[index])) {
    elements->values[index] = value;
    result = KILN_VALUE_TRUE;
    return true;
  }
  if (!canAppendDense(rt, array))
    return false;
  result = setDenseElement(rt, array, index, value);
  return true;
}

/// CreateDataPropertyOrThrow(array, index, value) when that needs no
/// lookup (an own element is replaced, or an element added as [[Set]]
/// would); \p result as for denseSet.
inline bool denseCreate(Runtime &rt, ObjectCell *array, uint32_t index,
                        KilnValue value, KilnValue &result) {
  if (!array->isArray() ||
      (array->header.flags &
       (kArraySparse | kArrayLengthReadOnly | kObjectNotExtensible)))
    return false;
  result = setDenseElement(rt, array, index, value);
  return true;
}

} // namespace kiln

#endif // KILN_OBJECT_ELEMENTFASTPATHS_H
