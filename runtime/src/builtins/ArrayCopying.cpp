//===- ArrayCopying.cpp - Array.prototype methods that copy or rearrange --===//
//
// at, fill, copyWithin, flat, flatMap, toReversed, toSpliced, with and
// toLocaleString: the Array.prototype methods that read a range of elements
// and write them to the receiver or to a new array. Like every Array
// method they are generic over array-likes (ArrayLike.h); the
// change-by-copy methods (toReversed, toSpliced, with) read holes as
// undefined and always return a dense plain array, flat and flatMap keep
// holes out of the result. Flattening recurses once per nesting level,
// bounded so a deeply nested or cyclic array throws a RangeError instead of
// exhausting the native stack.
//
//===----------------------------------------------------------------------===//
#include "builtins/ArrayLike.h"

#include <stdio.h>

using namespace kiln;

namespace {

/// Nesting levels flat() descends before giving up with a RangeError.
constexpr unsigned kMaxFlattenDepth = 10000;

/// FlattenIntoArray(target, source, sourceLen, start, depth[, mapper,
/// thisArg]): the next target index in \p next, false after raising.
bool flattenInto(Runtime &rt, ObjectCell *target, ObjectCell *source,
                 double sourceLength, double &next, double depth,
                 KilnValue mapper, KilnValue thisArg, unsigned nesting) {
  if (nesting > kMaxFlattenDepth) {
    rt.raise(ErrorKind::RangeError, "Maximum call stack size exceeded");
    return false;
  }
  RootScope scope(rt.heap);
  scope.keep(target);
  scope.keep(source);
  KilnValue *element = scope.keep(KILN_VALUE_UNDEFINED);
  for (double k = 0; k < sourceLength; ++k) {
    if (!hasAt(rt, source, k)) {
      if (rt.hasPendingException())
        return false;
      continue;
    }
    *element = getAt(rt, source, k);
    if (isException(*element))
      return false;
    if (!isUndefined(mapper)) {
      KilnValue call[3] = {*element, makeNumber(k), objectValue(source)};
      *element = callFunction(rt, mapper, thisArg, call, 3, false);
      if (isException(*element))
        return false;
    }
    if (depth > 0 && isObject(*element) && asObject(*element)->isArray()) {
      ObjectCell *inner = asObject(*element);
      double innerLength;
      if (!lengthOfArrayLike53(rt, inner, innerLength) ||
          !flattenInto(rt, target, inner, innerLength, next, depth - 1,
                       KILN_VALUE_UNDEFINED, KILN_VALUE_UNDEFINED, nesting + 1))
        return false;
      continue;
    }
    if (next >= kMaxSafeLength) {
      rt.raise(ErrorKind::TypeError, "Array is too long to flatten into");
      return false;
    }
    if (!createAt(rt, target, next++, *element))
      return false;
  }
  return true;
}

/// Fills \p out[k] = Get(o, k) for k in [from, to), writing at \p at
/// onwards; the reads of the change-by-copy methods.
bool copyRange(Runtime &rt, ObjectCell *out, double &at, ObjectCell *o,
               double from, double to) {
  for (double k = from; k < to; ++k) {
    KilnValue v = getAt(rt, o, k);
    if (isException(v) || !createAt(rt, out, at++, v))
      return false;
  }
  return true;
}

} // namespace

#define KILN_ARRAY_METHOD(Name)                                                \
  KilnValue kiln::Name(Runtime &rt, KilnValue, KilnValue thisValue,            \
                       const KilnValue *args, uint32_t argc, bool)

KILN_ARRAY_METHOD(arrayProtoAt) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  double k;
  if (!toIntegerOrInfinity(rt, argAt(args, argc, 0), k))
    return KILN_VALUE_EXCEPTION;
  if (k < 0)
    k += r.length;
  if (k < 0 || k >= r.length)
    return KILN_VALUE_UNDEFINED;
  return getAt(rt, r.object, k);
}

KILN_ARRAY_METHOD(arrayProtoFill) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  double k, end;
  if (!relativePosition(rt, argAt(args, argc, 1), r.length, 0, k) ||
      !relativePosition(rt, argAt(args, argc, 2), r.length, r.length, end))
    return KILN_VALUE_EXCEPTION;
  KilnValue value = argAt(args, argc, 0);
  for (; k < end; ++k)
    if (!setAt(rt, r.object, k, value))
      return KILN_VALUE_EXCEPTION;
  return objectValue(r.object);
}

