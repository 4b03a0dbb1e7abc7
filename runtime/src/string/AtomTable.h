//===- AtomTable.h - Per-runtime table of interned strings ------*- C++ -*-===//
//
// Atoms are the interned strings used as property keys: for each distinct
// contents there is at most one atom per runtime, so key comparison is a
// pointer comparison. The table is an open-addressing hash set of flat string
// cells with a per-runtime random hash seed. It is weak: an atom that nothing
// else references is dropped by the collector (see sweepDead), so property
// names made from request data do not accumulate across requests; atoms the
// runtime itself needs forever are kept alive by the Runtime's permanent roots.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_STRING_ATOMTABLE_H
#define KILN_STRING_ATOMTABLE_H

#include "string/String.h"

namespace kiln {

class Heap;

class AtomTable {
public:
  explicit AtomTable(uint32_t seed) : seed_(seed) {}
  ~AtomTable();
  AtomTable(const AtomTable &) = delete;
  AtomTable &operator=(const AtomTable &) = delete;

  /// The atom with the contents of \p s (flattening it if needed): an
  /// existing atom, or \p s's flat form, which becomes the atom. Null on OOM.
  StringCell *intern(Runtime &rt, StringCell *s);
  /// The atom for Latin-1 \p chars, allocated only if not present yet.
  StringCell *intern(Runtime &rt, const uint8_t *chars, uint32_t length);
  StringCell *internAscii(Runtime &rt, const char *text);
  /// The existing atom for \p view, or null.
  StringCell *lookup(StringView view) const;

  uint32_t seed() const { return seed_; }
  uint32_t size() const { return count_; }

  /// Drops atoms the current collection did not mark (a WeakCallback).
  static void sweepDead(Heap &heap, void *table);

private:
  /// Slot of \p view's atom, or of the empty slot where it belongs.
  uint32_t findSlot(StringView view, uint32_t hash) const;
  bool insert(StringCell *atom, uint32_t hash);
  bool grow();

  /// Open-addressing slots: null (never used), a tombstone, or an atom.
  StringCell **slots_ = nullptr;
  uint32_t capacity_ = 0;
  uint32_t count_ = 0;
  uint32_t tombstones_ = 0;
  uint32_t seed_;
};

} // namespace kiln

#endif // KILN_STRING_ATOMTABLE_H
