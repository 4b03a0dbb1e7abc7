//===- Array.cpp - The Array constructor and Array.prototype --------------===//
//
// Array, Array.isArray/from/of and the Array.prototype methods. Every method
// is generic as the spec requires: it works on ToObject(this) through
// [[Get]], [[Set]], [[HasProperty]] and [[Delete]] with index keys, so it
// applies to array-likes as well as to dense arrays. Lengths are uint32
// (Kiln's array limit); results are plain arrays (no @@species). Callback
// values live in the caller's registers or in GC-visible cells while user
// code runs, since any call may collect.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

#include <string.h>

using namespace kiln;

bool kiln::lengthOfArrayLike(Runtime &rt, ObjectCell *obj, uint32_t &out) {
  if (obj->isArray()) {
    out = obj->length;
    return true;
  }
  KilnValue length = getProperty(
      rt, obj, PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)),
      objectValue(obj));
  double n;
  if (isException(length) || !toIntegerOrInfinity(rt, length, n))
    return false;
  out = n <= 0                         ? 0
        : n >= double(kMaxArrayLength) ? kMaxArrayLength
                                       : uint32_t(n);
  return true;
}

bool kiln::relativeIndex(Runtime &rt, KilnValue arg, uint32_t length,
                         uint32_t fallback, uint32_t &out) {
  if (isUndefined(arg)) {
    out = fallback;
    return true;
  }
  double n;
  if (!toIntegerOrInfinity(rt, arg, n))
    return false;
  if (n < 0)
    n += length;
  out = n <= 0 ? 0 : n >= length ? length : uint32_t(n);
  return true;
}

namespace {

KilnValue getIndex(Runtime &rt, ObjectCell *o, uint32_t i) {
  return getProperty(rt, o, PropertyKey::fromIndex(i), objectValue(o));
}

bool setIndex(Runtime &rt, ObjectCell *o, uint32_t i, KilnValue v) {
  return !isException(
      setProperty(rt, o, PropertyKey::fromIndex(i), v, objectValue(o)));
}

bool setLength(Runtime &rt, ObjectCell *o, double n) {
  return !isException(setProperty(
      rt, o, PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)),
      makeNumber(n), objectValue(o)));
}

/// CreateDataPropertyOrThrow(o, i, v).
bool createIndex(Runtime &rt, ObjectCell *o, uint32_t i, KilnValue v) {
  return !isException(defineOwnProperty(
      rt, o, PropertyKey::fromIndex(i),
      PropertyDescriptor::data(v, KILN_ATTR_WRITABLE | KILN_ATTR_ENUMERABLE |
                                      KILN_ATTR_CONFIGURABLE)));
}

/// Moves o[from] to o[to], deleting o[to] when o[from] is absent.
bool moveIndex(Runtime &rt, ObjectCell *o, uint32_t from, uint32_t to) {
  if (hasProperty(rt, o, PropertyKey::fromIndex(from))) {
    KilnValue v = getIndex(rt, o, from);
    return !isException(v) && setIndex(rt, o, to, v);
  }
  return !isException(deleteProperty(rt, o, PropertyKey::fromIndex(to)));
}

enum class Iterate { ForEach, Map, Filter, Some, Every };

