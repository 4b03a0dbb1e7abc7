//===- HeapTest.cpp - Unit tests of the garbage-collected heap ------------===//
//
// Checks what the rest of the runtime relies on from Heap: every unreachable
// cell is reclaimed (counted in cells and bytes), everything reachable from
// the root stack, root ranges and root callbacks survives, cycles are handled
// both ways, weak callbacks see the marks, the allocation cap fails softly,
// and GC-stress mode collects on every allocation without losing rooted data.
//
//===----------------------------------------------------------------------===//
#include "gc/Heap.h"

#include <gtest/gtest.h>

using namespace kiln;

namespace {

KilnValue cellValue(void *p) { return makePointer(KILN_TAG_CELL, p); }

/// Builds a singly linked chain of \p n two-slot arrays: slot 0 holds the
/// next link, slot 1 an int. Returns the head; rooted only via \p scope.
ValueArray *makeChain(Heap &heap, RootScope &scope, int n) {
  ValueArray *head = nullptr;
  for (int i = 0; i < n; ++i) {
    ValueArray *node = scope.keep(ValueArray::create(heap, 2));
    EXPECT_NE(node, nullptr);
    node->values[0] = head ? cellValue(head) : KILN_VALUE_NULL;
    node->values[1] = makeInt32(i);
    head = node;
  }
  return head;
}

TEST(Heap, UnreachableCellsAreReclaimed) {
  Heap heap;
  for (int i = 0; i < 10000; ++i)
    ASSERT_NE(ValueArray::create(heap, uint32_t(i % 40)), nullptr);
  EXPECT_EQ(heap.stats().allocatedCells, 10000u);
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 0u)
      << "expected no live cells after collecting an unrooted heap";
  EXPECT_EQ(heap.stats().allocatedBytes, 0u);
}

TEST(Heap, EmptySegmentsAreUnmapped) {
  Heap heap;
  for (int i = 0; i < 100000; ++i)
    ASSERT_NE(ValueArray::create(heap, 4), nullptr);
  size_t mappedBefore = heap.stats().mappedBytes;
  heap.collect();
  // At most the one current segment of the size class stays mapped, and
  // a bounded number of freed ones is kept for reuse.
  EXPECT_LE(heap.stats().mappedBytes, 256u * 1024u)
      << "mapped before: " << mappedBefore;
  EXPECT_LE(heap.stats().retainedBytes, 8u * 1024u * 1024u);
}

TEST(Heap, RootStackKeepsChainAlive) {
  Heap heap;
  RootScope scope(heap);
  ValueArray *head = nullptr;
  {
    RootScope inner(heap);
    head = makeChain(heap, inner, 1000);
  }
  // No allocation happened since the inner scope ended: head is still valid.
  scope.keep(head);
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 1000u)
      << "the whole chain is reachable from its rooted head";
  int expected = 999;
  for (ValueArray *n = head; n;
       n = isNull(n->values[0])
               ? nullptr
               : reinterpret_cast<ValueArray *>(asCell(n->values[0]))) {
    ASSERT_EQ(asInt32(n->values[1]), expected) << "chain contents survived";
    --expected;
  }
  EXPECT_EQ(expected, -1);
}

TEST(Heap, PoppedRootsAreCollected) {
  Heap heap;
  {
    RootScope scope(heap);
    makeChain(heap, scope, 500);
    heap.collect();
    EXPECT_EQ(heap.stats().allocatedCells, 500u);
  }
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 0u);
}

TEST(Heap, ReachableCycleSurvivesUnreachableCycleIsFreed) {
  Heap heap;
  RootScope scope(heap);
  ValueArray *a = scope.keep(ValueArray::create(heap, 1));
  ValueArray *b = scope.keep(ValueArray::create(heap, 1));
  a->values[0] = cellValue(b);
  b->values[0] = cellValue(a);
  {
    RootScope inner(heap);
    ValueArray *c = inner.keep(ValueArray::create(heap, 1));
    ValueArray *d = inner.keep(ValueArray::create(heap, 1));
    c->values[0] = cellValue(d);
    d->values[0] = cellValue(c);
  }
  heap.popRootsTo(heap.rootDepth() - 1); // drop b's root: reachable via a
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 2u)
      << "the rooted cycle a<->b survives, the unrooted c<->d does not";
  EXPECT_EQ(asCell(a->values[0]), reinterpret_cast<GCCell *>(b));
  EXPECT_EQ(asCell(b->values[0]), reinterpret_cast<GCCell *>(a));
}

TEST(Heap, DeepGraphDoesNotOverflowTheStack) {
  Heap heap;
  RootScope scope(heap);
  ValueArray *head = makeChain(heap, scope, 200000);
  heap.popRootsTo(0);
  scope.keep(head);
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 200000u);
}

TEST(Heap, RootRangesAndCallbacks) {
  Heap heap;
  KilnValue globals[3] = {KILN_VALUE_UNDEFINED, makeInt32(7),
                          KILN_VALUE_UNDEFINED};
  ASSERT_TRUE(heap.addRootRange(globals, 3));
  globals[0] = cellValue(ValueArray::create(heap, 3));
  static KilnValue fromCallback;
  fromCallback = cellValue(ValueArray::create(heap, 5));
  auto markIt = [](Marker &m, void *ctx) {
    m.markValue(*static_cast<KilnValue *>(ctx));
  };
  ASSERT_TRUE(heap.addRootCallback(markIt, &fromCallback));
  ValueArray::create(heap, 2); // garbage
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 2u)
      << "the range's array and the callback's array survive";
  heap.removeRootRange(globals);
  heap.removeRootCallback(markIt, &fromCallback);
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 0u);
}

