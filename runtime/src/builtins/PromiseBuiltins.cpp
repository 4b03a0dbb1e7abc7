//===- PromiseBuiltins.cpp - The Promise constructor and its methods ------===//
//
// `new Promise(executor)`, Promise.prototype.then / catch / finally,
// Promise.resolve / reject, and the global queueMicrotask, over the
// abstract operations of Promise.cpp. The combinators (all, allSettled,
// race, any) are in PromiseCombinators.cpp. Natives that the spec makes
// as closures (finally's callbacks, resolving functions, element
// functions) are native FunctionCells whose env holds their captured
// values in an internal ValueArray.
//
//===----------------------------------------------------------------------===//
#include "builtins/Promise.h"

#include "vm/Jobs.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

FunctionCell *kiln::newNativeClosure(Runtime &rt, NativeFunction native,
                                     KilnValue env, uint32_t length) {
  return newNativeFunction(rt, native, env, length,
                           stringValue(rt.emptyString()));
}

bool kiln::newNativeClosurePair(Runtime &rt, NativeFunction first,
                                NativeFunction second, KilnValue env,
                                KilnValue &firstOut, KilnValue &secondOut) {
  RootScope scope(rt.heap);
  scope.keep(env);
  FunctionCell *a = newNativeClosure(rt, first, env, 1);
  if (!a)
    return false;
  scope.keep(&a->object);
  FunctionCell *b = newNativeClosure(rt, second, env, 1);
  if (!b)
    return false;
  firstOut = objectValue(&a->object);
  secondOut = objectValue(&b->object);
  return true;
}

KilnValue kiln::invokeMethod(Runtime &rt, KilnValue target, KilnValue name,
                             const KilnValue *args, uint32_t argc) {
  RootScope scope(rt.heap);
  scope.keep(target);
  KilnValue method = kiln_rt_get_elem(toABI(rt), target, name);
  if (isException(method))
    return method;
  return callFunction(rt, method, target, args, argc, false);
}

bool kiln::speciesConstructor(Runtime &rt, KilnValue object, KilnValue &out) {
  KilnValue ctor = getProperty(
      rt, asObject(object),
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::constructor)), object);
  if (isException(ctor))
    return false;
  if (isUndefined(ctor)) {
    out = KILN_VALUE_EMPTY;
    return true;
  }
  if (!isObject(ctor)) {
    rt.raise(ErrorKind::TypeError,
             "The .constructor property is not an object");
    return false;
  }
  KilnValue species = getProperty(
      rt, asObject(ctor),
      PropertyKey::fromName(rt.symbol(WellKnownSymbol::species)), ctor);
  if (isException(species))
    return false;
  if (isNullish(species) || isIntrinsicPromise(species)) {
    out = KILN_VALUE_EMPTY;
    return true;
  }
  if (!isConstructor(species)) {
    rt.raise(ErrorKind::TypeError, "object.constructor[Symbol.species] is "
                                   "not a constructor");
    return false;
  }
  out = species;
  return true;
}

bool kiln::promiseResolveWith(Runtime &rt, KilnValue constructor, KilnValue x,
                              KilnValue &out) {
  RootScope scope(rt.heap);
  scope.keep(constructor);
  scope.keep(x);
  if (isPromise(x)) {
    KilnValue ctor = getProperty(
        rt, asObject(x),
        PropertyKey::fromName(rt.atomValue(PredefinedAtom::constructor)), x);
    if (isException(ctor))
      return false;
    if (ctor == constructor ||
        (isEmpty(constructor) && isIntrinsicPromise(ctor))) {
      out = x;
      return true;
    }
  }
  PromiseCapability cap;
  if (!newPromiseCapability(rt, constructor, &cap))
    return false;
  keepCapability(scope, cap);
  if (isException(resolveCapability(rt, cap, x, false)))
    return false;
  out = cap.promise;
  return true;
}

