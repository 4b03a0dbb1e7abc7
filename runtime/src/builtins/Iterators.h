//===- Iterators.h - Built-in iterator objects ------------------*- C++ -*-===//
//
// Array, String, Map and Set iterators share one cell kind: an object (whose
// prototype is %ArrayIteratorPrototype%, %StringIteratorPrototype%, ...)
// plus what it iterates, its position and what it yields (keys, values or
// [key, value] entries). Their `next` methods and the iteration protocol's
// fast path (vm/Iteration.cpp) both step them with builtinIteratorStep.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_ITERATORS_H
#define KILN_BUILTINS_ITERATORS_H

#include "builtins/Builtins.h"

namespace kiln {

struct CollectionCell;

enum class IterationKind : uint8_t { Keys, Values, Entries };
enum class IteratedType : uint8_t { Array, String, Map, Set };

struct BuiltinIteratorCell {
  ObjectCell object;
  /// The array-like object, the string, or the collection table (an
  /// internal cell value); undefined once the iterator is exhausted.
  KilnValue target;
  /// Next element index, code-unit index, or table entry.
  uint32_t index;
  IteratedType type;
  IterationKind kind;
  uint16_t reserved;
};

/// The iterator \p v is when it is a built-in one of \p type, else null.
BuiltinIteratorCell *asBuiltinIterator(KilnValue v, IteratedType type);
/// A new iterator of \p type over \p target; EXCEPTION on OOM.
KilnValue newBuiltinIterator(Runtime &rt, IteratedType type, IterationKind kind,
                             KilnValue target, uint32_t index = 0);
/// A Map or Set iterator over \p c; EXCEPTION on OOM.
KilnValue newCollectionIterator(Runtime &rt, CollectionCell *c,
                                IterationKind kind);
/// The next value \p it yields, EMPTY when it is done, EXCEPTION on error
/// (a getter of an array-like threw, or OOM).
KilnValue builtinIteratorStep(Runtime &rt, BuiltinIteratorCell *it);
/// The next code point of \p string at \p index as a string (one or two
/// code units), advancing \p index; EMPTY at the end, EXCEPTION on OOM.
KilnValue stringIteratorStep(Runtime &rt, KilnValue string, uint32_t &index);

} // namespace kiln

#endif // KILN_BUILTINS_ITERATORS_H
