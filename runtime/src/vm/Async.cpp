//===- Async.cpp - Suspending and resuming async functions ----------------===//
//
// The VM side of async functions (the design is in Async.h): Await saves
// the running frame into its AsyncFrame cell and subscribes the cell to the
// awaited promise, a reaction job pushes the frame back from the host and
// interprets it from the resume pc, and return / an escaping exception
// settle the function's promise. The interpreter calls these from its
// Await, ResumeValue and return handlers and its unwinding loop.
//
//===----------------------------------------------------------------------===//
#include "vm/Async.h"

#include "builtins/Promise.h"

#include <string.h>

using namespace kiln;

void kiln::traceAsyncFrame(GCCell *cell, Marker &marker) {
  AsyncFrameCell *f = reinterpret_cast<AsyncFrameCell *>(cell);
  marker.markValue(f->promise);
  marker.markValue(f->resumeValue);
  marker.markValues(f->values, size_t(2) + f->argc + f->registerCount);
}

namespace {

/// The promise of \p frame's async function, made on first use; null
/// after raising.
PromiseCell *functionPromise(Runtime &rt, Frame &frame) {
  if (frame.async)
    return asPromise(frame.async->promise);
  return newPromise(rt);
}

} // namespace

KilnValue kiln::asyncAwait(VM &vm, Frame &frame, KilnValue value,
                           uint32_t resumePc) {
  Runtime &rt = *vm.rt;
  if (!(frame.fn->view.flags & bc::FunctionFlagAsync))
    return rt.raise(ErrorKind::TypeError,
                    "await is only valid in async functions");
  RootScope scope(rt.heap);
  PromiseCell *awaited = promiseResolveIntrinsic(rt, value);
  if (!awaited)
    return KILN_VALUE_EXCEPTION;
  scope.keep(awaited);
  uint32_t windowSize = 2 + frame.argc;
  uint32_t registerCount = frame.fn->view.registerCount;
  AsyncFrameCell *cell = frame.async;
  if (!cell) {
    PromiseCell *promise = newPromise(rt);
    if (!promise)
      return KILN_VALUE_EXCEPTION;
    scope.keep(promise);
    size_t bytes = sizeof(AsyncFrameCell) +
                   (size_t(windowSize) + registerCount) * sizeof(KilnValue);
    cell = rt.heap.allocate<AsyncFrameCell>(CellKind::AsyncFrame, bytes);
    if (!cell)
      return rt.raiseOutOfMemory();
    cell->fn = frame.fn;
    cell->promise = promiseValue(promise);
    cell->resumeValue = KILN_VALUE_UNDEFINED;
    cell->argc = frame.argc;
    cell->registerCount = registerCount;
    // The frame keeps the cell alive until it is popped; then the reaction
    // does.
    frame.async = cell;
  }
  memcpy(cell->values, frame.window, windowSize * sizeof(KilnValue));
  memcpy(cell->values + windowSize, frame.regs,
         registerCount * sizeof(KilnValue));
  cell->resumePc = resumePc;
  cell->handler = frame.handler;
  if (!performPromiseThen(rt, awaited, cellValue(cell), cellValue(cell),
                          KILN_VALUE_UNDEFINED))
    return KILN_VALUE_EXCEPTION;
  return cell->promise;
}

KilnValue kiln::asyncResumeValue(VM &vm, Frame &frame) {
  Runtime &rt = *vm.rt;
  AsyncFrameCell *cell = frame.async;
  if (!cell)
    return rt.raise(ErrorKind::TypeError,
                    "resume_value outside a resumed async function");
  KilnValue v = cell->resumeValue;
  cell->resumeValue = KILN_VALUE_UNDEFINED;
  if (cell->resumeThrows) {
    cell->resumeThrows = false;
    return rt.throwValue(v);
  }
  return v;
}

KilnValue kiln::asyncReturn(VM &vm, Frame &frame, KilnValue result) {
  Runtime &rt = *vm.rt;
  RootScope scope(rt.heap);
  scope.keep(result);
  PromiseCell *p = functionPromise(rt, frame);
  if (!p)
    return KILN_VALUE_EXCEPTION;
  scope.keep(p);
  if (!resolvePromise(rt, p, result))
    return KILN_VALUE_EXCEPTION;
  return promiseValue(p);
}

KilnValue kiln::asyncThrow(VM &vm, Frame &frame) {
  Runtime &rt = *vm.rt;
  RootScope scope(rt.heap);
  KilnValue error = rt.takeException();
  scope.keep(error);
  PromiseCell *p = functionPromise(rt, frame);
  if (!p)
    return KILN_VALUE_EXCEPTION;
  scope.keep(p);
  if (!rejectPromise(rt, p, error))
    return KILN_VALUE_EXCEPTION;
  return promiseValue(p);
}

bool kiln::resumeAsyncFrame(Runtime &rt, KilnValue frameValue,
                            KilnValue argument, bool rejected) {
  VM &vm = *rt.vm;
  AsyncFrameCell *cell = reinterpret_cast<AsyncFrameCell *>(asCell(frameValue));
  if (cell->header.kind != CellKind::AsyncFrame)
    return true;
  RootScope scope(rt.heap);
  scope.keep(frameValue);
  scope.keep(argument);
  uint32_t windowSize = 2 + cell->argc;
  uint32_t saved = vm.top;
  bool pushed = false;
  if (uint64_t(vm.top) + windowSize <= kRegisterStackSize) {
    KilnValue *window = vm.stack + vm.top;
    memcpy(window, cell->values, windowSize * sizeof(KilnValue));
    vm.top += windowSize;
    pushed = pushFrame(vm, cell->fn, window, cell->argc, false, 0, true);
    if (!pushed)
      vm.top = saved;
  } else {
    rt.raise(ErrorKind::RangeError, "Maximum call stack size exceeded");
  }
  if (!pushed) {
    // The function cannot continue: its promise rejects with the error.
    KilnValue error = rt.takeException();
    return rejectPromise(rt, asPromise(cell->promise), error);
  }
  Frame &frame = vm.frames[vm.depth - 1];
  frame.windowSlots = windowSize;
  memcpy(frame.regs, cell->values + windowSize,
         cell->registerCount * sizeof(KilnValue));
  frame.pc = cell->resumePc;
  frame.handler = cell->handler;
  frame.async = cell;
  cell->resumeValue = argument;
  cell->resumeThrows = rejected;
  return !isException(interpret(vm));
}