namespace {

/// "#<Object>"-style text for a value in a TypeError message.
void describe(Runtime &rt, KilnValue v, char *buf, size_t size) {
  if (isObject(v)) {
    snprintf(buf, size, "%s", isCallable(v) ? "function" : "#<Object>");
    return;
  }
  if (isSymbol(v)) {
    snprintf(buf, size, "Symbol()");
    return;
  }
  StringCell *s = toString(rt, v);
  size_t n = 0;
  if (s && (s = flattenString(rt, s))) {
    n = utf8Length(s);
    if (n < size) {
      writeUtf8(s, buf);
      buf[n] = 0;
      return;
    }
  }
  snprintf(buf, size, "value");
}

KilnValue notAPromise(Runtime &rt, const char *method, KilnValue receiver) {
  char what[64], text[160];
  describe(rt, receiver, what, sizeof what);
  snprintf(text, sizeof text,
           "Method Promise.prototype.%s called on incompatible receiver %s",
           method, what);
  return rt.raise(ErrorKind::TypeError, text);
}

/// finally's callbacks: env [onFinally, constructor]; the thunks: env
/// [value].
enum { kFinallyCallback, kFinallyConstructor, kFinallySize };

KilnValue valueThunk(Runtime &, KilnValue callee, KilnValue, const KilnValue *,
                     uint32_t, bool) {
  return reinterpret_cast<ValueArray *>(asCell(asFunction(callee)->env))
      ->values[0];
}

KilnValue thrower(Runtime &rt, KilnValue callee, KilnValue, const KilnValue *,
                  uint32_t, bool) {
  return rt.throwValue(
      reinterpret_cast<ValueArray *>(asCell(asFunction(callee)->env))
          ->values[0]);
}

/// thenFinally / catchFinally: calls onFinally, then passes the value on
/// (or throws the reason again when \p rethrow) once its result settles.
KilnValue finallyReaction(Runtime &rt, KilnValue callee, const KilnValue *args,
                          uint32_t argc, bool rethrow) {
  ValueArray *env =
      reinterpret_cast<ValueArray *>(asCell(asFunction(callee)->env));
  RootScope scope(rt.heap);
  scope.keep(callee);
  KilnValue value = argAt(args, argc, 0);
  scope.keep(value);
  KilnValue result = callFunction(rt, env->values[kFinallyCallback],
                                  KILN_VALUE_UNDEFINED, nullptr, 0, false);
  if (isException(result))
    return result;
  KilnValue promise = KILN_VALUE_UNDEFINED;
  if (!promiseResolveWith(rt, env->values[kFinallyConstructor], result,
                          promise))
    return KILN_VALUE_EXCEPTION;
  scope.keep(promise);
  ValueArray *data = ValueArray::create(rt.heap, 1);
  if (!data)
    return rt.raiseOutOfMemory();
  data->values[0] = value;
  scope.keep(data);
  FunctionCell *thunk = newNativeClosure(
      rt, rethrow ? methodThunk<thrower> : methodThunk<valueThunk>,
      cellValue(data), 0);
  if (!thunk)
    return KILN_VALUE_EXCEPTION;
  KilnValue arg = objectValue(&thunk->object);
  scope.keep(arg);
  return invokeMethod(rt, promise, rt.atomValue(PredefinedAtom::then), &arg, 1);
}

KilnValue thenFinally(Runtime &rt, KilnValue callee, KilnValue,
                      const KilnValue *args, uint32_t argc, bool) {
  return finallyReaction(rt, callee, args, argc, false);
}

KilnValue catchFinally(Runtime &rt, KilnValue callee, KilnValue,
                       const KilnValue *args, uint32_t argc, bool) {
  return finallyReaction(rt, callee, args, argc, true);
}

} // namespace

KilnValue kiln::promiseConstructor(Runtime &rt, KilnValue, KilnValue,
                                   const KilnValue *args, uint32_t argc,
                                   bool isConstruct) {
  if (!isConstruct)
    return rt.raise(ErrorKind::TypeError,
                    "Promise constructor cannot be invoked without 'new'");
  KilnValue executor = argAt(args, argc, 0);
  if (!isCallable(executor)) {
    char what[64], text[128];
    describe(rt, executor, what, sizeof what);
    snprintf(text, sizeof text, "Promise resolver %s is not a function", what);
    return rt.raise(ErrorKind::TypeError, text);
  }
  RootScope scope(rt.heap);
  scope.keep(executor);
  PromiseCell *p = newPromise(rt);
  if (!p)
    return KILN_VALUE_EXCEPTION;
  scope.keep(p);
  KilnValue fns[2];
  if (!createResolvingFunctions(rt, p, fns[0], fns[1]))
    return KILN_VALUE_EXCEPTION;
  scope.keep(fns[0]);
  scope.keep(fns[1]);
  if (isException(
          callFunction(rt, executor, KILN_VALUE_UNDEFINED, fns, 2, false))) {
    KilnValue error = rt.takeException();
    if (isException(
            callFunction(rt, fns[1], KILN_VALUE_UNDEFINED, &error, 1, false)))
      return KILN_VALUE_EXCEPTION;
  }
  return promiseValue(p);
}

KilnValue kiln::promiseProtoThen(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  if (!isPromise(thisValue))
    return notAPromise(rt, "then", thisValue);
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  KilnValue ctor;
  if (!speciesConstructor(rt, thisValue, ctor))
    return KILN_VALUE_EXCEPTION;
  scope.keep(ctor);
  PromiseCapability cap;
  if (!newPromiseCapability(rt, ctor, &cap))
    return KILN_VALUE_EXCEPTION;
  keepCapability(scope, cap);
  if (!performPromiseThen(rt, asPromise(thisValue), argAt(args, argc, 0),
                          argAt(args, argc, 1), cap.promise, cap.resolve,
                          cap.reject))
    return KILN_VALUE_EXCEPTION;
  return cap.promise;
}

KilnValue kiln::promiseProtoCatch(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  KilnValue handlers[2] = {KILN_VALUE_UNDEFINED, argAt(args, argc, 0)};
  return invokeMethod(rt, thisValue, rt.atomValue(PredefinedAtom::then),
                      handlers, 2);
}

