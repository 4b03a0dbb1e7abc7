//===- Config.h - Runtime debug and tuning switches -------------*- C++ -*-===//
//
// Every compile-time switch of the Kiln runtime lives here, so that a debug
// build differs from a release build in one visible place. Each switch can be
// overridden from the compiler command line (-DKILN_GC_STRESS=1); the values
// below are the defaults. Switches that tests need without a rebuild also have
// a run-time setter (HeapConfig::gcStress), whose default comes from here.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_CONFIG_H
#define KILN_CONFIG_H

/// When 1, the heap collects before every allocation. Slow; it makes a missing
/// root show up at the first allocation after it instead of once in a while.
#ifndef KILN_GC_STRESS
#define KILN_GC_STRESS 0
#endif

/// When 1, the collector checks heap invariants (cell sizes, free-list
/// membership, marks cleared) during every collection.
#ifndef KILN_GC_VERIFY
#define KILN_GC_VERIFY 0
#endif

/// Default per-heap allocation cap in bytes (live + garbage not yet
/// collected). An allocation that does not fit even after a collection fails
/// with an out-of-memory exception instead of aborting the process.
#ifndef KILN_DEFAULT_HEAP_LIMIT
#define KILN_DEFAULT_HEAP_LIMIT (256u * 1024u * 1024u)
#endif

/// Bytes allocated after which the first collection runs; later thresholds
/// grow with the live size (see Heap::collect).
#ifndef KILN_INITIAL_GC_THRESHOLD
#define KILN_INITIAL_GC_THRESHOLD (4u * 1024u * 1024u)
#endif

/// Capacity, in values, of each heap's root stack (reserved address space;
/// only the touched part is backed by memory).
#ifndef KILN_ROOT_STACK_CAPACITY
#define KILN_ROOT_STACK_CAPACITY (1u << 20)
#endif

/// Bytecode VM: the deepest call nesting before "Maximum call stack size
/// exceeded", and the values of the register stack all frames share.
#ifndef KILN_VM_MAX_FRAMES
#define KILN_VM_MAX_FRAMES 10000u
#endif
#ifndef KILN_VM_REGISTER_STACK_SIZE
#define KILN_VM_REGISTER_STACK_SIZE (1u << 20)
#endif

#endif // KILN_CONFIG_H
