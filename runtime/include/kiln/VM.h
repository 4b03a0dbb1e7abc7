//===- VM.h - Running bytecode modules: the C ABI ---------------*- C++ -*-===//
//
// The entry points of Kiln's bytecode virtual machine. A host (kilnc run,
// later the server) creates a KilnRuntime, hands the VM a serialized module
// (kiln/BytecodeFormat.h) and runs its top-level code. The VM verifies the
// module with the runtime's reader first and refuses a bad one. It installs
// the runtime's hooks (calls from the runtime into JavaScript, Error objects
// for runtime errors) and the global object with every builtin
// (runtime/src/builtins/Builtins.def, the Web APIs of runtime/src/web) on
// first use. Promise jobs run from the microtask queue, which
// kiln_vm_run_script drains and a host drains again after each call it
// makes into JavaScript (kiln_vm_drain_microtasks).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_VM_H
#define KILN_VM_H

#include "kiln/Runtime.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Exit statuses of kiln_vm_run_script.
enum {
  KILN_VM_OK = 0,
  /// An exception escaped the script; "Uncaught <Name>: <message>" and its
  /// stack were printed to stderr.
  KILN_VM_UNCAUGHT = 1,
  /// The module failed verification; the reader's message was printed.
  KILN_VM_INVALID_MODULE = 2,
};

/// Verifies the module in [bytes, bytes + size) and runs its top-level code
/// as a script, then drains the microtask queue (kiln_vm_drain_microtasks);
/// \p fileName names the source in stack traces. The bytes must stay valid
/// until the runtime is destroyed (functions keep pointing into them).
/// Returns one of the statuses above.
int kiln_vm_run_script(KilnRuntime *rt, const uint8_t *bytes, size_t size,
                       const char *fileName);

/// kiln_vm_run_script for an ES module whose namespace the host needs (the
/// server finds the handler in it): on KILN_VM_OK, \p exports receives the
/// module's namespace object (a null-prototype object of its exports; see
/// "Modules" in docs/language.md), or undefined for a classic script. The
/// host must root it (kiln_rt_push_root) before it allocates again.
int kiln_vm_run_module(KilnRuntime *rt, const uint8_t *bytes, size_t size,
                       const char *fileName, KilnValue *exports);

/// Runs queued microtasks (promise reactions, resumptions of async
/// functions, queueMicrotask callbacks) first in, first out until none is
/// left, including those they queue. Then, if a promise rejected without a
/// handler still has none, prints "Uncaught (in promise) <Name>: <message>"
/// and its stack to stderr and returns KILN_VM_UNCAUGHT; an exception
/// escaping a queueMicrotask callback is printed as "Uncaught ..." and
/// stops the drain (the remaining jobs stay queued) with the same status.
/// Otherwise KILN_VM_OK.
int kiln_vm_drain_microtasks(KilnRuntime *rt);

/// States of a promise for kiln_vm_promise_state.
enum {
  KILN_PROMISE_NOT_A_PROMISE = -1,
  KILN_PROMISE_PENDING = 0,
  KILN_PROMISE_FULFILLED = 1,
  KILN_PROMISE_REJECTED = 2,
};

/// The state of \p value if it is a Promise (else NOT_A_PROMISE); once
/// settled, \p result (if not null) receives its value or reason. Marks a
/// rejected promise handled, since the host takes care of the reason.
int kiln_vm_promise_state(KilnRuntime *rt, KilnValue value, KilnValue *result);

/// The flag that interrupts running JavaScript: once set (from any thread,
/// e.g. a watchdog), the VM raises "Script execution was interrupted" at
/// the next loop back edge or between two microtasks (dropping the queued
/// ones), and clears it.
/// Null on OOM.
volatile bool *kiln_vm_interrupt_flag(KilnRuntime *rt);

/// Writes the text console.log prints for \p value (a string as itself,
/// everything else as node's inspection does) to stdout with a newline.
void kiln_vm_print_value(KilnRuntime *rt, KilnValue value);

#ifdef __cplusplus
}
#endif

#endif // KILN_VM_H
