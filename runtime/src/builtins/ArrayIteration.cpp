//===- ArrayIteration.cpp - Array.prototype methods that walk elements ----===//
//
// The Array.prototype methods that visit elements in order and call back or
// compare: forEach, map, filter, some, every, reduce, reduceRight, find,
// findIndex, findLast, findLastIndex, indexOf, lastIndexOf and includes.
// They follow the spec's steps on any object (ArrayLike.h): the length is
// read once, holes are skipped by the methods that test HasProperty (find
// and includes read them as undefined), and a callback that adds, deletes
// or changes elements sees the effect on the elements not yet visited.
// Values live in rooted slots while callbacks run, and the number of roots
// does not grow with the length.
//
//===----------------------------------------------------------------------===//
#include "builtins/ArrayLike.h"

#include "object/BinaryData.h"

#include <stdio.h>

using namespace kiln;

bool kiln::lengthOfArrayLike53(Runtime &rt, ObjectCell *o, double &out) {
  if (o->isArray()) {
    out = o->length;
    return true;
  }
  // A typed array's length is its [[ArrayLength]]: the TypedArray methods
  // share these algorithms with Array's and read the internal length.
  if (isTypedArray(o)) {
    out = asTypedArray(o)->length;
    return true;
  }
  KilnValue length = getProperty(
      rt, o, PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)),
      objectValue(o));
  double n;
  if (isException(length) || !toIntegerOrInfinity(rt, length, n))
    return false;
  out = n <= 0 ? 0 : n >= kMaxSafeLength ? kMaxSafeLength : n;
  return true;
}

bool kiln::relativePosition(Runtime &rt, KilnValue arg, double length,
                            double fallback, double &out) {
  if (isUndefined(arg)) {
    out = fallback;
    return true;
  }
  double n;
  if (!toIntegerOrInfinity(rt, arg, n))
    return false;
  if (n < 0)
    n += length;
  out = n <= 0 ? 0 : n >= length ? length : n;
  return true;
}

ObjectCell *kiln::arrayCreate(Runtime &rt, double length) {
  if (length > double(kMaxArrayLength)) {
    rt.raise(ErrorKind::RangeError, "Invalid array length");
    return nullptr;
  }
  ObjectCell *array = newArray(rt, 0);
  if (!array || !length)
    return array;
  RootScope scope(rt.heap);
  scope.keep(array);
  return isException(setArrayLength(rt, array, uint32_t(length))) ? nullptr
                                                                  : array;
}

bool kiln::requireCallable(Runtime &rt, KilnValue callback) {
  if (isCallable(callback))
    return true;
  char message[96];
  if (isObject(callback)) {
    snprintf(message, sizeof message, "%s is not a function",
             asObject(callback)->isArray() ? "[object Array]" : "#<Object>");
  } else if (isString(callback)) {
    StringCell *flat = flattenString(rt, asString(callback));
    if (!flat)
      return false;
    char text[48];
    StringView v = viewFlat(flat);
    uint32_t n = 0;
    for (; n < v.length && n + 1 < sizeof text; ++n)
      text[n] = v.at(n) >= 0x20 && v.at(n) < 0x7F ? char(v.at(n)) : '?';
    text[n] = 0;
    snprintf(message, sizeof message, "%s is not a function", text);
  } else {
    char text[40] = "Symbol()";
    if (isUndefined(callback))
      snprintf(text, sizeof text, "undefined");
    else if (isNull(callback))
      snprintf(text, sizeof text, "null");
    else if (isBool(callback))
      snprintf(text, sizeof text, "%s", asBool(callback) ? "true" : "false");
    else if (isNumber(callback))
      text[formatNumber(asNumber(callback), text)] = 0;
    snprintf(message, sizeof message, "%s is not a function", text);
  }
  rt.raise(ErrorKind::TypeError, message);
  return false;
}

