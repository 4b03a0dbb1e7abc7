//===- ArrayLike.h - Generic element access for Array methods ---*- C++ -*-===//
//
// The Array.prototype methods are generic: they work on any object through
// [[Get]], [[Set]], [[HasProperty]], [[Delete]] and CreateDataProperty with
// the keys ToString(k) for k in [0, length). Lengths of array-likes go up to
// 2^53 - 1 (ToLength), beyond Kiln's uint32 array limit, so positions here
// are doubles holding integers: those below 2^32 - 1 are index keys, larger
// ones are the atoms of their decimal text. Every function roots its own
// arguments; the caller roots what it keeps across calls.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_ARRAYLIKE_H
#define KILN_BUILTINS_ARRAYLIKE_H

#include "builtins/Builtins.h"
#include "object/ElementFastPaths.h"

namespace kiln {

/// 2^53 - 1: the largest length ToLength produces.
constexpr double kMaxSafeLength = 9007199254740991.0;

/// The key for position \p k (an integer in [0, 2^53)); false on OOM.
inline bool positionKey(Runtime &rt, double k, PropertyKey &out) {
  if (k < double(kMaxArrayLength)) {
    out = PropertyKey::fromIndex(uint32_t(k));
    return true;
  }
  return toPropertyKey(rt, makeNumber(k), out);
}

/// HasProperty(o, k); false also after raising (check rt's pending
/// exception when that matters: only the atom for a huge k can fail).
inline bool hasAt(Runtime &rt, ObjectCell *o, double k) {
  KilnValue element;
  if (k < double(kMaxArrayLength) && denseElement(o, uint32_t(k), element))
    return true;
  PropertyKey key;
  return positionKey(rt, k, key) && hasProperty(rt, o, key);
}

/// Get(o, k); EXCEPTION after raising.
inline KilnValue getAt(Runtime &rt, ObjectCell *o, double k) {
  KilnValue element;
  if (k < double(kMaxArrayLength) && denseElement(o, uint32_t(k), element))
    return element;
  RootScope scope(rt.heap);
  scope.keep(o);
  PropertyKey key;
  if (!positionKey(rt, k, key))
    return KILN_VALUE_EXCEPTION;
  scope.keep(key.name);
  return getProperty(rt, o, key, objectValue(o));
}

/// Set(o, k, v, true); false after raising.
inline bool setAt(Runtime &rt, ObjectCell *o, double k, KilnValue v) {
  KilnValue stored;
  if (k < double(kMaxArrayLength) && denseSet(rt, o, uint32_t(k), v, stored))
    return !isException(stored);
  RootScope scope(rt.heap);
  scope.keep(o);
  scope.keep(v);
  PropertyKey key;
  if (!positionKey(rt, k, key))
    return false;
  scope.keep(key.name);
  return !isException(setProperty(rt, o, key, v, objectValue(o)));
}

/// DeletePropertyOrThrow(o, k); false after raising.
inline bool deleteAt(Runtime &rt, ObjectCell *o, double k) {
  RootScope scope(rt.heap);
  scope.keep(o);
  PropertyKey key;
  if (!positionKey(rt, k, key))
    return false;
  return !isException(deleteProperty(rt, o, key));
}

/// CreateDataPropertyOrThrow(o, k, v); false after raising.
inline bool createAt(Runtime &rt, ObjectCell *o, double k, KilnValue v) {
  KilnValue stored;
  if (k < double(kMaxArrayLength) && denseCreate(rt, o, uint32_t(k), v, stored))
    return !isException(stored);
  RootScope scope(rt.heap);
  scope.keep(o);
  scope.keep(v);
  PropertyKey key;
  if (!positionKey(rt, k, key))
    return false;
  scope.keep(key.name);
  return !isException(defineOwnProperty(
      rt, o, key,
      PropertyDescriptor::data(v, KILN_ATTR_WRITABLE | KILN_ATTR_ENUMERABLE |
                                      KILN_ATTR_CONFIGURABLE)));
}

/// Set(o, "length", n, true); false after raising.
inline bool setLengthProperty(Runtime &rt, ObjectCell *o, double n) {
  return !isException(setProperty(
      rt, o, PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)),
      makeNumber(n), objectValue(o)));
}

/// LengthOfArrayLike(o) with the spec's range [0, 2^53 - 1]; false after
/// raising.
bool lengthOfArrayLike53(Runtime &rt, ObjectCell *o, double &out);

/// ToObject(this) and LengthOfArrayLike of it: the prologue of every
/// generic Array.prototype method.
struct ArrayReceiver {
  ObjectCell *object = nullptr;
  double length = 0;
};

/// Fills \p out for \p thisValue; false after raising.
inline bool arrayReceiver(Runtime &rt, KilnValue thisValue,
                          ArrayReceiver &out) {
  out.object = toObject(rt, thisValue);
  if (!out.object)
    return false;
  RootScope scope(rt.heap);
  scope.keep(out.object);
  return lengthOfArrayLike53(rt, out.object, out.length);
}

/// The loop of join and toLocaleString: the elements of \p r, each but
/// null and undefined (which stay empty) turned into a string by
/// \p toText(element) (null after raising; the element stays rooted), with
/// \p separator between them. The string, or EXCEPTION after raising.
template <typename ToText>
KilnValue joinElements(Runtime &rt, const ArrayReceiver &r,
                       StringCell *separator, ToText &&toText) {
  RootScope scope(rt.heap);
  scope.keep(r.object);
  scope.keep(separator);
  // Ropes keep the repeated concatenation linear.
  StringCell *result = rt.emptyString();
  KilnValue *resultRoot = scope.keep(stringValue(result));
  KilnValue *element = scope.keep(KILN_VALUE_UNDEFINED);
  for (double k = 0; k < r.length; ++k) {
    if (k > 0 && !(result = concatStrings(rt, result, separator)))
      return KILN_VALUE_EXCEPTION;
    *resultRoot = stringValue(result);
    *element = getAt(rt, r.object, k);
    if (isException(*element))
      return KILN_VALUE_EXCEPTION;
    if (isNullish(*element))
      continue;
    StringCell *s = toText(*element);
    if (!s || !(result = concatStrings(rt, result, s)))
      return KILN_VALUE_EXCEPTION;
    *resultRoot = stringValue(result);
  }
  return stringValue(result);
}

/// A relative position argument (start, end, fromIndex...) resolved
/// against \p length: ToIntegerOrInfinity, negative values count from the
/// end, the result clamped to [0, length]; \p fallback when undefined.
bool relativePosition(Runtime &rt, KilnValue arg, double length,
                      double fallback, double &out);

/// The (start, end) pair of slice, subarray and fill: relativePosition of
/// args[first] (default 0) and args[first + 1] (default \p length).
inline bool relativeRange(Runtime &rt, const KilnValue *args, uint32_t argc,
                          uint32_t first, double length, double &start,
                          double &end) {
  return relativePosition(rt, argAt(args, argc, first), length, 0, start) &&
         relativePosition(rt, argAt(args, argc, first + 1), length, length,
                          end);
}

/// ArrayCreate(length) for the methods that build their result up front:
/// a RangeError above 2^32 - 1.
ObjectCell *arrayCreate(Runtime &rt, double length);

/// IsCallable(callback) or a TypeError naming the value.
bool requireCallable(Runtime &rt, KilnValue callback);

} // namespace kiln

#endif // KILN_BUILTINS_ARRAYLIKE_H