KILN_ARRAY_METHOD(arrayProtoCopyWithin) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = scope.keep(r.object);
  double to, from, final;
  if (!relativePosition(rt, argAt(args, argc, 0), r.length, 0, to) ||
      !relativePosition(rt, argAt(args, argc, 1), r.length, 0, from) ||
      !relativePosition(rt, argAt(args, argc, 2), r.length, r.length, final))
    return KILN_VALUE_EXCEPTION;
  double count = final - from < r.length - to ? final - from : r.length - to;
  double direction = 1;
  if (from < to && to < from + count) {
    direction = -1;
    from += count - 1;
    to += count - 1;
  }
  for (; count > 0; --count, from += direction, to += direction) {
    bool present = hasAt(rt, o, from);
    if (rt.hasPendingException())
      return KILN_VALUE_EXCEPTION;
    if (present) {
      KilnValue v = getAt(rt, o, from);
      if (isException(v) || !setAt(rt, o, to, v))
        return KILN_VALUE_EXCEPTION;
    } else if (!deleteAt(rt, o, to)) {
      return KILN_VALUE_EXCEPTION;
    }
  }
  return objectValue(o);
}

KILN_ARRAY_METHOD(arrayProtoFlat) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  double depth = 1;
  KilnValue depthArg = argAt(args, argc, 0);
  if (!isUndefined(depthArg) && !toIntegerOrInfinity(rt, depthArg, depth))
    return KILN_VALUE_EXCEPTION;
  if (depth < 0)
    depth = 0;
  ObjectCell *out = arrayCreate(rt, 0);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  double next = 0;
  if (!flattenInto(rt, out, r.object, r.length, next, depth,
                   KILN_VALUE_UNDEFINED, KILN_VALUE_UNDEFINED, 0))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KILN_ARRAY_METHOD(arrayProtoFlatMap) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  KilnValue mapper = argAt(args, argc, 0);
  if (!requireCallable(rt, mapper))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *out = arrayCreate(rt, 0);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  double next = 0;
  if (!flattenInto(rt, out, r.object, r.length, next, 1, mapper,
                   argAt(args, argc, 1), 0))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KILN_ARRAY_METHOD(arrayProtoToReversed) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  ObjectCell *out = arrayCreate(rt, r.length);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  for (double k = 0; k < r.length; ++k) {
    KilnValue v = getAt(rt, r.object, r.length - 1 - k);
    if (isException(v) || !createAt(rt, out, k, v))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(out);
}

KILN_ARRAY_METHOD(arrayProtoToSpliced) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  double start, skip = 0;
  if (!relativePosition(rt, argAt(args, argc, 0), r.length, 0, start))
    return KILN_VALUE_EXCEPTION;
  uint32_t insertCount = argc > 2 ? argc - 2 : 0;
  if (argc == 1) {
    skip = r.length - start;
  } else if (argc > 1) {
    if (!toIntegerOrInfinity(rt, args[1], skip))
      return KILN_VALUE_EXCEPTION;
    skip = skip < 0 ? 0 : skip > r.length - start ? r.length - start : skip;
  }
  double newLength = r.length + insertCount - skip;
  if (newLength > kMaxSafeLength)
    return rt.raise(ErrorKind::TypeError, "Invalid array length");
  ObjectCell *out = arrayCreate(rt, newLength);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  double at = 0;
  if (!copyRange(rt, out, at, r.object, 0, start))
    return KILN_VALUE_EXCEPTION;
  for (uint32_t i = 0; i < insertCount; ++i)
    if (!createAt(rt, out, at++, args[2 + i]))
      return KILN_VALUE_EXCEPTION;
  if (!copyRange(rt, out, at, r.object, start + skip, r.length))
    return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}

KILN_ARRAY_METHOD(arrayProtoWith) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  double relative;
  if (!toIntegerOrInfinity(rt, argAt(args, argc, 0), relative))
    return KILN_VALUE_EXCEPTION;
  double index = relative < 0 ? relative + r.length : relative;
  if (index < 0 || index >= r.length) {
    char text[40], message[64];
    text[formatNumber(relative, text)] = 0;
    snprintf(message, sizeof message, "Invalid index : %s", text);
    return rt.raise(ErrorKind::RangeError, message);
  }
  ObjectCell *out = arrayCreate(rt, r.length);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  KilnValue value = argAt(args, argc, 1);
  for (double k = 0; k < r.length; ++k) {
    KilnValue v = k == index ? value : getAt(rt, r.object, k);
    if (isException(v) || !createAt(rt, out, k, v))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(out);
}

KILN_ARRAY_METHOD(arrayProtoToLocaleString) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  scope.keep(r.object);
  StringCell *separator = newStringFromAscii(rt, ",");
  if (!separator)
    return KILN_VALUE_EXCEPTION;
  scope.keep(separator);
  KilnValue method = kiln_rt_atom_from_utf8(toABI(rt), "toLocaleString", 14);
  if (isException(method))
    return method;
  scope.keep(method);
  return joinElements(
      rt, r, separator, [&](const KilnValue &element) -> StringCell * {
        KilnValue fn = kiln_rt_get_elem(toABI(rt), element, method);
        if (isException(fn) || !requireCallable(rt, fn))
          return nullptr;
        KilnValue text = callFunction(rt, fn, element, nullptr, 0, false);
        return isException(text) ? nullptr : toString(rt, text);
      });
}
