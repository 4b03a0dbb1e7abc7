//===- PromiseCombinators.cpp - Promise.all, allSettled, race and any -----===//
//
// The four combinators share one loop (the spec's PerformPromiseAll and
// its siblings): get C.resolve, iterate the argument, resolve each value
// through C.resolve and subscribe to it with `then`. all / allSettled /
// any count the pending elements in a state record shared by their element
// functions — native closures whose env is [state, index, alreadyCalled],
// the flag shared by allSettled's pair — and settle the capability when
// the count reaches zero. An abrupt completion rejects the returned promise
// (IfAbruptRejectPromise), closing the iterator if it was not its own.
//
//===----------------------------------------------------------------------===//
#include "builtins/Promise.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

namespace {

enum class Combinator { All, AllSettled, Race, Any };

/// The state one call shares with its element functions.
enum StateSlot : uint32_t {
  /// The values (all, allSettled) or errors (any), a JS array.
  kStateValues,
  /// Elements not yet settled, plus one while iterating (an int32).
  kStateRemaining,
  kStatePromise,
  kStateResolve,
  kStateReject,
  kStateSize
};
enum ElementSlot : uint32_t { kElemState, kElemIndex, kElemCalled, kElemSize };

ValueArray *cellArray(KilnValue v) {
  return reinterpret_cast<ValueArray *>(asCell(v));
}

/// An AggregateError for Promise.any: `new AggregateError(errors, msg)`
/// when the global exists, else an Error carrying `errors`.
KilnValue aggregateError(Runtime &rt, KilnValue errors) {
  RootScope scope(rt.heap);
  scope.keep(errors);
  const char *message = "All promises were rejected";
  KilnValue name = atomFromCString(rt, "AggregateError");
  if (isException(name))
    return name;
  scope.keep(name);
  KilnValue ctor = kiln_rt_load_global(toABI(rt), name);
  if (isException(ctor))
    rt.takeException();
  else if (isCallable(ctor)) {
    KilnValue args[2] = {errors, atomFromCString(rt, message)};
    if (isException(args[1]))
      return args[1];
    scope.keep(args[1]);
    return callFunction(rt, ctor, KILN_VALUE_UNDEFINED, args, 2, true);
  }
  KilnValue error = rt.errorFactory(rt, ErrorKind::Error, message);
  if (isEmpty(error))
    return rt.raiseOutOfMemory();
  scope.keep(error);
  KilnValue key = atomFromCString(rt, "errors");
  if (isException(key))
    return key;
  scope.keep(key);
  if (isException(defineOwnProperty(
          rt, asObject(error), PropertyKey::fromName(key),
          PropertyDescriptor::data(errors, KILN_ATTR_WRITABLE |
                                               KILN_ATTR_CONFIGURABLE))))
    return KILN_VALUE_EXCEPTION;
  return error;
}

/// Settles the combinator's promise once no element is pending.
KilnValue finishIfDone(Runtime &rt, ValueArray *state, Combinator kind) {
  int32_t remaining = asInt32(state->values[kStateRemaining]) - 1;
  state->values[kStateRemaining] = makeInt32(remaining);
  if (remaining > 0)
    return KILN_VALUE_UNDEFINED;
  RootScope scope(rt.heap);
  scope.keep(state);
  PromiseCapability cap;
  cap.promise = state->values[kStatePromise];
  cap.resolve = state->values[kStateResolve];
  cap.reject = state->values[kStateReject];
  if (kind == Combinator::Any) {
    KilnValue error = aggregateError(rt, state->values[kStateValues]);
    if (isException(error))
      return error;
    scope.keep(error);
    return resolveCapability(rt, cap, error, true);
  }
  return resolveCapability(rt, cap, state->values[kStateValues], false);
}

/// Stores \p value at the element's index and counts it; \p kind and
/// \p status choose the stored form (allSettled's result objects).
KilnValue settleElement(Runtime &rt, KilnValue callee, KilnValue value,
                        Combinator kind, const char *status) {
  ValueArray *elem = cellArray(asFunction(callee)->env);
  if (elem->values[kElemCalled] == KILN_VALUE_TRUE)
    return KILN_VALUE_UNDEFINED;
  elem->values[kElemCalled] = KILN_VALUE_TRUE;
  RootScope scope(rt.heap);
  scope.keep(callee);
  scope.keep(value);
  if (kind == Combinator::AllSettled) {
    ObjectCell *entry = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
    if (!entry)
      return KILN_VALUE_EXCEPTION;
    scope.keep(entry);
    bool fulfilled = status[0] == 'f';
    KilnValue statusKey = atomFromCString(rt, "status");
    if (isException(statusKey))
      return statusKey;
    scope.keep(statusKey);
    KilnValue statusText = atomFromCString(rt, status);
    if (isException(statusText))
      return statusText;
    scope.keep(statusText);
    KilnValue valueKey = fulfilled ? rt.atomValue(PredefinedAtom::value)
                                   : atomFromCString(rt, "reason");
    if (isException(valueKey))
      return valueKey;
    scope.keep(valueKey);
    if (isException(kiln_rt_define_prop(toABI(rt), objectValue(entry),
                                        statusKey, statusText)) ||
        isException(kiln_rt_define_prop(toABI(rt), objectValue(entry), valueKey,
                                        value)))
      return KILN_VALUE_EXCEPTION;
    value = objectValue(entry);
  }
  ValueArray *state = cellArray(elem->values[kElemState]);
  scope.keep(state);
  uint32_t index = uint32_t(asInt32(elem->values[kElemIndex]));
  if (isException(defineOwnProperty(
          rt, asObject(state->values[kStateValues]),
          PropertyKey::fromIndex(index),
          PropertyDescriptor::data(value, KILN_ATTR_DEFAULT))))
    return KILN_VALUE_EXCEPTION;
  return finishIfDone(rt, state, kind);
}

KilnValue allResolveElement(Runtime &rt, KilnValue callee, KilnValue,
                            const KilnValue *args, uint32_t argc, bool) {
  return settleElement(rt, callee, argAt(args, argc, 0), Combinator::All, "");
}
KilnValue allSettledResolveElement(Runtime &rt, KilnValue callee, KilnValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  return settleElement(rt, callee, argAt(args, argc, 0), Combinator::AllSettled,
                       "fulfilled");
}
KilnValue allSettledRejectElement(Runtime &rt, KilnValue callee, KilnValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  return settleElement(rt, callee, argAt(args, argc, 0), Combinator::AllSettled,
                       "rejected");
}
KilnValue anyRejectElement(Runtime &rt, KilnValue callee, KilnValue,
                           const KilnValue *args, uint32_t argc, bool) {
  return settleElement(rt, callee, argAt(args, argc, 0), Combinator::Any, "");
}

/// IfAbruptRejectPromise: rejects the capability with the pending
/// exception and returns its promise.
KilnValue rejectWithPending(Runtime &rt, const PromiseCapability &cap) {
  RootScope scope(rt.heap);
  KilnValue error = rt.takeException();
  scope.keep(error);
  if (isException(resolveCapability(rt, cap, error, true)))
    return KILN_VALUE_EXCEPTION;
  return cap.promise;
}

/// The loop over the iterable. False after raising; \p iteratorDone
/// tells whether the iterator threw or finished (then it is not closed).
bool performCombinator(Runtime &rt, Combinator kind, KilnValue constructor,
                       KilnValue promiseResolve, KilnValue iter,
                       const PromiseCapability &cap, bool &iteratorDone) {
  KilnRuntime *krt = toABI(rt);
  RootScope scope(rt.heap);
  ValueArray *state = nullptr;
  if (kind != Combinator::Race) {
    state = ValueArray::create(rt.heap, kStateSize);
    if (!state) {
      rt.raiseOutOfMemory();
      return false;
    }
    scope.keep(state);
    state->values[kStateRemaining] = makeInt32(1);
    state->values[kStatePromise] = cap.promise;
    state->values[kStateResolve] = cap.resolve;
    state->values[kStateReject] = cap.reject;
    KilnValue values = kiln_rt_new_array(krt, 0);
    if (isException(values))
      return false;
    state->values[kStateValues] = values;
  }
  for (uint32_t index = 0;; ++index) {
    KilnValue done = kiln_rt_iterator_step(krt, iter);
    if (isException(done) || done == KILN_VALUE_TRUE) {
      iteratorDone = true;
      if (isException(done))
        return false;
      break;
    }
    KilnValue next = kiln_rt_iterator_value(krt, iter);
    if (isException(next)) {
      iteratorDone = true;
      return false;
    }
    RootScope item(rt.heap);
    item.keep(next);
    if (state && isException(kiln_rt_array_append(
                     krt, state->values[kStateValues], KILN_VALUE_UNDEFINED)))
      return false;
    KilnValue nextPromise =
        callFunction(rt, promiseResolve, constructor, &next, 1, false);
    if (isException(nextPromise))
      return false;
    item.keep(nextPromise);
    KilnValue handlers[2] = {cap.resolve, cap.reject};
    if (state) {
      ValueArray *elem = ValueArray::create(rt.heap, kElemSize);
      if (!elem) {
        rt.raiseOutOfMemory();
        return false;
      }
      elem->values[kElemState] = cellValue(state);
      elem->values[kElemIndex] = makeInt32(int32_t(index));
      elem->values[kElemCalled] = KILN_VALUE_FALSE;
      item.keep(elem);
      // Element functions are not constructors (methodThunk).
      NativeFunction onFulfilled = kind == Combinator::All
                                       ? methodThunk<allResolveElement>
                                   : kind == Combinator::AllSettled
                                       ? methodThunk<allSettledResolveElement>
                                       : nullptr;
      NativeFunction onRejected =
          kind == Combinator::AllSettled ? methodThunk<allSettledRejectElement>
          : kind == Combinator::Any      ? methodThunk<anyRejectElement>
                                         : nullptr;
      for (int i = 0; i < 2; ++i) {
        NativeFunction native = i == 0 ? onFulfilled : onRejected;
        if (!native)
          continue;
        FunctionCell *f = newNativeClosure(rt, native, cellValue(elem), 1);
        if (!f)
          return false;
        handlers[i] = objectValue(&f->object);
        item.keep(handlers[i]);
      }
      state->values[kStateRemaining] =
          makeInt32(asInt32(state->values[kStateRemaining]) + 1);
    }
    if (isException(invokeMethod(
            rt, nextPromise, rt.atomValue(PredefinedAtom::then), handlers, 2)))
      return false;
  }
  if (state && isException(finishIfDone(rt, state, kind)))
    return false;
  return true;
}

KilnValue combinator(Runtime &rt, KilnValue constructor, KilnValue iterable,
                     Combinator kind) {
  RootScope scope(rt.heap);
  scope.keep(constructor);
  scope.keep(iterable);
  PromiseCapability cap;
  if (!newPromiseCapability(rt, constructor, &cap, true))
    return KILN_VALUE_EXCEPTION;
  keepCapability(scope, cap);
  KilnValue promiseResolve =
      getProperty(rt, asObject(constructor),
                  PropertyKey::fromName(rt.atomValue(PredefinedAtom::resolve)),
                  constructor);
  if (isException(promiseResolve))
    return rejectWithPending(rt, cap);
  if (!isCallable(promiseResolve)) {
    rt.raise(ErrorKind::TypeError,
             "Promise resolve or reject function is not callable");
    return rejectWithPending(rt, cap);
  }
  scope.keep(promiseResolve);
  KilnValue iter = kiln_rt_get_iterator(toABI(rt), iterable);
  if (isException(iter))
    return rejectWithPending(rt, cap);
  scope.keep(iter);
  bool iteratorDone = false;
  if (!performCombinator(rt, kind, constructor, promiseResolve, iter, cap,
                         iteratorDone)) {
    if (!iteratorDone) {
      KilnValue error = rt.takeException();
      scope.keep(error);
      kiln_rt_iterator_close_abrupt(toABI(rt), iter);
      if (rt.hasPendingException())
        rt.takeException();
      rt.throwValue(error);
    }
    return rejectWithPending(rt, cap);
  }
  return cap.promise;
}

KilnValue requireObject(Runtime &rt, KilnValue thisValue, const char *name) {
  char text[96];
  snprintf(text, sizeof text, "Promise.%s called on non-object", name);
  return rt.raise(ErrorKind::TypeError, text);
}

} // namespace

#define KILN_PROMISE_COMBINATOR(Function, Name, Kind)                          \
  KilnValue kiln::Function(Runtime &rt, KilnValue, KilnValue thisValue,        \
                           const KilnValue *args, uint32_t argc, bool) {       \
    if (!isObject(thisValue))                                                  \
      return requireObject(rt, thisValue, Name);                               \
    return combinator(rt, thisValue, argAt(args, argc, 0), Kind);              \
  }
KILN_PROMISE_COMBINATOR(promiseAll, "all", Combinator::All)
KILN_PROMISE_COMBINATOR(promiseAllSettled, "allSettled", Combinator::AllSettled)
KILN_PROMISE_COMBINATOR(promiseRace, "race", Combinator::Race)
KILN_PROMISE_COMBINATOR(promiseAny, "any", Combinator::Any)
#undef KILN_PROMISE_COMBINATOR
