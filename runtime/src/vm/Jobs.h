//===- Jobs.h - The microtask queue -----------------------------*- C++ -*-===//
//
// The VM's job queue: the spec's HostEnqueuePromiseJob and
// queueMicrotask's jobs, run first in, first out by drainJobs after the
// script body (and, in the server, after each handler call), plus the
// HostPromiseRejectionTracker list of promises rejected without a handler.
// Each queued job is three values and a kind; the queue's storage is
// malloc'd and marked by a root callback, so queued values need no other
// root.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_VM_JOBS_H
#define KILN_VM_JOBS_H

#include "vm/VM.h"

namespace kiln {

enum class JobKind : uint32_t {
  /// PromiseReactionJob: a = reaction record, b = argument.
  ReactionFulfilled,
  ReactionRejected,
  /// PromiseResolveThenableJob: a = promise, b = thenable, c = then.
  ResolveThenable,
  /// queueMicrotask: a = the callback, called with no arguments.
  Callback,
};

/// Appends a job; false after raising out of memory.
bool enqueueJob(Runtime &rt, JobKind kind, KilnValue a,
                KilnValue b = KILN_VALUE_UNDEFINED,
                KilnValue c = KILN_VALUE_UNDEFINED);
/// HostPromiseRejectionTracker(promise, "reject"): \p promise was rejected
/// with no handler. A handler added later marks it handled; drainJobs
/// reports those still unhandled once the queue is empty.
void trackRejection(Runtime &rt, KilnValue promise);
/// Runs queued jobs until none is left, then reports the first promise
/// still rejected without a handler ("Uncaught (in promise) ..."). Returns
/// KILN_VM_OK, or KILN_VM_UNCAUGHT after printing an exception that
/// escaped a queueMicrotask callback (the rest of the queue stays queued)
/// or an unhandled rejection. Does nothing when called while draining.
int drainJobs(VM &vm);
/// drainJobs for a module body with top-level await that returned
/// \p promise: its rejection is reported as an uncaught exception
/// ("Uncaught ...", KILN_VM_UNCAUGHT), and so is a promise still pending
/// once no job is left (the await can never resume). On success \p value
/// receives the promise's fulfillment value (\p promise itself if it is
/// not a promise).
int drainForTopLevel(VM &vm, KilnValue promise, KilnValue *value);
/// Whether jobs are waiting.
bool hasPendingJobs(VM &vm);
/// Frees the queue (VM teardown).
void destroyJobQueue(VM &vm);

} // namespace kiln

#endif // KILN_VM_JOBS_H