namespace {

enum class Visit { ForEach, Map, Filter, Some, Every };

/// forEach, map, filter, some and every: one loop.
KilnValue visitElements(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                        uint32_t argc, Visit kind) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = scope.keep(r.object);
  KilnValue fn = argAt(args, argc, 0);
  if (!requireCallable(rt, fn))
    return KILN_VALUE_EXCEPTION;
  KilnValue thisArg = argAt(args, argc, 1);
  ObjectCell *out = nullptr;
  if (kind == Visit::Map || kind == Visit::Filter) {
    out = arrayCreate(rt, kind == Visit::Map ? r.length : 0);
    if (!out)
      return KILN_VALUE_EXCEPTION;
    scope.keep(out);
  }
  KilnValue *element = scope.keep(KILN_VALUE_UNDEFINED);
  double kept = 0;
  for (double k = 0; k < r.length; ++k) {
    if (!hasAt(rt, o, k)) {
      if (rt.hasPendingException())
        return KILN_VALUE_EXCEPTION;
      continue;
    }
    *element = getAt(rt, o, k);
    if (isException(*element))
      return KILN_VALUE_EXCEPTION;
    KilnValue call[3] = {*element, makeNumber(k), objectValue(o)};
    KilnValue result = callFunction(rt, fn, thisArg, call, 3, false);
    if (isException(result))
      return result;
    switch (kind) {
    case Visit::ForEach:
      break;
    case Visit::Map:
      if (!createAt(rt, out, k, result))
        return KILN_VALUE_EXCEPTION;
      break;
    case Visit::Filter:
      if (toBoolean(result) && !createAt(rt, out, kept++, *element))
        return KILN_VALUE_EXCEPTION;
      break;
    case Visit::Some:
      if (toBoolean(result))
        return KILN_VALUE_TRUE;
      break;
    case Visit::Every:
      if (!toBoolean(result))
        return KILN_VALUE_FALSE;
      break;
    }
  }
  switch (kind) {
  case Visit::Some:
    return KILN_VALUE_FALSE;
  case Visit::Every:
    return KILN_VALUE_TRUE;
  case Visit::ForEach:
    return KILN_VALUE_UNDEFINED;
  default:
    return objectValue(out);
  }
}

/// reduce (\p fromEnd false) and reduceRight.
KilnValue reduceElements(Runtime &rt, KilnValue thisValue,
                         const KilnValue *args, uint32_t argc, bool fromEnd) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = scope.keep(r.object);
  KilnValue fn = argAt(args, argc, 0);
  if (!requireCallable(rt, fn))
    return KILN_VALUE_EXCEPTION;
  double step = fromEnd ? -1 : 1;
  double k = fromEnd ? r.length - 1 : 0;
  auto inRange = [&](double i) { return fromEnd ? i >= 0 : i < r.length; };
  KilnValue *acc = scope.keep(KILN_VALUE_UNDEFINED);
  KilnValue *element = scope.keep(KILN_VALUE_UNDEFINED);
  if (argc >= 2) {
    *acc = args[1];
  } else {
    bool found = false;
    for (; inRange(k) && !found; k += step) {
      found = hasAt(rt, o, k);
      if (rt.hasPendingException())
        return KILN_VALUE_EXCEPTION;
      if (found && isException(*acc = getAt(rt, o, k)))
        return KILN_VALUE_EXCEPTION;
    }
    if (!found)
      return rt.raise(ErrorKind::TypeError,
                      "Reduce of empty array with no initial value");
  }
  for (; inRange(k); k += step) {
    if (!hasAt(rt, o, k)) {
      if (rt.hasPendingException())
        return KILN_VALUE_EXCEPTION;
      continue;
    }
    *element = getAt(rt, o, k);
    if (isException(*element))
      return KILN_VALUE_EXCEPTION;
    KilnValue call[4] = {*acc, *element, makeNumber(k), objectValue(o)};
    *acc = callFunction(rt, fn, KILN_VALUE_UNDEFINED, call, 4, false);
    if (isException(*acc))
      return KILN_VALUE_EXCEPTION;
  }
  return *acc;
}

enum class Find { Value, Index, LastValue, LastIndex };

/// find, findIndex, findLast and findLastIndex: holes read as undefined.
KilnValue findElement(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                      uint32_t argc, Find kind) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = scope.keep(r.object);
  KilnValue predicate = argAt(args, argc, 0);
  if (!requireCallable(rt, predicate))
    return KILN_VALUE_EXCEPTION;
  bool fromEnd = kind == Find::LastValue || kind == Find::LastIndex;
  bool wantsIndex = kind == Find::Index || kind == Find::LastIndex;
  KilnValue *element = scope.keep(KILN_VALUE_UNDEFINED);
  for (double i = 0; i < r.length; ++i) {
    double k = fromEnd ? r.length - 1 - i : i;
    *element = getAt(rt, o, k);
    if (isException(*element))
      return KILN_VALUE_EXCEPTION;
    KilnValue call[3] = {*element, makeNumber(k), objectValue(o)};
    KilnValue result =
        callFunction(rt, predicate, argAt(args, argc, 1), call, 3, false);
    if (isException(result))
      return result;
    if (toBoolean(result))
      return wantsIndex ? makeNumber(k) : *element;
  }
  return wantsIndex ? makeInt32(-1) : KILN_VALUE_UNDEFINED;
}