/// The callback-per-element methods, one loop.
KilnValue iterate(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                  uint32_t argc, Iterate kind) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  KilnValue fn = argAt(args, argc, 0);
  if (!isCallable(fn))
    return rt.raise(ErrorKind::TypeError, "callback is not a function");
  KilnValue thisArg = argAt(args, argc, 1);
  ObjectCell *out = nullptr;
  if (kind == Iterate::Map || kind == Iterate::Filter) {
    out = newArray(rt, kind == Iterate::Map ? length : 0);
    if (!out)
      return KILN_VALUE_EXCEPTION;
    scope.keep(out);
    if (kind == Iterate::Map && !setLength(rt, out, length))
      return KILN_VALUE_EXCEPTION;
  }
  uint32_t kept = 0;
  for (uint32_t i = 0; i < length; ++i) {
    if (!hasProperty(rt, o, PropertyKey::fromIndex(i)))
      continue;
    KilnValue call[3] = {getIndex(rt, o, i), makeNumber(i), objectValue(o)};
    if (isException(call[0]))
      return KILN_VALUE_EXCEPTION;
    KilnValue *element = scope.keep(call[0]);
    KilnValue r = callFunction(rt, fn, thisArg, call, 3, false);
    if (isException(r))
      return r;
    switch (kind) {
    case Iterate::ForEach:
      break;
    case Iterate::Map:
      if (!createIndex(rt, out, i, r))
        return KILN_VALUE_EXCEPTION;
      break;
    case Iterate::Filter:
      if (toBoolean(r) && !createIndex(rt, out, kept++, *element))
        return KILN_VALUE_EXCEPTION;
      break;
    case Iterate::Some:
      if (toBoolean(r))
        return KILN_VALUE_TRUE;
      break;
    case Iterate::Every:
      if (!toBoolean(r))
        return KILN_VALUE_FALSE;
      break;
    }
  }
  switch (kind) {
  case Iterate::Some:
    return KILN_VALUE_FALSE;
  case Iterate::Every:
    return KILN_VALUE_TRUE;
  case Iterate::ForEach:
    return KILN_VALUE_UNDEFINED;
  default:
    return objectValue(out);
  }
}

/// indexOf (strict equality, skips holes) and includes (SameValueZero,
/// reads holes as undefined).
KilnValue search(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                 uint32_t argc, bool includes) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length, start;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  if (length == 0)
    return includes ? KILN_VALUE_FALSE : makeInt32(-1);
  if (!relativeIndex(rt, argAt(args, argc, 1), length, 0, start))
    return KILN_VALUE_EXCEPTION;
  KilnValue target = argAt(args, argc, 0);
  for (uint32_t i = start; i < length; ++i) {
    if (!includes && !hasProperty(rt, o, PropertyKey::fromIndex(i)))
      continue;
    KilnValue v = getIndex(rt, o, i);
    if (isException(v))
      return v;
    if (includes ? sameValueZero(v, target) : strictEquals(v, target))
      return includes ? KILN_VALUE_TRUE : makeNumber(i);
  }
  return includes ? KILN_VALUE_FALSE : makeInt32(-1);
}

/// SortCompare for values other than undefined.
bool sortLess(Runtime &rt, KilnValue comparator, KilnValue a, KilnValue b,
              bool &less) {
  if (!isUndefined(comparator)) {
    KilnValue pair[2] = {a, b};
    KilnValue r =
        callFunction(rt, comparator, KILN_VALUE_UNDEFINED, pair, 2, false);
    double d;
    if (isException(r) || !toNumber(rt, r, d))
      return false;
    less = d < 0;
    return true;
  }
  RootScope scope(rt.heap);
  StringCell *x = toString(rt, a);
  if (!x || !(x = flattenString(rt, x)))
    return false;
  scope.keep(x);
  StringCell *y = toString(rt, b);
  if (!y || !(y = flattenString(rt, y)))
    return false;
  less = compareFlatStrings(x, y) < 0;
  return true;
}

/// Stable merge sort of values[0, n) using scratch[0, n).
bool mergeSort(Runtime &rt, KilnValue comparator, KilnValue *values,
               KilnValue *scratch, uint32_t n) {
  for (uint32_t width = 1; width < n; width *= 2) {
    for (uint32_t lo = 0; lo < n; lo += 2 * width) {
      uint32_t mid = lo + width < n ? lo + width : n;
      uint32_t hi = mid + width < n ? mid + width : n;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        bool less;
        if (!sortLess(rt, comparator, values[j], values[i], less))
          return false;
        scratch[k++] = less ? values[j++] : values[i++];
      }
      while (i < mid)
        scratch[k++] = values[i++];
      while (j < hi)
        scratch[k++] = values[j++];
    }
    memcpy(values, scratch, sizeof(KilnValue) * n);
  }
  return true;
}

} // namespace

