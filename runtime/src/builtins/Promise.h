//===- Promise.h - Promise objects and their abstract operations -*- C++
//-*-===//
//
// A Promise is a Promise cell: an ordinary object followed by the spec's
// internal slots — [[PromiseState]], [[PromiseResult]], the reactions
// registered while it is pending and [[PromiseIsHandled]]. The operations
// here are the spec's abstract operations (resolving functions, fulfil and
// reject with their reaction jobs, PerformPromiseThen, PromiseResolve,
// NewPromiseCapability) in the form the rest of the runtime calls them:
// the Promise built-ins, the microtask queue (vm/Jobs.cpp) and async
// functions (vm/Async.cpp), which register their suspended frame as the
// handler of a reaction instead of a pair of closures.
//
// A reaction record is an internal ValueArray (see ReactionSlot); its
// capability is either a promise that Kiln made itself and resolves
// directly (resolve/reject functions undefined), a foreign capability
// (a thenable-like object made by a subclass constructor, with its resolve
// and reject functions), or absent (an `await`). Reactions are kept in one
// list in registration order; each record holds both handlers, which is
// what the spec's two lists amount to.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_PROMISE_H
#define KILN_BUILTINS_PROMISE_H

#include "builtins/Builtins.h"

namespace kiln {

enum class PromiseState : uint8_t { Pending, Fulfilled, Rejected };

/// Layout: an ObjectCell, then the internal slots.
struct PromiseCell {
  ObjectCell object;
  /// The fulfilment value or rejection reason once settled; undefined
  /// while pending.
  KilnValue result;
  /// While pending: first and last reaction records (undefined when none).
  KilnValue firstReaction;
  KilnValue lastReaction;
  PromiseState state;
  /// [[PromiseIsHandled]]: some reaction was ever registered.
  bool isHandled;
  uint8_t reserved[6];
};

/// Slots of a reaction record (an internal ValueArray).
enum ReactionSlot : uint32_t {
  kReactionNext,
  /// The capability's promise (object), or undefined for none.
  kReactionPromise,
  /// The capability's resolve and reject functions, or undefined when the
  /// promise is a Kiln promise resolved directly.
  kReactionResolve,
  kReactionReject,
  /// Handlers: callables, undefined (pass the value through) or an
  /// AsyncFrame cell (resume the suspended async function).
  kReactionOnFulfilled,
  kReactionOnRejected,
  kReactionSize
};

inline bool isPromise(KilnValue v) {
  return isObject(v) && asCell(v)->kind == CellKind::Promise;
}
inline PromiseCell *asPromise(KilnValue v) {
  return reinterpret_cast<PromiseCell *>(asCell(v));
}
inline KilnValue promiseValue(PromiseCell *p) {
  return objectValue(&p->object);
}

/// A new pending promise whose prototype is \p proto (default
/// %Promise.prototype%); null after raising.
PromiseCell *newPromise(Runtime &rt, ObjectCell *proto = nullptr);
/// The spec's promise resolve function body (after the already-resolved
/// check): rejects a self-resolution, fulfils with a non-thenable and
/// queues a PromiseResolveThenableJob for a thenable. Errors of `then`'s
/// lookup reject \p p; false only when out of memory (exception pending).
bool resolvePromise(Runtime &rt, PromiseCell *p, KilnValue resolution);
/// FulfillPromise / RejectPromise: settle a pending promise and queue its
/// reactions; a no-op when \p p is already settled. False on OOM.
bool fulfillPromise(Runtime &rt, PromiseCell *p, KilnValue value);
bool rejectPromise(Runtime &rt, PromiseCell *p, KilnValue reason);
/// CreateResolvingFunctions(p): \p resolve and \p reject share one
/// already-resolved flag. False after raising.
bool createResolvingFunctions(Runtime &rt, PromiseCell *p, KilnValue &resolve,
                              KilnValue &reject);
/// PerformPromiseThen(p, onFulfilled, onRejected, capability): the
/// capability is \p capPromise (undefined for none) with \p capResolve /
/// \p capReject (undefined for a Kiln promise resolved directly). False
/// on OOM.
bool performPromiseThen(Runtime &rt, PromiseCell *p, KilnValue onFulfilled,
                        KilnValue onRejected, KilnValue capPromise,
                        KilnValue capResolve = KILN_VALUE_UNDEFINED,
                        KilnValue capReject = KILN_VALUE_UNDEFINED);
/// PromiseResolve(%Promise%, x): \p x itself when it is a promise whose
/// `constructor` is %Promise%, else a new promise resolved with \p x.
/// Null after raising.
PromiseCell *promiseResolveIntrinsic(Runtime &rt, KilnValue x);

/// A promise capability: a promise object and its resolve and reject
/// functions (undefined for a Kiln promise, which is resolved directly).
struct PromiseCapability {
  KilnValue promise = KILN_VALUE_UNDEFINED;
  KilnValue resolve = KILN_VALUE_UNDEFINED;
  KilnValue reject = KILN_VALUE_UNDEFINED;
};
/// NewPromiseCapability(C): a Kiln promise when \p constructor is
/// %Promise% or EMPTY (with resolving functions only if \p withFunctions, for
/// callers that hand them to user code), else `new C(executor)`. The
/// caller roots the values (keepCapability). False after raising.
bool newPromiseCapability(Runtime &rt, KilnValue constructor,
                          PromiseCapability *cap, bool withFunctions = false);
inline void keepCapability(RootScope &scope, const PromiseCapability &cap) {
  scope.keep(cap.promise);
  scope.keep(cap.resolve);
  scope.keep(cap.reject);
}
/// Calls the capability's resolve (or reject) with \p value: EXCEPTION
/// after raising, else undefined.
KilnValue resolveCapability(Runtime &rt, const PromiseCapability &cap,
                            KilnValue value, bool reject);
/// PromiseResolve(C, x) for any constructor: \p out is \p x when it is a
/// promise whose `constructor` is C, else a new C-promise resolved with x.
/// False after raising.
bool promiseResolveWith(Runtime &rt, KilnValue constructor, KilnValue x,
                        KilnValue &out);
/// Whether \p v is %Promise% (the constructor Builtins.def installs).
bool isIntrinsicPromise(KilnValue v);
/// SpeciesConstructor(object, %Promise%), with EMPTY standing for %Promise%
/// (which the capability and PromiseResolve functions accept); false after
/// raising.
bool speciesConstructor(Runtime &rt, KilnValue object, KilnValue &out);

/// A native function with captured data \p env (an internal cell value),
/// `length` \p length and the empty name; null after raising.
FunctionCell *newNativeClosure(Runtime &rt, NativeFunction native,
                               KilnValue env, uint32_t length);
/// Two native closures sharing the data \p env, each of `length` 1: a
/// resolve/reject or then/catch pair. False after raising.
bool newNativeClosurePair(Runtime &rt, NativeFunction first,
                          NativeFunction second, KilnValue env,
                          KilnValue &firstOut, KilnValue &secondOut);
/// Invoke(target, name, args): calls target[name] with this = target.
KilnValue invokeMethod(Runtime &rt, KilnValue target, KilnValue name,
                       const KilnValue *args, uint32_t argc);

/// Defines the global AggregateError (after Error.prototype exists); false
/// on OOM.
bool installAggregateError(VM &vm);

/// Jobs the microtask queue runs (vm/Jobs.cpp). False when the job itself
/// failed beyond what the spec turns into a rejection (OOM), with the
/// exception pending.
bool runPromiseReactionJob(Runtime &rt, KilnValue reaction, KilnValue argument,
                           bool rejected);
bool runPromiseResolveThenableJob(Runtime &rt, KilnValue promise,
                                  KilnValue thenable, KilnValue then);

} // namespace kiln

#endif // KILN_BUILTINS_PROMISE_H