TEST(Heap, WeakCallbackSeesMarks) {
  Heap heap;
  RootScope scope(heap);
  struct Table {
    GCCell *entries[2];
    int cleared = 0;
  } table;
  table.entries[0] =
      reinterpret_cast<GCCell *>(scope.keep(ValueArray::create(heap, 1)));
  table.entries[1] = reinterpret_cast<GCCell *>(ValueArray::create(heap, 1));
  auto sweepTable = [](Heap &, void *ctx) {
    auto *t = static_cast<Table *>(ctx);
    for (GCCell *&e : t->entries)
      if (e && !Heap::isMarked(e)) {
        e = nullptr;
        t->cleared++;
      }
  };
  ASSERT_TRUE(heap.addWeakCallback(sweepTable, &table));
  heap.collect();
  EXPECT_NE(table.entries[0], nullptr) << "rooted entry kept";
  EXPECT_EQ(table.entries[1], nullptr) << "unreachable entry dropped";
  EXPECT_EQ(table.cleared, 1);
  heap.removeWeakCallback(sweepTable, &table);
}

TEST(Heap, FreedCellsAreReused) {
  Heap heap;
  for (int i = 0; i < 1000; ++i)
    ValueArray::create(heap, 6);
  heap.collect();
  size_t mapped = heap.stats().mappedBytes;
  for (int round = 0; round < 20; ++round) {
    for (int i = 0; i < 1000; ++i)
      ValueArray::create(heap, 6);
    heap.collect();
  }
  EXPECT_EQ(heap.stats().mappedBytes, mapped)
      << "allocating the same amount again reuses freed cells";
}

TEST(Heap, LargeCellsAreReclaimed) {
  Heap heap;
  {
    RootScope scope(heap);
    ValueArray *big = scope.keep(ValueArray::create(heap, 100000));
    ASSERT_NE(big, nullptr);
    EXPECT_EQ(big->values[99999], KILN_VALUE_UNDEFINED);
    big->reserved = 77; // must not survive into a reuse of the mapping
    heap.collect();
    EXPECT_EQ(heap.stats().allocatedCells, 1u);
    EXPECT_GE(heap.stats().allocatedBytes, 800000u);
  }
  heap.collect();
  EXPECT_EQ(heap.stats().allocatedCells, 0u);
  EXPECT_EQ(heap.stats().mappedBytes, 0u) << "the large mapping is returned";
  EXPECT_EQ(heap.stats().retainedBytes, 802816u) << "and kept for reuse";
  // The next cell of about that size reuses it, zeroed.
  {
    RootScope scope(heap);
    ValueArray *again = scope.keep(ValueArray::create(heap, 99000));
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(heap.stats().retainedBytes, 0u);
    EXPECT_EQ(again->values[98999], KILN_VALUE_UNDEFINED);
    EXPECT_EQ(again->reserved, 0u);
  }
  // Freed mappings beyond the retention limit are returned.
  for (int i = 0; i < 20; ++i) {
    RootScope scope(heap);
    for (int j = 0; j < 4; ++j)
      ASSERT_NE(scope.keep(ValueArray::create(heap, 100000 + 1000 * j)),
                nullptr);
    heap.collect();
  }
  heap.collect();
  EXPECT_LE(heap.stats().retainedBytes, 8u * 1024u * 1024u);
}

TEST(Heap, AllocationCapFailsSoftly) {
  HeapConfig config;
  config.limitBytes = 1 << 20;
  Heap heap(config);
  RootScope scope(heap);
  int allocated = 0;
  ValueArray *last = nullptr;
  while ((last = ValueArray::create(heap, 30)) != nullptr) {
    scope.keep(last);
    ++allocated;
    ASSERT_LT(allocated, 1 << 20) << "the cap must stop allocation";
  }
  EXPECT_TRUE(heap.outOfMemory());
  EXPECT_LE(heap.stats().allocatedBytes, size_t(1) << 20);
  EXPECT_GT(allocated, 1000) << "most of the cap is usable";
  // Dropping the roots makes room again.
  heap.popRootsTo(0);
  heap.clearOutOfMemory();
  EXPECT_NE(ValueArray::create(heap, 30), nullptr);
  EXPECT_FALSE(heap.outOfMemory());
  // A single allocation larger than the cap fails without aborting.
  EXPECT_EQ(ValueArray::create(heap, 1 << 20), nullptr);
  EXPECT_TRUE(heap.outOfMemory());
}

TEST(Heap, StressModeCollectsOnEveryAllocation) {
  HeapConfig config;
  config.gcStress = true;
  Heap heap(config);
  RootScope scope(heap);
  ValueArray *head = makeChain(heap, scope, 300);
  EXPECT_GE(heap.stats().collections, 300u)
      << "one collection per allocation in stress mode";
  heap.popRootsTo(0);
  scope.keep(head);
  ValueArray::create(heap, 1); // collects first, then allocates
  EXPECT_EQ(heap.stats().allocatedCells, 301u);
  int count = 0;
  for (ValueArray *n = head; n;
       n = isNull(n->values[0])
               ? nullptr
               : reinterpret_cast<ValueArray *>(asCell(n->values[0])))
    ++count;
  EXPECT_EQ(count, 300);
}

TEST(Heap, HeapsAreIndependent) {
  Heap a, b;
  RootScope scope(a);
  scope.keep(ValueArray::create(a, 1));
  ValueArray::create(b, 1);
  b.collect();
  a.collect();
  EXPECT_EQ(a.stats().allocatedCells, 1u);
  EXPECT_EQ(b.stats().allocatedCells, 0u);
}

} // namespace
