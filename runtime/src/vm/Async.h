//===- Async.h - Suspending and resuming async functions --------*- C++ -*-===//
//
// How the VM runs async functions (see "Async functions" in KIR.h). A call
// runs the function's frame on the register stack like any other, up to its
// first `await`. Await resolves the operand to a promise, copies the frame
// — the call window (callee, this, arguments), every register, the resume
// pc and the exception handler — into an AsyncFrame cell, registers that
// cell as the handler of a reaction on the promise and pops the frame as if
// it returned the function's promise. When the promise settles, the reaction
// job pushes a fresh frame for the function from the host (a window and
// registers copied back from the cell, returnsToHost set), continues at the
// resume pc, and ResumeValue yields the value or throws the reason. So a
// suspended function has no C++ or register-stack state, only its cell, and
// the VM's invariants (frames nest, bytecode calls never recurse in C++)
// hold. The function's promise is made lazily — at its first await, its
// return or its escaping exception — since nothing can observe it earlier.
// Native code will lower the same KIR to coroutines whose frames hold the
// same state.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_VM_ASYNC_H
#define KILN_VM_ASYNC_H

#include "vm/VM.h"

namespace kiln {

/// The saved state of a suspended async function: an internal cell.
struct AsyncFrameCell {
  GCCell header;
  VMFunction *fn;
  /// The function's promise (an object value).
  KilnValue promise;
  /// What the pending ResumeValue produces (or throws when resumeThrows).
  KilnValue resumeValue;
  uint32_t resumePc;
  uint32_t handler;
  uint32_t argc;
  uint32_t registerCount;
  bool resumeThrows;
  uint8_t reserved[7];
  /// The call window (2 + argc values), then the registers.
  KilnValue values[];
};

/// `await value` in the running frame \p frame (the top frame, an async
/// function): suspends it to continue at \p resumePc once
/// PromiseResolve(value) settles. Returns the function's promise, which the
/// interpreter hands to the caller as the frame's result when it pops the
/// frame; EXCEPTION (the frame stays running) when PromiseResolve threw.
KilnValue asyncAwait(VM &vm, Frame &frame, KilnValue value, uint32_t resumePc);
/// ResumeValue in \p frame: the awaited value, or EXCEPTION after throwing
/// the rejection reason.
KilnValue asyncResumeValue(VM &vm, Frame &frame);
/// The async function of \p frame returns \p result: resolves its promise
/// and returns the promise; EXCEPTION when out of memory.
KilnValue asyncReturn(VM &vm, Frame &frame, KilnValue result);
/// An exception escapes the async function of \p frame: takes it, rejects
/// the promise and returns the promise; EXCEPTION when out of memory.
KilnValue asyncThrow(VM &vm, Frame &frame);
/// The job of a reaction whose handler is the AsyncFrame cell \p frame:
/// resumes the function with \p argument as the awaited value (or thrown
/// reason when \p rejected) until it awaits again or finishes. False with
/// an exception pending only when the VM cannot continue (stack or memory
/// exhausted).
bool resumeAsyncFrame(Runtime &rt, KilnValue frame, KilnValue argument,
                      bool rejected);

} // namespace kiln

#endif // KILN_VM_ASYNC_H
