//===- Promise.cpp - Promise states, resolution and reaction jobs ---------===//
//
// The abstract operations of ECMAScript's Promise section (27.2.1-27.2.2,
// 27.2.5.4): promise cells, the resolving functions with their shared
// already-resolved flag, FulfillPromise / RejectPromise queueing one
// PromiseReactionJob per registered reaction, PerformPromiseThen,
// PromiseResolve and NewPromiseCapability, and the two job bodies the
// microtask queue runs. A reaction whose handler is an AsyncFrame cell
// resumes that suspended async function (vm/Async.h). The constructor and
// the methods live in PromiseBuiltins.cpp.
//
//===----------------------------------------------------------------------===//
#include "builtins/Promise.h"

#include "vm/Async.h"
#include "vm/Jobs.h"

using namespace kiln;

void kiln::tracePromise(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
  PromiseCell *p = reinterpret_cast<PromiseCell *>(cell);
  marker.markValue(p->result);
  marker.markValue(p->firstReaction);
  marker.markValue(p->lastReaction);
}

namespace {

ValueArray *asRecord(KilnValue v) {
  return reinterpret_cast<ValueArray *>(asCell(v));
}

/// Queues a reaction job for every reaction of \p p (in registration
/// order) with \p argument and forgets them.
bool triggerReactions(Runtime &rt, PromiseCell *p, KilnValue argument,
                      bool rejected) {
  RootScope scope(rt.heap);
  scope.keep(p);
  scope.keep(argument);
  KilnValue reaction = p->firstReaction;
  scope.keep(reaction);
  p->firstReaction = KILN_VALUE_UNDEFINED;
  p->lastReaction = KILN_VALUE_UNDEFINED;
  JobKind kind =
      rejected ? JobKind::ReactionRejected : JobKind::ReactionFulfilled;
  // Records are reachable from the first through kReactionNext, which the
  // loop does not change, and enqueueing roots each one it queues.
  while (!isUndefined(reaction)) {
    if (!enqueueJob(rt, kind, reaction, argument))
      return false;
    reaction = asRecord(reaction)->values[kReactionNext];
  }
  return true;
}

/// Data of a resolving function (in its FunctionCell's env): the promise
/// and the flag shared by the resolve/reject pair.
enum ResolvingSlot : uint32_t {
  kResolvingPromise,
  kResolvingDone,
  kResolvingSize
};

/// The resolve (\p Reject false) and reject functions of a pair: the first
/// call of either settles the promise, later calls do nothing.
template <bool Reject>
KilnValue resolvingFunction(Runtime &rt, KilnValue callee, KilnValue,
                            const KilnValue *args, uint32_t argc, bool) {
  ValueArray *data = asRecord(asFunction(callee)->env);
  if (data->values[kResolvingDone] == KILN_VALUE_TRUE)
    return KILN_VALUE_UNDEFINED;
  data->values[kResolvingDone] = KILN_VALUE_TRUE;
  PromiseCell *p = asPromise(data->values[kResolvingPromise]);
  KilnValue value = argAt(args, argc, 0);
  if (!(Reject ? rejectPromise(rt, p, value) : resolvePromise(rt, p, value)))
    return KILN_VALUE_EXCEPTION;
  return KILN_VALUE_UNDEFINED;
}

/// GetCapabilitiesExecutor: stores resolve and reject in its env
/// [resolve, reject].
KilnValue capabilityExecutor(Runtime &rt, KilnValue callee, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  ValueArray *data = asRecord(asFunction(callee)->env);
  if (!isUndefined(data->values[0]) || !isUndefined(data->values[1]))
    return rt.raise(ErrorKind::TypeError,
                    "Promise executor has already been invoked with "
                    "non-undefined arguments");
  data->values[0] = argAt(args, argc, 0);
  data->values[1] = argAt(args, argc, 1);
  return KILN_VALUE_UNDEFINED;
}

} // namespace

bool kiln::isIntrinsicPromise(KilnValue v) {
  return isCallable(v) && asFunction(v)->native == promiseConstructor;
}

PromiseCell *kiln::newPromise(Runtime &rt, ObjectCell *proto) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  PromiseCell *p = rt.heap.allocate<PromiseCell>(CellKind::Promise);
  if (!p) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  p->object.shape = rt.rootShape();
  p->object.proto = proto ? proto : rt.prototype(Runtime::kPromisePrototype);
  p->result = KILN_VALUE_UNDEFINED;
  p->firstReaction = KILN_VALUE_UNDEFINED;
  p->lastReaction = KILN_VALUE_UNDEFINED;
  p->state = PromiseState::Pending;
  p->isHandled = false;
  return p;
}