enum class Search { IndexOf, LastIndexOf, Includes };

/// indexOf (IsStrictlyEqual, skips holes), lastIndexOf (the same,
/// backwards) and includes (SameValueZero, reads holes as undefined).
KilnValue searchElements(Runtime &rt, KilnValue thisValue,
                         const KilnValue *args, uint32_t argc, Search kind) {
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = scope.keep(r.object);
  KilnValue notFound =
      kind == Search::Includes ? KILN_VALUE_FALSE : makeInt32(-1);
  if (r.length == 0)
    return notFound;
  KilnValue target = argAt(args, argc, 0);
  scope.keep(target);
  double n = kind == Search::LastIndexOf ? r.length - 1 : 0;
  if (kind != Search::LastIndexOf || argc > 1)
    if (!toIntegerOrInfinity(rt, argAt(args, argc, 1), n))
      return KILN_VALUE_EXCEPTION;
  if (kind == Search::LastIndexOf) {
    double k = n >= 0 ? (n < r.length - 1 ? n : r.length - 1) : r.length + n;
    for (; k >= 0; --k) {
      if (!hasAt(rt, o, k)) {
        if (rt.hasPendingException())
          return KILN_VALUE_EXCEPTION;
        continue;
      }
      KilnValue v = getAt(rt, o, k);
      if (isException(v))
        return v;
      if (strictEquals(v, target))
        return makeNumber(k);
    }
    return notFound;
  }
  double k = n >= 0 ? n : r.length + n;
  if (k < 0)
    k = 0;
  for (; k < r.length; ++k) {
    if (kind == Search::IndexOf && !hasAt(rt, o, k)) {
      if (rt.hasPendingException())
        return KILN_VALUE_EXCEPTION;
      continue;
    }
    KilnValue v = getAt(rt, o, k);
    if (isException(v))
      return v;
    if (kind == Search::Includes ? sameValueZero(v, target)
                                 : strictEquals(v, target))
      return kind == Search::Includes ? KILN_VALUE_TRUE : makeNumber(k);
  }
  return notFound;
}

} // namespace

#define KILN_ARRAY_METHOD(Name)                                                \
  KilnValue kiln::Name(Runtime &rt, KilnValue, KilnValue thisValue,            \
                       const KilnValue *args, uint32_t argc, bool)

KILN_ARRAY_METHOD(arrayProtoForEach) {
  return visitElements(rt, thisValue, args, argc, Visit::ForEach);
}
KILN_ARRAY_METHOD(arrayProtoMap) {
  return visitElements(rt, thisValue, args, argc, Visit::Map);
}
KILN_ARRAY_METHOD(arrayProtoFilter) {
  return visitElements(rt, thisValue, args, argc, Visit::Filter);
}
KILN_ARRAY_METHOD(arrayProtoSome) {
  return visitElements(rt, thisValue, args, argc, Visit::Some);
}
KILN_ARRAY_METHOD(arrayProtoEvery) {
  return visitElements(rt, thisValue, args, argc, Visit::Every);
}
KILN_ARRAY_METHOD(arrayProtoReduce) {
  return reduceElements(rt, thisValue, args, argc, false);
}
KILN_ARRAY_METHOD(arrayProtoReduceRight) {
  return reduceElements(rt, thisValue, args, argc, true);
}
KILN_ARRAY_METHOD(arrayProtoFind) {
  return findElement(rt, thisValue, args, argc, Find::Value);
}
KILN_ARRAY_METHOD(arrayProtoFindIndex) {
  return findElement(rt, thisValue, args, argc, Find::Index);
}
KILN_ARRAY_METHOD(arrayProtoFindLast) {
  return findElement(rt, thisValue, args, argc, Find::LastValue);
}
KILN_ARRAY_METHOD(arrayProtoFindLastIndex) {
  return findElement(rt, thisValue, args, argc, Find::LastIndex);
}
KILN_ARRAY_METHOD(arrayProtoIndexOf) {
  return searchElements(rt, thisValue, args, argc, Search::IndexOf);
}
KILN_ARRAY_METHOD(arrayProtoLastIndexOf) {
  return searchElements(rt, thisValue, args, argc, Search::LastIndexOf);
}
KILN_ARRAY_METHOD(arrayProtoIncludes) {
  return searchElements(rt, thisValue, args, argc, Search::Includes);
}
