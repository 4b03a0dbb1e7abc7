//===- Array.cpp - The Array constructor and Array.prototype --------------===//
//
// Array, Array.isArray/from/of and the Array.prototype methods that add,
// remove and move elements in place (push, pop, shift, unshift, splice,
// reverse), slice, concat, join and toString. Every method is generic as
// the spec requires: it works on ToObject(this) through [[Get]], [[Set]],
// [[HasProperty]] and [[Delete]] (ArrayLike.h), so it applies to array-likes
// of any length up to 2^53 - 1 as well as to dense arrays; results are plain
// arrays (no @@species). The methods that walk elements with callbacks are
// in ArrayIteration.cpp, the copying ones in ArrayCopying.cpp, sorting in
// ArraySort.cpp.
//
//===----------------------------------------------------------------------===//
#include "builtins/ArrayLike.h"

using namespace kiln;

bool kiln::lengthOfArrayLike(Runtime &rt, ObjectCell *obj, uint32_t &out) {
  double length;
  if (!lengthOfArrayLike53(rt, obj, length))
    return false;
  out = length >= double(kMaxArrayLength) ? kMaxArrayLength : uint32_t(length);
  return true;
}

bool kiln::relativeIndex(Runtime &rt, KilnValue arg, uint32_t length,
                         uint32_t fallback, uint32_t &out) {
  double position;
  if (!relativePosition(rt, arg, length, fallback, position))
    return false;
  out = uint32_t(position);
  return true;
}

