//===- ObjectStatics.cpp - More static functions of Object ----------------===//
//
// Object.defineProperties, seal and isSealed (the "sealed" integrity
// level, through setIntegrityLevel / testIntegrityLevel of
// ObjectBuiltins.cpp), getOwnPropertyDescriptors, hasOwn, and the two functions
// that consume iterables: fromEntries and groupBy. Iteration goes through the
// runtime's iteration operations (kiln_rt_get_iterator / step / value /
// close), so these accept whatever for-of accepts; on an abrupt completion
// the iterator is closed and the original exception is rethrown.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

using namespace kiln;

namespace {

using PD = PropertyDescriptor;

/// IteratorClose after an abrupt completion: closes \p iter, ignoring what
/// closing throws, and leaves the original exception pending.
KilnValue closeAfterThrow(Runtime &rt, KilnValue iter) {
  RootScope scope(rt.heap);
  KilnValue pending = rt.takeException();
  ErrorKind kind = rt.pendingKind;
  scope.keep(pending);
  kiln_rt_iterator_close_abrupt(toABI(rt), iter);
  rt.takeException();
  rt.throwValue(pending);
  rt.pendingKind = kind;
  return KILN_VALUE_EXCEPTION;
}

/// Calls \p visit(value, index) for each value \p iterable yields; a false
/// return (with an exception pending) closes the iterator. False after
/// raising.
template <typename Visit>
bool forEachIterated(Runtime &rt, KilnValue iterable, Visit &&visit) {
  RootScope scope(rt.heap);
  KilnValue iter = kiln_rt_get_iterator(toABI(rt), iterable);
  if (isException(iter))
    return false;
  scope.keep(iter);
  for (double k = 0;; ++k) {
    KilnValue done = kiln_rt_iterator_step(toABI(rt), iter);
    if (isException(done))
      return false;
    if (done == KILN_VALUE_TRUE)
      return true;
    KilnValue value = kiln_rt_iterator_value(toABI(rt), iter);
    if (isException(value))
      return false;
    if (!visit(value, k)) {
      closeAfterThrow(rt, iter);
      return false;
    }
  }
}

} // namespace

