//===- Collections.h - Map, Set, WeakMap and WeakSet ------------*- C++ -*-===//
//
// The keyed collections share one cell kind: an object plus an ordered hash
// table of entries compared with SameValueZero. The table keeps entries in
// insertion order (deleted ones leave a hole until the table is rebuilt) and
// chains them from hash buckets, so get/set/has/delete are O(1) on average.
// Rebuilding (growth, compaction, clear) makes a new table and leaves a
// forwarding link in the old one, which is how a live iterator or forEach
// keeps its place: its position in the old table maps to the number of live
// entries before it. WeakMap and WeakSet hold their keys strongly in this
// version (documented in docs/runtime.md); they only restrict which keys are
// allowed.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_COLLECTIONS_H
#define KILN_BUILTINS_COLLECTIONS_H

#include "builtins/Builtins.h"

namespace kiln {

enum class CollectionKind : uint8_t { Map, Set, WeakMap, WeakSet };

struct CollectionCell {
  ObjectCell object;
  /// The current table: an internal ValueArray cell value (never null).
  KilnValue table;
  CollectionKind kind;
  uint8_t reserved[7];
};

/// The collection of \p kind that \p v is, or null.
CollectionCell *asCollection(KilnValue v, CollectionKind kind);

/// A cursor over a collection's entries in insertion order that stays valid
/// while the collection changes: \p table is the table it started in (kept
/// rooted by the caller), \p index the next entry to look at. Returns false
/// at the end; otherwise the next live entry's key and value (undefined for
/// sets), with the cursor moved past it.
bool collectionNextEntry(KilnValue &table, uint32_t &index, KilnValue &key,
                         KilnValue &value);
/// Number of entries in the collection.
uint32_t collectionSize(const CollectionCell *c);

// --- The table (CollectionTable.cpp)
// ------------------------------------------ Keys are normalized first (-0
// becomes +0, numbers get one representation, strings are flattened), so every
// function here may allocate; they root their arguments.

/// A new, empty table as an internal cell value; EXCEPTION on OOM.
KilnValue newCollectionTable(Runtime &rt);
/// The value stored under \p key (undefined for sets), EMPTY when absent,
/// EXCEPTION on OOM.
KilnValue collectionGet(Runtime &rt, CollectionCell *c, KilnValue key);
/// Adds or replaces the entry of \p key: TRUE or EXCEPTION.
KilnValue collectionSet(Runtime &rt, CollectionCell *c, KilnValue key,
                        KilnValue value);
/// Removes the entry of \p key: TRUE when there was one, FALSE when not,
/// EXCEPTION on OOM.
KilnValue collectionDelete(Runtime &rt, CollectionCell *c, KilnValue key);
/// Removes every entry: TRUE or EXCEPTION.
KilnValue collectionClear(Runtime &rt, CollectionCell *c);

} // namespace kiln

#endif // KILN_BUILTINS_COLLECTIONS_H
