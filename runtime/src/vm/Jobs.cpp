//===- Jobs.cpp - The microtask queue and unhandled rejections ------------===//
//
// The VM's FIFO of jobs (promise reaction jobs, PromiseResolveThenableJobs
// and queueMicrotask callbacks), drained by kiln_vm_drain_microtasks and at
// the end of kiln_vm_run_script, and the list behind the spec's
// HostPromiseRejectionTracker: every promise rejected while it had no
// handler is remembered, and once the queue is empty the first one still
// without a handler is reported as "Uncaught (in promise) ..." — the point
// at which node reports it too. The queue is a malloc'd array consumed from
// `head`, reset whenever it empties; a root callback marks the waiting jobs
// and the rejected promises.
//
//===----------------------------------------------------------------------===//
#include "vm/Jobs.h"

#include "builtins/Promise.h"
#include "kiln/VM.h"
#include "support/PodVector.h"

#include <new>
#include <stdlib.h>
#include <unistd.h>

using namespace kiln;

namespace kiln {

struct Job {
  KilnValue a, b, c;
  JobKind kind;
};

struct JobQueue {
  PodVector<Job> jobs;
  /// Index of the next job to run; jobs before it are done.
  size_t head = 0;
  /// Promises rejected while unhandled (HostPromiseRejectionTracker).
  PodVector<KilnValue> rejected;
  bool draining = false;
};

} // namespace kiln

namespace {

void markJobs(Marker &marker, void *context) {
  JobQueue *q = static_cast<JobQueue *>(context);
  for (size_t i = q->head; i < q->jobs.size(); ++i) {
    marker.markValue(q->jobs[i].a);
    marker.markValue(q->jobs[i].b);
    marker.markValue(q->jobs[i].c);
  }
  marker.markValues(q->rejected.data(), q->rejected.size());
}

JobQueue *queueOf(Runtime &rt) {
  VM *vm = vmOf(rt);
  if (!vm)
    return nullptr;
  if (vm->jobs)
    return vm->jobs;
  void *memory = malloc(sizeof(JobQueue));
  if (!memory)
    return nullptr;
  JobQueue *q = new (memory) JobQueue();
  if (!rt.heap.addRootCallback(markJobs, q)) {
    q->~JobQueue();
    free(q);
    return nullptr;
  }
  vm->jobs = q;
  return q;
}

/// Whether \p promise is still rejected and unhandled.
bool stillUnhandled(KilnValue promise) {
  PromiseCell *p = asPromise(promise);
  return p->state == PromiseState::Rejected && !p->isHandled;
}

bool runJob(Runtime &rt, const Job &job) {
  switch (job.kind) {
  case JobKind::ReactionFulfilled:
  case JobKind::ReactionRejected:
    return runPromiseReactionJob(rt, job.a, job.b,
                                 job.kind == JobKind::ReactionRejected);
  case JobKind::ResolveThenable:
    return runPromiseResolveThenableJob(rt, job.a, job.b, job.c);
  case JobKind::Callback:
    return !isException(
        callFunction(rt, job.a, KILN_VALUE_UNDEFINED, nullptr, 0, false));
  }
  return true;
}

} // namespace

bool kiln::enqueueJob(Runtime &rt, JobKind kind, KilnValue a, KilnValue b,
                      KilnValue c) {
  JobQueue *q = queueOf(rt);
  if (!q || !q->jobs.push(Job{a, b, c, kind})) {
    rt.raiseOutOfMemory();
    return false;
  }
  return true;
}

void kiln::trackRejection(Runtime &rt, KilnValue promise) {
  JobQueue *q = queueOf(rt);
  if (!q)
    return;
  // Promises handled since they were listed are dropped whenever the list
  // doubles, so it stays proportional to the unhandled ones.
  if (q->rejected.size() >= 64 &&
      (q->rejected.size() & (q->rejected.size() - 1)) == 0) {
    size_t kept = 0;
    for (size_t i = 0; i < q->rejected.size(); ++i)
      if (stillUnhandled(q->rejected[i]))
        q->rejected[kept++] = q->rejected[i];
    q->rejected.truncate(kept);
  }
  q->rejected.push(promise);
}