KilnValue kiln::arrayConstructor(Runtime &rt, KilnValue, KilnValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  if (argc == 1 && isNumber(args[0])) {
    double n = asNumber(args[0]);
    if (n < 0 || n >= 4294967296.0 || n != double(uint32_t(n)))
      return rt.raise(ErrorKind::RangeError, "Invalid array length");
    ObjectCell *array = newArray(rt, 0);
    if (!array)
      return KILN_VALUE_EXCEPTION;
    RootScope scope(rt.heap);
    scope.keep(array);
    if (isException(setArrayLength(rt, array, uint32_t(n))))
      return KILN_VALUE_EXCEPTION;
    return objectValue(array);
  }
  return arrayFromValues(rt, args, argc);
}

KilnValue kiln::arrayIsArray(Runtime &, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  KilnValue v = argAt(args, argc, 0);
  return makeBool(isObject(v) && asObject(v)->isArray());
}

KilnValue kiln::arrayOf(Runtime &rt, KilnValue, KilnValue,
                        const KilnValue *args, uint32_t argc, bool) {
  return arrayFromValues(rt, args, argc);
}

KilnValue kiln::arrayFrom(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  // Array-likes only: Kiln's Array.from does not consult @@iterator.
  KilnValue mapFn = argAt(args, argc, 1);
  if (!isUndefined(mapFn) && !isCallable(mapFn))
    return rt.raise(ErrorKind::TypeError,
                    "Array.from: mapper is not a function");
  RootScope scope(rt.heap);
  ObjectCell *source = toObject(rt, argAt(args, argc, 0));
  if (!source)
    return KILN_VALUE_EXCEPTION;
  scope.keep(source);
  uint32_t length;
  if (!lengthOfArrayLike(rt, source, length))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *out = newArray(rt, length);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  for (uint32_t i = 0; i < length; ++i) {
    KilnValue v = getIndex(rt, source, i);
    if (isException(v))
      return v;
    if (!isUndefined(mapFn)) {
      KilnValue call[2] = {v, makeNumber(i)};
      v = callFunction(rt, mapFn, argAt(args, argc, 2), call, 2, false);
      if (isException(v))
        return v;
    }
    if (!createIndex(rt, out, i, v))
      return KILN_VALUE_EXCEPTION;
  }
  if (!setLength(rt, out, length))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KilnValue kiln::arrayProtoPush(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  if (uint64_t(length) + argc > kMaxArrayLength)
    return rt.raise(ErrorKind::TypeError, "Pushing past the maximum length");
  for (uint32_t i = 0; i < argc; ++i)
    if (!setIndex(rt, o, length + i, args[i]))
      return KILN_VALUE_EXCEPTION;
  if (!setLength(rt, o, double(length) + argc))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(double(length) + argc);
}

KilnValue kiln::arrayProtoPop(Runtime &rt, KilnValue, KilnValue thisValue,
                              const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  if (length == 0)
    return setLength(rt, o, 0) ? KILN_VALUE_UNDEFINED : KILN_VALUE_EXCEPTION;
  KilnValue v = getIndex(rt, o, length - 1);
  if (isException(v))
    return v;
  scope.keep(v);
  if (isException(deleteProperty(rt, o, PropertyKey::fromIndex(length - 1))) ||
      !setLength(rt, o, length - 1))
    return KILN_VALUE_EXCEPTION;
  return v;
}

KilnValue kiln::arrayProtoShift(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  if (length == 0)
    return setLength(rt, o, 0) ? KILN_VALUE_UNDEFINED : KILN_VALUE_EXCEPTION;
  KilnValue first = getIndex(rt, o, 0);
  if (isException(first))
    return first;
  scope.keep(first);
  for (uint32_t k = 1; k < length; ++k)
    if (!moveIndex(rt, o, k, k - 1))
      return KILN_VALUE_EXCEPTION;
  if (isException(deleteProperty(rt, o, PropertyKey::fromIndex(length - 1))) ||
      !setLength(rt, o, length - 1))
    return KILN_VALUE_EXCEPTION;
  return first;
}

KilnValue kiln::arrayProtoUnshift(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  if (argc > 0) {
    if (uint64_t(length) + argc > kMaxArrayLength)
      return rt.raise(ErrorKind::TypeError, "Unshift past the maximum length");
    for (uint32_t k = length; k > 0; --k)
      if (!moveIndex(rt, o, k - 1, k - 1 + argc))
        return KILN_VALUE_EXCEPTION;
    for (uint32_t j = 0; j < argc; ++j)
      if (!setIndex(rt, o, j, args[j]))
        return KILN_VALUE_EXCEPTION;
  }
  if (!setLength(rt, o, double(length) + argc))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(double(length) + argc);
}

KilnValue kiln::arrayProtoJoin(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  KilnValue sepArg = argAt(args, argc, 0);
  StringCell *sep =
      isUndefined(sepArg) ? newStringFromAscii(rt, ",") : toString(rt, sepArg);
  if (!sep)
    return KILN_VALUE_EXCEPTION;
  scope.keep(sep);
  // Ropes keep the repeated concatenation linear.
  StringCell *result = rt.emptyString();
  KilnValue *resultRoot = scope.keep(stringValue(result));
  for (uint32_t i = 0; i < length; ++i) {
    if (i > 0 && !(result = concatStrings(rt, result, sep)))
      return KILN_VALUE_EXCEPTION;
    *resultRoot = stringValue(result);
    KilnValue v = getIndex(rt, o, i);
    if (isException(v))
      return v;
    if (isNullish(v))
      continue;
    StringCell *s = toString(rt, v);
    if (!s || !(result = concatStrings(rt, result, s)))
      return KILN_VALUE_EXCEPTION;
    *resultRoot = stringValue(result);
  }
  return stringValue(result);
}

KilnValue kiln::arrayProtoToString(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  KilnValue joinKey = kiln_rt_atom_from_utf8(toABI(rt), "join", 4);
  if (isException(joinKey))
    return joinKey;
  KilnValue join =
      getProperty(rt, o, PropertyKey::fromName(joinKey), objectValue(o));
  if (isException(join))
    return join;
  if (isCallable(join))
    return callFunction(rt, join, objectValue(o), nullptr, 0, false);
  return objectProtoToString(rt, KILN_VALUE_UNDEFINED, objectValue(o), nullptr,
                             0, false);
}

KilnValue kiln::arrayProtoSlice(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length, start, end;
  if (!lengthOfArrayLike(rt, o, length) ||
      !relativeIndex(rt, argAt(args, argc, 0), length, 0, start) ||
      !relativeIndex(rt, argAt(args, argc, 1), length, length, end))
    return KILN_VALUE_EXCEPTION;
  uint32_t count = end > start ? end - start : 0;
  ObjectCell *out = newArray(rt, count);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  for (uint32_t i = 0; i < count; ++i) {
    if (!hasProperty(rt, o, PropertyKey::fromIndex(start + i)))
      continue;
    KilnValue v = getIndex(rt, o, start + i);
    if (isException(v) || !createIndex(rt, out, i, v))
      return KILN_VALUE_EXCEPTION;
  }
  if (!setLength(rt, out, count))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KilnValue kiln::arrayProtoSplice(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length, start;
  if (!lengthOfArrayLike(rt, o, length) ||
      !relativeIndex(rt, argAt(args, argc, 0), length, 0, start))
    return KILN_VALUE_EXCEPTION;
  uint32_t deleteCount = 0;
  if (argc == 1) {
    deleteCount = length - start;
  } else if (argc > 1) {
    double d;
    if (!toIntegerOrInfinity(rt, args[1], d))
      return KILN_VALUE_EXCEPTION;
    deleteCount = d <= 0                ? 0
                  : d >= length - start ? length - start
                                        : uint32_t(d);
  }
  uint32_t itemCount = argc > 2 ? argc - 2 : 0;
  if (uint64_t(length) + itemCount - deleteCount > kMaxArrayLength)
    return rt.raise(ErrorKind::TypeError, "Splice past the maximum length");
  ObjectCell *removed = newArray(rt, deleteCount);
  if (!removed)
    return KILN_VALUE_EXCEPTION;
  scope.keep(removed);
  for (uint32_t k = 0; k < deleteCount; ++k) {
    if (!hasProperty(rt, o, PropertyKey::fromIndex(start + k)))
      continue;
    KilnValue v = getIndex(rt, o, start + k);
    if (isException(v) || !createIndex(rt, removed, k, v))
      return KILN_VALUE_EXCEPTION;
  }
  if (!setLength(rt, removed, deleteCount))
    return KILN_VALUE_EXCEPTION;
  if (itemCount < deleteCount) {
    for (uint32_t k = start; k < length - deleteCount; ++k)
      if (!moveIndex(rt, o, k + deleteCount, k + itemCount))
        return KILN_VALUE_EXCEPTION;
    for (uint32_t k = length; k > length - deleteCount + itemCount; --k)
      if (isException(deleteProperty(rt, o, PropertyKey::fromIndex(k - 1))))
        return KILN_VALUE_EXCEPTION;
  } else if (itemCount > deleteCount) {
    for (uint32_t k = length - deleteCount; k > start; --k)
      if (!moveIndex(rt, o, k + deleteCount - 1, k + itemCount - 1))
        return KILN_VALUE_EXCEPTION;
  }
  for (uint32_t i = 0; i < itemCount; ++i)
    if (!setIndex(rt, o, start + i, args[2 + i]))
      return KILN_VALUE_EXCEPTION;
  if (!setLength(rt, o, double(length) - deleteCount + itemCount))
    return KILN_VALUE_EXCEPTION;
  return objectValue(removed);
}

KilnValue kiln::arrayProtoConcat(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  ObjectCell *out = newArray(rt, 0);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  uint32_t n = 0;
  // Arrays spread (IsConcatSpreadable without @@isConcatSpreadable).
  for (uint32_t a = 0; a <= argc; ++a) {
    KilnValue item = a == 0 ? objectValue(o) : args[a - 1];
    if (isObject(item) && asObject(item)->isArray()) {
      ObjectCell *e = asObject(item);
      uint32_t length = e->length;
      if (uint64_t(n) + length > kMaxArrayLength)
        return rt.raise(ErrorKind::TypeError, "Concat past the maximum length");
      for (uint32_t k = 0; k < length; ++k, ++n) {
        if (!hasProperty(rt, e, PropertyKey::fromIndex(k)))
          continue;
        KilnValue v = getIndex(rt, e, k);
        if (isException(v) || !createIndex(rt, out, n, v))
          return KILN_VALUE_EXCEPTION;
      }
    } else {
      if (n == kMaxArrayLength)
        return rt.raise(ErrorKind::TypeError, "Concat past the maximum length");
      if (!createIndex(rt, out, n++, item))
        return KILN_VALUE_EXCEPTION;
    }
  }
  if (!setLength(rt, out, n))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KilnValue kiln::arrayProtoIndexOf(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  return search(rt, thisValue, args, argc, false);
}

KilnValue kiln::arrayProtoIncludes(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  return search(rt, thisValue, args, argc, true);
}

KilnValue kiln::arrayProtoReverse(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  for (uint32_t lower = 0; length > 0 && lower < length / 2; ++lower) {
    uint32_t upper = length - 1 - lower;
    PropertyKey lk = PropertyKey::fromIndex(lower);
    PropertyKey uk = PropertyKey::fromIndex(upper);
    bool lowerExists = hasProperty(rt, o, lk);
    KilnValue lv = lowerExists ? getIndex(rt, o, lower) : KILN_VALUE_UNDEFINED;
    if (isException(lv))
      return lv;
    KilnValue *lowerRoot = scope.keep(lv);
    bool upperExists = hasProperty(rt, o, uk);
    KilnValue uv = upperExists ? getIndex(rt, o, upper) : KILN_VALUE_UNDEFINED;
    if (isException(uv))
      return uv;
    if (upperExists ? !setIndex(rt, o, lower, uv)
                    : isException(deleteProperty(rt, o, lk)))
      return KILN_VALUE_EXCEPTION;
    if (lowerExists ? !setIndex(rt, o, upper, *lowerRoot)
                    : isException(deleteProperty(rt, o, uk)))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(o);
}

KilnValue kiln::arrayProtoForEach(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  return iterate(rt, thisValue, args, argc, Iterate::ForEach);
}
KilnValue kiln::arrayProtoMap(Runtime &rt, KilnValue, KilnValue thisValue,
                              const KilnValue *args, uint32_t argc, bool) {
  return iterate(rt, thisValue, args, argc, Iterate::Map);
}
KilnValue kiln::arrayProtoFilter(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  return iterate(rt, thisValue, args, argc, Iterate::Filter);
}
KilnValue kiln::arrayProtoSome(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  return iterate(rt, thisValue, args, argc, Iterate::Some);
}
KilnValue kiln::arrayProtoEvery(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return iterate(rt, thisValue, args, argc, Iterate::Every);
}

KilnValue kiln::arrayProtoReduce(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  KilnValue fn = argAt(args, argc, 0);
  if (!isCallable(fn))
    return rt.raise(ErrorKind::TypeError, "callback is not a function");
  uint32_t k = 0;
  KilnValue *acc = scope.keep(KILN_VALUE_UNDEFINED);
  if (argc >= 2) {
    *acc = args[1];
  } else {
    for (; k < length && !hasProperty(rt, o, PropertyKey::fromIndex(k)); ++k) {
    }
    if (k == length)
      return rt.raise(ErrorKind::TypeError,
                      "Reduce of empty array with no initial value");
    *acc = getIndex(rt, o, k++);
    if (isException(*acc))
      return KILN_VALUE_EXCEPTION;
  }
  for (; k < length; ++k) {
    if (!hasProperty(rt, o, PropertyKey::fromIndex(k)))
      continue;
    KilnValue call[4] = {*acc, getIndex(rt, o, k), makeNumber(k),
                         objectValue(o)};
    if (isException(call[1]))
      return KILN_VALUE_EXCEPTION;
    *acc = callFunction(rt, fn, KILN_VALUE_UNDEFINED, call, 4, false);
    if (isException(*acc))
      return KILN_VALUE_EXCEPTION;
  }
  return *acc;
}

KilnValue kiln::arrayProtoSort(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  KilnValue comparator = argAt(args, argc, 0);
  if (!isUndefined(comparator) && !isCallable(comparator))
    return rt.raise(ErrorKind::TypeError,
                    "The comparison function must be either a function or "
                    "undefined");
  RootScope scope(rt.heap);
  ObjectCell *o = toObject(rt, thisValue);
  if (!o)
    return KILN_VALUE_EXCEPTION;
  scope.keep(o);
  uint32_t length;
  if (!lengthOfArrayLike(rt, o, length))
    return KILN_VALUE_EXCEPTION;
  // Values and merge scratch in one GC-visible cell: [0, n) and [n, 2n).
  ValueArray *buf = ValueArray::create(rt.heap, length * 2 ? length * 2 : 1);
  if (!buf)
    return rt.raiseOutOfMemory();
  scope.keep(buf);
  uint32_t n = 0, undefinedCount = 0;
  for (uint32_t k = 0; k < length; ++k) {
    if (!hasProperty(rt, o, PropertyKey::fromIndex(k)))
      continue;
    KilnValue v = getIndex(rt, o, k);
    if (isException(v))
      return v;
    if (isUndefined(v))
      ++undefinedCount;
    else
      buf->values[n++] = v;
  }
  if (!mergeSort(rt, comparator, buf->values, buf->values + n, n))
    return KILN_VALUE_EXCEPTION;
  uint32_t k = 0;
  for (; k < n; ++k)
    if (!setIndex(rt, o, k, buf->values[k]))
      return KILN_VALUE_EXCEPTION;
  for (; k < n + undefinedCount; ++k)
    if (!setIndex(rt, o, k, KILN_VALUE_UNDEFINED))
      return KILN_VALUE_EXCEPTION;
  for (; k < length; ++k)
    if (isException(deleteProperty(rt, o, PropertyKey::fromIndex(k))))
      return KILN_VALUE_EXCEPTION;
  return objectValue(o);
}