bool kiln::fulfillPromise(Runtime &rt, PromiseCell *p, KilnValue value) {
  if (p->state != PromiseState::Pending)
    return true;
  p->state = PromiseState::Fulfilled;
  p->result = value;
  return triggerReactions(rt, p, value, false);
}

bool kiln::rejectPromise(Runtime &rt, PromiseCell *p, KilnValue reason) {
  if (p->state != PromiseState::Pending)
    return true;
  p->state = PromiseState::Rejected;
  p->result = reason;
  if (!p->isHandled)
    trackRejection(rt, promiseValue(p));
  return triggerReactions(rt, p, reason, true);
}

bool kiln::resolvePromise(Runtime &rt, PromiseCell *p, KilnValue resolution) {
  if (resolution == promiseValue(p)) {
    RootScope scope(rt.heap);
    scope.keep(p);
    KilnValue error =
        rt.errorFactory(rt, ErrorKind::TypeError,
                        "Chaining cycle detected for promise #<Promise>");
    if (isEmpty(error)) {
      rt.raiseOutOfMemory();
      return false;
    }
    return rejectPromise(rt, p, error);
  }
  if (!isObject(resolution))
    return fulfillPromise(rt, p, resolution);
  RootScope scope(rt.heap);
  scope.keep(p);
  scope.keep(resolution);
  KilnValue then = getProperty(
      rt, asObject(resolution),
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::then)), resolution);
  if (isException(then)) {
    KilnValue error = rt.takeException();
    return rejectPromise(rt, p, error);
  }
  if (!isCallable(then))
    return fulfillPromise(rt, p, resolution);
  return enqueueJob(rt, JobKind::ResolveThenable, promiseValue(p), resolution,
                    then);
}

bool kiln::createResolvingFunctions(Runtime &rt, PromiseCell *p,
                                    KilnValue &resolve, KilnValue &reject) {
  RootScope scope(rt.heap);
  scope.keep(p);
  ValueArray *data = ValueArray::create(rt.heap, kResolvingSize);
  if (!data) {
    rt.raiseOutOfMemory();
    return false;
  }
  data->values[kResolvingPromise] = promiseValue(p);
  data->values[kResolvingDone] = KILN_VALUE_FALSE;
  return newNativeClosurePair(rt, methodThunk<resolvingFunction<false>>,
                              methodThunk<resolvingFunction<true>>,
                              cellValue(data), resolve, reject);
}

bool kiln::performPromiseThen(Runtime &rt, PromiseCell *p,
                              KilnValue onFulfilled, KilnValue onRejected,
                              KilnValue capPromise, KilnValue capResolve,
                              KilnValue capReject) {
  RootScope scope(rt.heap);
  scope.keep(p);
  scope.keep(onFulfilled);
  scope.keep(onRejected);
  scope.keep(capPromise);
  scope.keep(capResolve);
  scope.keep(capReject);
  ValueArray *reaction = ValueArray::create(rt.heap, kReactionSize);
  if (!reaction) {
    rt.raiseOutOfMemory();
    return false;
  }
  reaction->values[kReactionNext] = KILN_VALUE_UNDEFINED;
  reaction->values[kReactionPromise] = capPromise;
  reaction->values[kReactionResolve] = capResolve;
  reaction->values[kReactionReject] = capReject;
  // Non-callable handlers mean "pass through" (undefined), except the
  // async frames that await installs.
  reaction->values[kReactionOnFulfilled] =
      isCallable(onFulfilled) || isInternalCell(onFulfilled)
          ? onFulfilled
          : KILN_VALUE_UNDEFINED;
  reaction->values[kReactionOnRejected] =
      isCallable(onRejected) || isInternalCell(onRejected)
          ? onRejected
          : KILN_VALUE_UNDEFINED;
  bool ok = true;
  switch (p->state) {
  case PromiseState::Pending:
    if (isUndefined(p->lastReaction))
      p->firstReaction = cellValue(reaction);
    else
      asRecord(p->lastReaction)->values[kReactionNext] = cellValue(reaction);
    p->lastReaction = cellValue(reaction);
    break;
  case PromiseState::Fulfilled:
    ok = enqueueJob(rt, JobKind::ReactionFulfilled, cellValue(reaction),
                    p->result);
    break;
  case PromiseState::Rejected:
    ok = enqueueJob(rt, JobKind::ReactionRejected, cellValue(reaction),
                    p->result);
    break;
  }
  p->isHandled = true;
  return ok;
}

PromiseCell *kiln::promiseResolveIntrinsic(Runtime &rt, KilnValue x) {
  RootScope scope(rt.heap);
  scope.keep(x);
  if (isPromise(x)) {
    KilnValue ctor = getProperty(
        rt, asObject(x),
        PropertyKey::fromName(rt.atomValue(PredefinedAtom::constructor)), x);
    if (isException(ctor))
      return nullptr;
    if (isIntrinsicPromise(ctor))
      return asPromise(x);
  }
  PromiseCell *p = newPromise(rt);
  if (!p)
    return nullptr;
  scope.keep(p);
  if (!resolvePromise(rt, p, x))
    return nullptr;
  return p;
}

