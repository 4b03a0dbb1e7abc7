//===- Function.cpp - Function.prototype methods
//---------------------------===//
//
// The two ways to call a function with an explicit `this`: call passes its
// remaining arguments through, apply spreads an array-like
// (CreateListFromArrayLike) onto the VM's register stack as the call window.
// bind makes a bound function: a native FunctionCell whose env is a
// ValueArray [target, boundThis, boundArgs...]; calling it calls the target
// with the bound arguments first, and `new` on it constructs the target.
// toString prints functions in the spec's NativeFunction form.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

#include "support/PodVector.h"

#include <string.h>

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

namespace {

/// Env layout of a bound function.
enum : uint32_t { kBoundTarget, kBoundThis, kFirstBoundArg };

KilnValue boundFunctionCall(Runtime &rt, KilnValue callee, KilnValue thisValue,
                            const KilnValue *args, uint32_t argc,
                            bool isConstruct) {
  (void)thisValue;
  // The env is reachable from callee (which the caller keeps rooted), and
  // the collector does not move cells, so the merged list needs no roots.
  ValueArray *env =
      reinterpret_cast<ValueArray *>(asCell(asFunction(callee)->env));
  uint32_t bound = env->length - kFirstBoundArg;
  PodVector<KilnValue> all;
  if (!all.reserve(size_t(bound) + argc + 1))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < bound; ++i)
    all.push(env->values[kFirstBoundArg + i]);
  for (uint32_t i = 0; i < argc; ++i)
    all.push(args[i]);
  return callFunction(rt, env->values[kBoundTarget],
                      isConstruct ? KILN_VALUE_UNDEFINED
                                  : env->values[kBoundThis],
                      all.data(), uint32_t(all.size()), isConstruct);
}

bool defineAttr(Runtime &rt, ObjectCell *obj, PredefinedAtom name,
                KilnValue value) {
  return !isException(defineOwnProperty(
      rt, obj, PropertyKey::fromName(rt.atomValue(name)),
      PropertyDescriptor::data(value, KILN_ATTR_CONFIGURABLE)));
}

} // namespace

KilnValue kiln::functionProtoBind(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  if (!isCallable(thisValue))
    return rt.raise(ErrorKind::TypeError, "Bind must be called on a function");
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  uint32_t bound = argc > 1 ? argc - 1 : 0;
  ValueArray *env = ValueArray::create(rt.heap, kFirstBoundArg + bound);
  if (!env)
    return rt.raiseOutOfMemory();
  scope.keep(env);
  env->values[kBoundTarget] = thisValue;
  env->values[kBoundThis] = argAt(args, argc, 0);
  for (uint32_t i = 0; i < bound; ++i)
    env->values[kFirstBoundArg + i] = args[1 + i];
  ObjectCell *target = asObject(thisValue);
  // length: max(0, target.length - bound) when target has an own numeric
  // length, else 0.
  double length = 0;
  PropertyKey lengthKey =
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::length));
  PropertyDescriptor desc;
  if (getOwnProperty(rt, target, lengthKey, desc)) {
    KilnValue targetLength = getProperty(rt, target, lengthKey, thisValue);
    if (isException(targetLength))
      return targetLength;
    if (isNumber(targetLength)) {
      double n = asNumber(targetLength);
      if (n == __builtin_inf())
        length = n;
      else if (n == n && n != -__builtin_inf()) {
        n = __builtin_trunc(n) - bound;
        length = n > 0 ? n : 0;
      }
    }
  }
  KilnValue targetName = getProperty(
      rt, target, PropertyKey::fromName(rt.atomValue(PredefinedAtom::name)),
      thisValue);
  if (isException(targetName))
    return targetName;
  if (!isString(targetName))
    targetName = stringValue(rt.emptyString());
  StringCell *prefix = newStringFromAscii(rt, "bound ");
  if (!prefix)
    return KILN_VALUE_EXCEPTION;
  StringCell *name = concatStrings(rt, prefix, asString(targetName));
  if (!name)
    return KILN_VALUE_EXCEPTION;
  scope.keep(name);
  FunctionCell *f =
      newFunction(rt, nullptr, boundFunctionCall,
                  makePointer(KILN_TAG_CELL, env), stringValue(name));
  if (!f)
    return KILN_VALUE_EXCEPTION;
  f->object.proto = target->proto;
  scope.keep(&f->object);
  if (!defineAttr(rt, &f->object, PredefinedAtom::length, makeNumber(length)) ||
      !defineAttr(rt, &f->object, PredefinedAtom::name, stringValue(name)))
    return KILN_VALUE_EXCEPTION;
  return objectValue(&f->object);
}

KilnValue kiln::functionProtoToString(Runtime &rt, KilnValue,
                                      KilnValue thisValue, const KilnValue *,
                                      uint32_t, bool) {
  if (!isCallable(thisValue))
    return rt.raise(ErrorKind::TypeError,
                    "Function.prototype.toString requires that 'this' be a "
                    "Function");
  // Kiln keeps no source text, so every function prints in the
  // NativeFunction form with its name.
  KilnValue name = asFunction(thisValue)->name;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  StringCell *head = newStringFromAscii(rt, "function ");
  if (!head)
    return KILN_VALUE_EXCEPTION;
  if (isString(name)) {
    head = concatStrings(rt, head, asString(name));
    if (!head)
      return KILN_VALUE_EXCEPTION;
  }
  scope.keep(head);
  StringCell *tail = newStringFromAscii(rt, "() { [native code] }");
  if (!tail)
    return KILN_VALUE_EXCEPTION;
  StringCell *text = concatStrings(rt, head, tail);
  return text ? stringValue(text) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::functionConstructor(Runtime &rt, KilnValue, KilnValue,
                                    const KilnValue *, uint32_t, bool) {
  // Kiln compiles ahead of time and has no compiler at run time.
  return rt.raise(ErrorKind::TypeError,
                  "Function(): code cannot be compiled at run time");
}