KilnValue kiln::objectDefineProperties(Runtime &rt, KilnValue, KilnValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool) {
  KilnValue v = argAt(args, argc, 0);
  if (!isObject(v))
    return rt.raise(ErrorKind::TypeError,
                    "Object.defineProperties called on non-object");
  return defineProperties(rt, asObject(v), argAt(args, argc, 1))
             ? v
             : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::objectSeal(Runtime &rt, KilnValue, KilnValue,
                           const KilnValue *args, uint32_t argc, bool) {
  return setIntegrityLevel(rt, argAt(args, argc, 0), false);
}

KilnValue kiln::objectIsSealed(Runtime &rt, KilnValue, KilnValue,
                               const KilnValue *args, uint32_t argc, bool) {
  return testIntegrityLevel(rt, argAt(args, argc, 0), false);
}

KilnValue kiln::objectGetOwnPropertyDescriptors(Runtime &rt, KilnValue,
                                                KilnValue,
                                                const KilnValue *args,
                                                uint32_t argc, bool) {
  ObjectCell *obj = toObject(rt, argAt(args, argc, 0));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(obj);
  ValueArray *keys = ownPropertyKeys(rt, obj, false, true);
  if (!keys)
    return KILN_VALUE_EXCEPTION;
  scope.keep(keys);
  ObjectCell *result = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!result)
    return KILN_VALUE_EXCEPTION;
  scope.keep(result);
  for (uint32_t i = 0; i < keys->length; ++i) {
    PropertyKey key;
    PD desc;
    if (!toPropertyKey(rt, keys->values[i], key))
      return KILN_VALUE_EXCEPTION;
    if (!getOwnProperty(rt, obj, key, desc))
      continue;
    KilnValue descriptor = fromPropertyDescriptor(rt, desc);
    if (isException(descriptor) ||
        isException(defineOwnProperty(
            rt, result, key,
            PD::data(descriptor, KILN_ATTR_WRITABLE | KILN_ATTR_ENUMERABLE |
                                     KILN_ATTR_CONFIGURABLE))))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(result);
}

KilnValue kiln::objectHasOwn(Runtime &rt, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *obj = toObject(rt, argAt(args, argc, 0));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  PropertyKey key;
  if (!toPropertyKey(rt, argAt(args, argc, 1), key))
    return KILN_VALUE_EXCEPTION;
  PD desc;
  return makeBool(getOwnProperty(rt, obj, key, desc));
}

KilnValue kiln::objectFromEntries(Runtime &rt, KilnValue, KilnValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  KilnValue iterable = argAt(args, argc, 0);
  if (isNullish(iterable))
    return rt.raise(ErrorKind::TypeError, isNull(iterable)
                                              ? "null is not iterable"
                                              : "undefined is not iterable");
  RootScope scope(rt.heap);
  scope.keep(iterable);
  ObjectCell *obj = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  KilnValue *keyRoot = scope.keep(KILN_VALUE_UNDEFINED);
  bool ok = forEachIterated(rt, iterable, [&](KilnValue entry, double) {
    if (!isObject(entry)) {
      rt.raise(ErrorKind::TypeError, "Iterator value is not an entry object");
      return false;
    }
    RootScope inner(rt.heap);
    inner.keep(entry);
    *keyRoot =
        getProperty(rt, asObject(entry), PropertyKey::fromIndex(0), entry);
    if (isException(*keyRoot))
      return false;
    KilnValue value =
        getProperty(rt, asObject(entry), PropertyKey::fromIndex(1), entry);
    if (isException(value))
      return false;
    inner.keep(value);
    PropertyKey key;
    if (!toPropertyKey(rt, *keyRoot, key))
      return false;
    return !isException(defineOwnProperty(
        rt, obj, key,
        PD::data(value, KILN_ATTR_WRITABLE | KILN_ATTR_ENUMERABLE |
                            KILN_ATTR_CONFIGURABLE)));
  });
  return ok ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::objectGroupBy(Runtime &rt, KilnValue, KilnValue,
                              const KilnValue *args, uint32_t argc, bool) {
  KilnValue items = argAt(args, argc, 0);
  KilnValue callback = argAt(args, argc, 1);
  if (isNullish(items))
    return rt.raise(ErrorKind::TypeError,
                    "Object.groupBy called on null or undefined");
  if (!isCallable(callback))
    return rt.raise(ErrorKind::TypeError, "callback is not a function");
  RootScope scope(rt.heap);
  scope.keep(items);
  // The groups are the result object itself: a null-prototype object whose
  // properties are arrays, created in the order keys first appear.
  ObjectCell *groups = newObject(rt, nullptr);
  if (!groups)
    return KILN_VALUE_EXCEPTION;
  scope.keep(groups);
  bool ok = forEachIterated(rt, items, [&](KilnValue value, double k) {
    RootScope inner(rt.heap);
    inner.keep(value);
    KilnValue call[2] = {value, makeNumber(k)};
    KilnValue keyValue =
        callFunction(rt, callback, KILN_VALUE_UNDEFINED, call, 2, false);
    if (isException(keyValue))
      return false;
    inner.keep(keyValue);
    PropertyKey key;
    if (!toPropertyKey(rt, keyValue, key))
      return false;
    inner.keep(key.name);
    PD group;
    if (!getOwnProperty(rt, groups, key, group)) {
      ObjectCell *array = newArray(rt, 1);
      if (!array)
        return false;
      group.value = objectValue(array);
      if (isException(defineOwnProperty(
              rt, groups, key,
              PD::data(group.value, KILN_ATTR_WRITABLE | KILN_ATTR_ENUMERABLE |
                                        KILN_ATTR_CONFIGURABLE))))
        return false;
    }
    return !isException(kiln_rt_array_append(toABI(rt), group.value, value));
  });
  return ok ? objectValue(groups) : KILN_VALUE_EXCEPTION;
}