bool kiln::newPromiseCapability(Runtime &rt, KilnValue constructor,
                                PromiseCapability *cap, bool withFunctions) {
  if (isEmpty(constructor) || isIntrinsicPromise(constructor)) {
    PromiseCell *p = newPromise(rt);
    if (!p)
      return false;
    KilnValue resolve = KILN_VALUE_UNDEFINED, reject = KILN_VALUE_UNDEFINED;
    if (withFunctions) {
      RootScope scope(rt.heap);
      scope.keep(p);
      if (!createResolvingFunctions(rt, p, resolve, reject))
        return false;
    }
    cap->promise = promiseValue(p);
    cap->resolve = resolve;
    cap->reject = reject;
    return true;
  }
  if (!isConstructor(constructor)) {
    rt.raise(ErrorKind::TypeError, "Promise capability constructor is not a "
                                   "constructor");
    return false;
  }
  RootScope scope(rt.heap);
  scope.keep(constructor);
  ValueArray *data = ValueArray::create(rt.heap, 2);
  if (!data) {
    rt.raiseOutOfMemory();
    return false;
  }
  data->values[0] = data->values[1] = KILN_VALUE_UNDEFINED;
  scope.keep(data);
  FunctionCell *executor =
      newNativeClosure(rt, methodThunk<capabilityExecutor>, cellValue(data), 2);
  if (!executor)
    return false;
  KilnValue arg = objectValue(&executor->object);
  scope.keep(arg);
  KilnValue promise =
      callFunction(rt, constructor, KILN_VALUE_UNDEFINED, &arg, 1, true);
  if (isException(promise))
    return false;
  if (!isCallable(data->values[0]) || !isCallable(data->values[1])) {
    rt.raise(ErrorKind::TypeError,
             "Promise resolve or reject function is not callable");
    return false;
  }
  cap->promise = promise;
  cap->resolve = data->values[0];
  cap->reject = data->values[1];
  return true;
}

KilnValue kiln::resolveCapability(Runtime &rt, const PromiseCapability &cap,
                                  KilnValue value, bool reject) {
  KilnValue fn = reject ? cap.reject : cap.resolve;
  if (isUndefined(fn)) {
    PromiseCell *p = asPromise(cap.promise);
    bool ok =
        reject ? rejectPromise(rt, p, value) : resolvePromise(rt, p, value);
    return ok ? KILN_VALUE_UNDEFINED : KILN_VALUE_EXCEPTION;
  }
  KilnValue r = callFunction(rt, fn, KILN_VALUE_UNDEFINED, &value, 1, false);
  return isException(r) ? r : KILN_VALUE_UNDEFINED;
}

bool kiln::runPromiseReactionJob(Runtime &rt, KilnValue reactionValue,
                                 KilnValue argument, bool rejected) {
  ValueArray *reaction = asRecord(reactionValue);
  KilnValue handler =
      reaction->values[rejected ? kReactionOnRejected : kReactionOnFulfilled];
  if (isInternalCell(handler))
    return resumeAsyncFrame(rt, handler, argument, rejected);
  RootScope scope(rt.heap);
  scope.keep(reactionValue);
  KilnValue result = argument;
  bool failed = rejected;
  if (!isUndefined(handler)) {
    result =
        callFunction(rt, handler, KILN_VALUE_UNDEFINED, &argument, 1, false);
    failed = isException(result);
    if (failed)
      result = rt.takeException();
  }
  PromiseCapability cap;
  cap.promise = reaction->values[kReactionPromise];
  if (isUndefined(cap.promise))
    return true;
  cap.resolve = reaction->values[kReactionResolve];
  cap.reject = reaction->values[kReactionReject];
  scope.keep(result);
  // An exception from a foreign capability's function escapes the job.
  return !isException(resolveCapability(rt, cap, result, failed));
}

bool kiln::runPromiseResolveThenableJob(Runtime &rt, KilnValue promise,
                                        KilnValue thenable, KilnValue then) {
  RootScope scope(rt.heap);
  KilnValue fns[2];
  if (!createResolvingFunctions(rt, asPromise(promise), fns[0], fns[1]))
    return false;
  scope.keep(fns[0]);
  scope.keep(fns[1]);
  KilnValue r = callFunction(rt, then, thenable, fns, 2, false);
  if (!isException(r))
    return true;
  KilnValue error = rt.takeException();
  scope.keep(error);
  return !isException(
      callFunction(rt, fns[1], KILN_VALUE_UNDEFINED, &error, 1, false));
}
