//===- Iteration.h - The iterator protocol inside the runtime ---*- C++ -*-===//
//
// GetIterator, IteratorStep/IteratorValue and IteratorClose as runtime
// functions over an iterator record, the internal cell behind KIR's
// get_iterator / iterator_step / iterator_value / iterator_close. Builtins
// that consume iterables (spread, Array.from, the Map and Set constructors)
// use the same functions, so every consumer follows the spec's protocol
// with the same fast paths: an unmodified array or string is walked
// directly, and a built-in iterator whose `next` is the original one is
// stepped without allocating result objects.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_VM_ITERATION_H
#define KILN_VM_ITERATION_H

#include "core/Runtime.h"

namespace kiln {

/// GetIterator(iterable, sync): an iterator record (an internal cell value)
/// or EXCEPTION ("x is not iterable", or what the @@iterator method threw).
KilnValue getIterator(Runtime &rt, KilnValue iterable);
/// GetIteratorFromMethod: the record for the iterator \p method returns.
KilnValue getIteratorFromMethod(Runtime &rt, KilnValue iterable,
                                KilnValue method);
/// The @@iterator method of \p v (GetMethod): undefined when it has none,
/// EXCEPTION when the lookup throws or the method is not callable.
KilnValue getIteratorMethod(Runtime &rt, KilnValue v);
/// IteratorStepValue: the next value, EMPTY when the iterator is done, or
/// EXCEPTION (then the iterator counts as done and must not be closed).
KilnValue iteratorStepValue(Runtime &rt, KilnValue record);
/// IteratorClose for a normal completion: TRUE, or EXCEPTION when `return`
/// throws or returns a non-object.
KilnValue iteratorClose(Runtime &rt, KilnValue record);
/// IteratorClose for a throw completion: calls `return` and drops what it
/// throws, keeping the exception pending when called; returns EXCEPTION.
KilnValue iteratorCloseOnThrow(Runtime &rt, KilnValue record);

} // namespace kiln

#endif // KILN_VM_ITERATION_H