KilnValue kiln::promiseProtoFinally(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  if (!isObject(thisValue))
    return notAPromise(rt, "finally", thisValue);
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  KilnValue ctor;
  if (!speciesConstructor(rt, thisValue, ctor))
    return KILN_VALUE_EXCEPTION;
  scope.keep(ctor);
  KilnValue onFinally = argAt(args, argc, 0);
  KilnValue handlers[2] = {onFinally, onFinally};
  if (isCallable(onFinally)) {
    ValueArray *data = ValueArray::create(rt.heap, kFinallySize);
    if (!data)
      return rt.raiseOutOfMemory();
    data->values[kFinallyCallback] = onFinally;
    data->values[kFinallyConstructor] = ctor;
    if (!newNativeClosurePair(rt, methodThunk<thenFinally>,
                              methodThunk<catchFinally>, cellValue(data),
                              handlers[0], handlers[1]))
      return KILN_VALUE_EXCEPTION;
    scope.keep(handlers[0]);
    scope.keep(handlers[1]);
  }
  return invokeMethod(rt, thisValue, rt.atomValue(PredefinedAtom::then),
                      handlers, 2);
}

KilnValue kiln::promiseResolveStatic(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *args,
                                     uint32_t argc, bool) {
  if (!isObject(thisValue))
    return rt.raise(ErrorKind::TypeError,
                    "PromiseResolve called on non-object");
  KilnValue out = KILN_VALUE_UNDEFINED;
  if (!promiseResolveWith(rt, thisValue, argAt(args, argc, 0), out))
    return KILN_VALUE_EXCEPTION;
  return out;
}

KilnValue kiln::promiseRejectStatic(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  if (!isObject(thisValue))
    return rt.raise(ErrorKind::TypeError, "PromiseReject called on non-object");
  RootScope scope(rt.heap);
  KilnValue reason = argAt(args, argc, 0);
  scope.keep(reason);
  PromiseCapability cap;
  if (!newPromiseCapability(rt, thisValue, &cap))
    return KILN_VALUE_EXCEPTION;
  keepCapability(scope, cap);
  if (isException(resolveCapability(rt, cap, reason, true)))
    return KILN_VALUE_EXCEPTION;
  return cap.promise;
}

KilnValue kiln::globalQueueMicrotask(Runtime &rt, KilnValue, KilnValue,
                                     const KilnValue *args, uint32_t argc,
                                     bool) {
  KilnValue callback = argAt(args, argc, 0);
  if (!isCallable(callback))
    return rt.raise(ErrorKind::TypeError,
                    "The \"callback\" argument must be of type function");
  if (!enqueueJob(rt, JobKind::Callback, callback))
    return KILN_VALUE_EXCEPTION;
  return KILN_VALUE_UNDEFINED;
}

KilnValue kiln::promiseSpecies(Runtime &, KilnValue, KilnValue thisValue,
                               const KilnValue *, uint32_t, bool) {
  return thisValue;
}

KilnValue kiln::promiseWithResolvers(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *,
                                     uint32_t, bool) {
  RootScope scope(rt.heap);
  PromiseCapability cap;
  if (!newPromiseCapability(rt, thisValue, &cap, true))
    return KILN_VALUE_EXCEPTION;
  keepCapability(scope, cap);
  KilnValue result = kiln_rt_new_object(toABI(rt));
  if (isException(result))
    return result;
  scope.keep(result);
  const char *names[3] = {"promise", "resolve", "reject"};
  KilnValue values[3] = {cap.promise, cap.resolve, cap.reject};
  for (int i = 0; i < 3; ++i) {
    KilnValue key =
        kiln_rt_atom_from_utf8(toABI(rt), names[i], strlen(names[i]));
    if (isException(key))
      return key;
    scope.keep(key);
    if (isException(kiln_rt_define_prop(toABI(rt), result, key, values[i])))
      return KILN_VALUE_EXCEPTION;
  }
  return result;
}

KilnValue kiln::promiseTry(Runtime &rt, KilnValue, KilnValue thisValue,
                           const KilnValue *args, uint32_t argc, bool) {
  if (!isObject(thisValue))
    return rt.raise(ErrorKind::TypeError, "Promise.try called on non-object");
  RootScope scope(rt.heap);
  PromiseCapability cap;
  if (!newPromiseCapability(rt, thisValue, &cap))
    return KILN_VALUE_EXCEPTION;
  keepCapability(scope, cap);
  KilnValue result = callFunction(
      rt, argAt(args, argc, 0), KILN_VALUE_UNDEFINED,
      argc > 1 ? args + 1 : nullptr, argc > 1 ? argc - 1 : 0, false);
  bool threw = isException(result);
  if (threw)
    result = rt.takeException();
  scope.keep(result);
  if (isException(resolveCapability(rt, cap, result, threw)))
    return KILN_VALUE_EXCEPTION;
  return cap.promise;
}
