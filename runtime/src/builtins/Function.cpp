//===- Function.cpp - Function.prototype.call and apply -------------------===//
//
// The two ways to call a function with an explicit `this`: call passes its
// remaining arguments through, apply spreads an array-like
// (CreateListFromArrayLike) onto the VM's register stack as the call window.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

using namespace kiln;

KilnValue kiln::functionProtoCall(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  if (!isCallable(thisValue))
    return rt.raise(ErrorKind::TypeError,
                    "Function.prototype.call called on a non-function");
  return callFunction(rt, thisValue, argAt(args, argc, 0),
                      argc > 1 ? args + 1 : nullptr, argc > 1 ? argc - 1 : 0,
                      false);
}

KilnValue kiln::functionProtoApply(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  if (!isCallable(thisValue))
    return rt.raise(ErrorKind::TypeError,
                    "Function.prototype.apply called on a non-function");
  KilnValue receiver = argAt(args, argc, 0);
  KilnValue list = argAt(args, argc, 1);
  if (isNullish(list))
    return callFunction(rt, thisValue, receiver, nullptr, 0, false);
  if (!isObject(list))
    return rt.raise(ErrorKind::TypeError,
                    "CreateListFromArrayLike called on non-object");
  RootScope scope(rt.heap);
  if (!asObject(list)->isArray()) {
    // Copy the array-like's `length` elements into an array first.
    scope.keep(list);
    KilnValue length = getProperty(
        rt, asObject(list),
        PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)), list);
    double n;
    if (isException(length) || !toNumber(rt, length, n))
      return KILN_VALUE_EXCEPTION;
    uint32_t count = n > 0 ? (n < 65536 ? uint32_t(n) : 65536) : 0;
    ObjectCell *array = newArray(rt, count);
    if (!array)
      return KILN_VALUE_EXCEPTION;
    scope.keep(array);
    for (uint32_t i = 0; i < count; ++i) {
      KilnValue v =
          getProperty(rt, asObject(list), PropertyKey::fromIndex(i), list);
      if (isException(v) ||
          isException(kiln_rt_array_append(toABI(rt), objectValue(array), v)))
        return KILN_VALUE_EXCEPTION;
    }
    list = objectValue(array);
  }
  VM *vm = vmOf(rt);
  if (!vm)
    return rt.raiseOutOfMemory();
  // The window (callee, this, arguments) lives on the register stack, so
  // the collector sees the arguments while the callee runs.
  uint32_t saved = vm->top;
  KilnValue *window = pushSpreadWindow(*vm, thisValue, receiver, list);
  if (!window)
    return KILN_VALUE_EXCEPTION;
  KilnValue result = callFunction(rt, thisValue, receiver, window + 2,
                                  vm->top - saved - 2, false);
  vm->top = saved;
  return result;
}