bool kiln::hasPendingJobs(VM &vm) {
  return vm.jobs && vm.jobs->head < vm.jobs->jobs.size();
}

int kiln::drainJobs(VM &vm) {
  Runtime &rt = *vm.rt;
  JobQueue *q = vm.jobs;
  if (!q || q->draining)
    return KILN_VM_OK;
  q->draining = true;
  int status = KILN_VM_OK;
  while (q->head < q->jobs.size()) {
    if (vm.interruptRequested) {
      // A promise chain that keeps queueing jobs has no back edge to
      // stop at: the interrupt is honoured between jobs too, and drops
      // the jobs still queued (they belong to the interrupted work).
      // The host that interrupted reports it (see VM::interruptsTaken).
      vm.interruptRequested = false;
      ++vm.interruptsTaken;
      q->jobs.clear();
      q->head = 0;
      status = KILN_VM_UNCAUGHT;
      break;
    }
    Job job = q->jobs[q->head++];
    RootScope scope(rt.heap);
    scope.keep(job.a);
    scope.keep(job.b);
    scope.keep(job.c);
    if (q->head == q->jobs.size()) {
      q->jobs.clear();
      q->head = 0;
    }
    if (!runJob(rt, job)) {
      reportUncaught(rt, rt.takeException());
      status = KILN_VM_UNCAUGHT;
      break;
    }
  }
  q->draining = false;
  if (status != KILN_VM_OK)
    return status;
  for (size_t i = 0; i < q->rejected.size(); ++i) {
    KilnValue promise = q->rejected[i];
    if (!stillUnhandled(promise))
      continue;
    q->rejected.clear();
    reportUncaught(rt, asPromise(promise)->result, "Uncaught (in promise) ");
    return KILN_VM_UNCAUGHT;
  }
  q->rejected.clear();
  return KILN_VM_OK;
}

int kiln::drainForTopLevel(VM &vm, KilnValue promise, KilnValue *value) {
  Runtime &rt = *vm.rt;
  *value = promise;
  if (!isPromise(promise))
    return drainJobs(vm);
  RootScope scope(rt.heap);
  scope.keep(promise);
  PromiseCell *p = asPromise(promise);
  p->isHandled = true;
  int status = drainJobs(vm);
  if (status != KILN_VM_OK)
    return status;
  if (p->state == PromiseState::Rejected) {
    reportUncaught(rt, p->result);
    return KILN_VM_UNCAUGHT;
  }
  if (p->state == PromiseState::Pending) {
    static const char kMessage[] =
        "error: the module's top-level await never settles\n";
    if (write(2, kMessage, sizeof kMessage - 1) < 0)
      return KILN_VM_UNCAUGHT;
    return KILN_VM_UNCAUGHT;
  }
  *value = p->result;
  return KILN_VM_OK;
}

void kiln::destroyJobQueue(VM &vm) {
  if (!vm.jobs)
    return;
  vm.rt->heap.removeRootCallback(markJobs, vm.jobs);
  vm.jobs->~JobQueue();
  free(vm.jobs);
  vm.jobs = nullptr;
}

extern "C" int kiln_vm_drain_microtasks(KilnRuntime *krt) {
  VM *vm = vmOf(fromABI(krt));
  return vm ? drainJobs(*vm) : KILN_VM_OK;
}

extern "C" int kiln_vm_promise_state(KilnRuntime *, KilnValue value,
                                     KilnValue *result) {
  if (!isPromise(value))
    return KILN_PROMISE_NOT_A_PROMISE;
  PromiseCell *p = asPromise(value);
  if (p->state == PromiseState::Pending)
    return KILN_PROMISE_PENDING;
  if (result)
    *result = p->result;
  if (p->state == PromiseState::Fulfilled)
    return KILN_PROMISE_FULFILLED;
  p->isHandled = true;
  return KILN_PROMISE_REJECTED;
}