namespace {

/// o[to] = o[from], or delete o[to] when o[from] is absent: the step
/// shift, unshift and splice repeat.
bool moveElement(Runtime &rt, ObjectCell *o, double from, double to) {
  bool present = hasAt(rt, o, from);
  if (rt.hasPendingException())
    return false;
  if (!present)
    return deleteAt(rt, o, to);
  KilnValue v = getAt(rt, o, from);
  return !isException(v) && setAt(rt, o, to, v);
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

// Array.from is in Iterators.cpp: it consumes iterables.

KilnValue kiln::arrayProtoPush(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  // Appending to a dense array that inherits no elements: each Set adds
  // an element at the end (ElementFastPaths.h), and the final Set of
  // `length` finds it already right.
  if (isObject(thisValue) && canAppendDense(rt, asObject(thisValue)) &&
      uint64_t(asObject(thisValue)->length) + argc < kMaxArrayLength) {
    ObjectCell *array = asObject(thisValue);
    for (uint32_t i = 0; i < argc; ++i)
      if (isException(setDenseElement(rt, array, array->length, args[i])))
        return KILN_VALUE_EXCEPTION;
    return makeNumber(double(array->length));
  }
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  if (r.length + argc > kMaxSafeLength)
    return rt.raise(ErrorKind::TypeError,
                    "Pushing elements past the maximum array length");
  for (uint32_t i = 0; i < argc; ++i)
    if (!setAt(rt, r.object, r.length + i, args[i]))
      return KILN_VALUE_EXCEPTION;
  if (!setLengthProperty(rt, r.object, r.length + argc))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(r.length + argc);
}

KilnValue kiln::arrayProtoPop(Runtime &rt, KilnValue, KilnValue thisValue,
                              const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  if (r.length == 0)
    return setLengthProperty(rt, r.object, 0) ? KILN_VALUE_UNDEFINED
                                              : KILN_VALUE_EXCEPTION;
  KilnValue v = getAt(rt, r.object, r.length - 1);
  if (isException(v))
    return v;
  scope.keep(v);
  if (!deleteAt(rt, r.object, r.length - 1) ||
      !setLengthProperty(rt, r.object, r.length - 1))
    return KILN_VALUE_EXCEPTION;
  return v;
}

KilnValue kiln::arrayProtoShift(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  if (r.length == 0)
    return setLengthProperty(rt, r.object, 0) ? KILN_VALUE_UNDEFINED
                                              : KILN_VALUE_EXCEPTION;
  KilnValue first = getAt(rt, r.object, 0);
  if (isException(first))
    return first;
  scope.keep(first);
  for (double k = 1; k < r.length; ++k)
    if (!moveElement(rt, r.object, k, k - 1))
      return KILN_VALUE_EXCEPTION;
  if (!deleteAt(rt, r.object, r.length - 1) ||
      !setLengthProperty(rt, r.object, r.length - 1))
    return KILN_VALUE_EXCEPTION;
  return first;
}

KilnValue kiln::arrayProtoUnshift(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  if (argc > 0) {
    if (r.length + argc > kMaxSafeLength)
      return rt.raise(ErrorKind::TypeError,
                      "Unshifting elements past the maximum array length");
    for (double k = r.length; k > 0; --k)
      if (!moveElement(rt, r.object, k - 1, k - 1 + argc))
        return KILN_VALUE_EXCEPTION;
    for (uint32_t j = 0; j < argc; ++j)
      if (!setAt(rt, r.object, j, args[j]))
        return KILN_VALUE_EXCEPTION;
  }
  if (!setLengthProperty(rt, r.object, r.length + argc))
    return KILN_VALUE_EXCEPTION;
  return makeNumber(r.length + argc);
}

KilnValue kiln::arrayProtoJoin(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  KilnValue sepArg = argAt(args, argc, 0);
  StringCell *sep =
      isUndefined(sepArg) ? newStringFromAscii(rt, ",") : toString(rt, sepArg);
  if (!sep)
    return KILN_VALUE_EXCEPTION;
  return joinElements(rt, r, sep,
                      [&](KilnValue element) { return toString(rt, element); });
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
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  double k, final;
  if (!relativePosition(rt, argAt(args, argc, 0), r.length, 0, k) ||
      !relativePosition(rt, argAt(args, argc, 1), r.length, r.length, final))
    return KILN_VALUE_EXCEPTION;
  double count = final > k ? final - k : 0;
  ObjectCell *out = arrayCreate(rt, count);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  double n = 0;
  for (; k < final; ++k, ++n) {
    bool present = hasAt(rt, r.object, k);
    if (rt.hasPendingException())
      return KILN_VALUE_EXCEPTION;
    if (!present)
      continue;
    KilnValue v = getAt(rt, r.object, k);
    if (isException(v) || !createAt(rt, out, n, v))
      return KILN_VALUE_EXCEPTION;
  }
  if (!setLengthProperty(rt, out, n))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KilnValue kiln::arrayProtoSplice(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = scope.keep(r.object);
  double length = r.length, start, deleteCount = 0;
  if (!relativePosition(rt, argAt(args, argc, 0), length, 0, start))
    return KILN_VALUE_EXCEPTION;
  if (argc == 1) {
    deleteCount = length - start;
  } else if (argc > 1) {
    if (!toIntegerOrInfinity(rt, args[1], deleteCount))
      return KILN_VALUE_EXCEPTION;
    deleteCount = deleteCount < 0                ? 0
                  : deleteCount > length - start ? length - start
                                                 : deleteCount;
  }
  uint32_t itemCount = argc > 2 ? argc - 2 : 0;
  if (length + itemCount - deleteCount > kMaxSafeLength)
    return rt.raise(ErrorKind::TypeError,
                    "Splicing elements past the maximum array length");
  ObjectCell *removed = arrayCreate(rt, deleteCount);
  if (!removed)
    return KILN_VALUE_EXCEPTION;
  scope.keep(removed);
  for (double k = 0; k < deleteCount; ++k) {
    bool present = hasAt(rt, o, start + k);
    if (rt.hasPendingException())
      return KILN_VALUE_EXCEPTION;
    if (!present)
      continue;
    KilnValue v = getAt(rt, o, start + k);
    if (isException(v) || !createAt(rt, removed, k, v))
      return KILN_VALUE_EXCEPTION;
  }
  if (!setLengthProperty(rt, removed, deleteCount))
    return KILN_VALUE_EXCEPTION;
  if (itemCount < deleteCount) {
    for (double k = start; k < length - deleteCount; ++k)
      if (!moveElement(rt, o, k + deleteCount, k + itemCount))
        return KILN_VALUE_EXCEPTION;
    for (double k = length; k > length - deleteCount + itemCount; --k)
      if (!deleteAt(rt, o, k - 1))
        return KILN_VALUE_EXCEPTION;
  } else if (itemCount > deleteCount) {
    for (double k = length - deleteCount; k > start; --k)
      if (!moveElement(rt, o, k + deleteCount - 1, k + itemCount - 1))
        return KILN_VALUE_EXCEPTION;
  }
  for (uint32_t i = 0; i < itemCount; ++i)
    if (!setAt(rt, o, start + i, args[2 + i]))
      return KILN_VALUE_EXCEPTION;
  if (!setLengthProperty(rt, o, length - deleteCount + itemCount))
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
        if (!hasAt(rt, e, k))
          continue;
        KilnValue v = getAt(rt, e, k);
        if (isException(v) || !createAt(rt, out, n, v))
          return KILN_VALUE_EXCEPTION;
      }
    } else {
      if (n == kMaxArrayLength)
        return rt.raise(ErrorKind::TypeError, "Concat past the maximum length");
      if (!createAt(rt, out, n++, item))
        return KILN_VALUE_EXCEPTION;
    }
  }
  if (!setLengthProperty(rt, out, n))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KilnValue kiln::arrayProtoReverse(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *, uint32_t, bool) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = scope.keep(r.object);
  KilnValue *lowerValue = scope.keep(KILN_VALUE_UNDEFINED);
  KilnValue *upperValue = scope.keep(KILN_VALUE_UNDEFINED);
  double middle = __builtin_floor(r.length / 2);
  for (double lower = 0; lower < middle; ++lower) {
    double upper = r.length - 1 - lower;
    bool lowerExists = hasAt(rt, o, lower);
    if (rt.hasPendingException())
      return KILN_VALUE_EXCEPTION;
    if (lowerExists && isException(*lowerValue = getAt(rt, o, lower)))
      return KILN_VALUE_EXCEPTION;
    bool upperExists = hasAt(rt, o, upper);
    if (rt.hasPendingException())
      return KILN_VALUE_EXCEPTION;
    if (upperExists && isException(*upperValue = getAt(rt, o, upper)))
      return KILN_VALUE_EXCEPTION;
    bool ok = true;
    if (lowerExists && upperExists)
      ok = setAt(rt, o, lower, *upperValue) && setAt(rt, o, upper, *lowerValue);
    else if (upperExists)
      ok = setAt(rt, o, lower, *upperValue) && deleteAt(rt, o, upper);
    else if (lowerExists)
      ok = deleteAt(rt, o, lower) && setAt(rt, o, upper, *lowerValue);
    if (!ok)
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(o);
}
