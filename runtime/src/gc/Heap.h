//===- Heap.h - Per-worker garbage-collected heap ---------------*- C++ -*-===//
//
// A Heap owns every garbage-collected cell of one worker thread: there is no
// global allocator state, so heaps on different threads never share anything.
// Small cells come from size-segregated free lists over 256 KiB segments
// obtained with mmap (bump allocation in a segment's untouched tail, then the
// free lists that sweeping rebuilds); large cells get their own mapping. The
// collector is a non-moving tracing mark-sweep: it marks from the roots (the
// root stack, registered root ranges and root callbacks) with an explicit
// mark stack, lets weak tables drop unmarked entries, and sweeps. Native code
// holds raw cell pointers, which stay valid while their cell is reachable.
// Each heap has an allocation cap: an allocation that does not fit even after
// a collection returns null and sets the out-of-memory flag, which the caller
// turns into a catchable exception.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_GC_HEAP_H
#define KILN_GC_HEAP_H

#include "kiln/Cell.h"
#include "kiln/Config.h"
#include "kiln/Value.h"
#include "support/PodVector.h"

#include <stddef.h>
#include <stdint.h>

namespace kiln {

class Heap;

struct HeapConfig {
  /// Maximum bytes of cells (live or not yet collected) at any time.
  size_t limitBytes = KILN_DEFAULT_HEAP_LIMIT;
  /// Allocated bytes that trigger the first collection.
  size_t initialThreshold = KILN_INITIAL_GC_THRESHOLD;
  /// Collect before every allocation (see Config.h).
  bool gcStress = KILN_GC_STRESS;
};

struct HeapStats {
  /// Cells and bytes currently allocated (live or garbage not yet swept).
  size_t allocatedCells = 0;
  size_t allocatedBytes = 0;
  /// Cells and bytes that survived the last collection.
  size_t liveCellsAfterGC = 0;
  size_t liveBytesAfterGC = 0;
  size_t collections = 0;
  /// Address space currently mapped for cells (segments + large blocks).
  size_t mappedBytes = 0;
  /// Freed segments and large blocks kept mapped for reuse (not included
  /// in mappedBytes; at most kRetainedLimit): reusing them saves the page
  /// faults of fresh mappings when a program allocates in waves.
  size_t retainedBytes = 0;
};

/// Marks cells reachable from the values and cells it is given. Tracers of
/// cell kinds (trace##Kind in CellKinds.def) call it for each reference.
class Marker {
public:
  Marker() = default;
  void markCell(GCCell *cell);
  void markValue(KilnValue v) {
    if (isPointer(v))
      markCell(asCell(v));
  }
  void markValues(const KilnValue *values, size_t count) {
    for (size_t i = 0; i < count; ++i)
      markValue(values[i]);
  }
  /// Traces everything pushed so far, transitively.
  void drain();

private:
  PodVector<GCCell *> stack_;
};

#define KILN_TRACED_CELL(Name) void trace##Name(GCCell *cell, Marker &marker);
#include "kiln/CellKinds.def"

using RootCallback = void (*)(Marker &marker, void *context);
/// Called after marking, before sweeping; must not allocate. It drops
/// entries whose cells are unmarked (Heap::isMarked) from weak tables.
using WeakCallback = void (*)(Heap &heap, void *context);

class Heap {
public:
  explicit Heap(const HeapConfig &config = HeapConfig());
  ~Heap();
  Heap(const Heap &) = delete;
  Heap &operator=(const Heap &) = delete;

  /// Allocates a cell of \p bytes (header included) with its header set and
  /// the rest zeroed. May collect first, so every cell the caller still needs
  /// must be rooted. Returns null, and sets outOfMemory(), when the cell does
  /// not fit under the cap even after a collection.
  GCCell *allocate(CellKind kind, size_t bytes);
  template <typename T> T *allocate(CellKind kind, size_t bytes = sizeof(T)) {
    return reinterpret_cast<T *>(allocate(kind, bytes));
  }

  /// Runs a full collection now.
  void collect();

  // --- Roots ---------------------------------------------------------------

  /// Pushes \p v onto the root stack; the returned slot stays at the same
  /// address (and keeps its value alive) until popped. Aborts on overflow of
  /// the KILN_ROOT_STACK_CAPACITY entries. Inline: the object model roots
  /// its arguments on every call.
  KilnValue *pushRoot(KilnValue v) {
    if (__builtin_expect(rootTop_ == KILN_ROOT_STACK_CAPACITY, 0))
      rootStackOverflow();
    KilnValue *slot = &rootStack_[rootTop_++];
    *slot = v;
    return slot;
  }
  size_t rootDepth() const { return rootTop_; }
  void popRootsTo(size_t depth) { rootTop_ = depth; }
  /// The root stack as a range, for code that manages it directly.
  KilnValue *rootStackBase() { return rootStack_; }

  /// Registers \p count values at \p begin as roots until removed. The memory
  /// must stay valid and hold valid values while registered. False on OOM.
  bool addRootRange(KilnValue *begin, size_t count);
  void removeRootRange(KilnValue *begin);
  bool addRootCallback(RootCallback fn, void *context);
  void removeRootCallback(RootCallback fn, void *context);
  bool addWeakCallback(WeakCallback fn, void *context);
  void removeWeakCallback(WeakCallback fn, void *context);

  /// During a weak callback: whether \p cell survives this collection.
  static bool isMarked(const GCCell *cell) { return cell->gcBits & 1; }

  // --- Limits and state ----------------------------------------------------

  bool outOfMemory() const { return outOfMemory_; }
  void clearOutOfMemory() { outOfMemory_ = false; }
  void setLimit(size_t bytes) { config_.limitBytes = bytes; }
  size_t limit() const { return config_.limitBytes; }
  void setGCStress(bool on) { config_.gcStress = on; }
  bool inCollection() const { return collecting_; }
  const HeapStats &stats() const { return stats_; }

private:
  friend class Marker;
  struct Segment;
  struct LargeBlock;
  struct RootRange {
    KilnValue *begin;
    size_t count;
  };
  struct Callback {
    void *fn;
    void *context;
  };

  [[noreturn]] static void rootStackOverflow();
  GCCell *allocateSmall(unsigned sizeClass);
  GCCell *allocateLarge(size_t bytes);
  Segment *newSegment(unsigned sizeClass);
  void markRoots(Marker &marker);
  void sweep();
  void sweepSegments();
  void sweepLargeBlocks();
  bool removeCallback(PodVector<Callback> &list, void *fn, void *context);

  HeapConfig config_;
  HeapStats stats_;
  size_t nextCollection_;
  bool outOfMemory_ = false;
  bool collecting_ = false;

  static constexpr unsigned kNumSizeClasses = 28;
  GCCell *freeLists_[kNumSizeClasses] = {};
  Segment *currentSegment_[kNumSizeClasses] = {};
  Segment *segments_ = nullptr;
  LargeBlock *largeBlocks_ = nullptr;

  /// Freed mappings kept for reuse (stats_.retainedBytes in all).
  Segment *retainedSegments_ = nullptr;
  LargeBlock *retainedLarge_ = nullptr;
  void *takeRetainedSegment();
  LargeBlock *takeRetainedLarge(size_t mapped);
  /// Keeps \p memory (a segment, or a large block of \p bytes) for reuse,
  /// or unmaps it when the retained total would pass the limit.
  void retainSegment(Segment *seg);
  void retainLarge(LargeBlock *block);

  KilnValue *rootStack_ = nullptr;
  size_t rootTop_ = 0;
  PodVector<RootRange> rootRanges_;
  PodVector<Callback> rootCallbacks_;
  PodVector<Callback> weakCallbacks_;
};

/// Keeps values and cells pushed through it rooted until it goes out of scope.
/// Because cells never move, a rooted raw pointer stays valid: rooting only
/// guarantees liveness across allocations.
class RootScope {
public:
  explicit RootScope(Heap &heap) : heap_(heap), depth_(heap.rootDepth()) {}
  ~RootScope() { heap_.popRootsTo(depth_); }
  RootScope(const RootScope &) = delete;
  RootScope &operator=(const RootScope &) = delete;

  KilnValue *keep(KilnValue v) { return heap_.pushRoot(v); }
  template <typename T> T *keep(T *cell) {
    if (cell)
      heap_.pushRoot(makePointer(KILN_TAG_CELL, cell));
    return cell;
  }

private:
  Heap &heap_;
  size_t depth_;
};

/// A fixed-length array of values; the generic container cell.
struct ValueArray {
  GCCell header;
  uint32_t length;
  uint32_t reserved;
  KilnValue values[];

  static size_t allocationSize(uint32_t length) {
    return sizeof(ValueArray) + size_t(length) * sizeof(KilnValue);
  }
  /// Allocates an array of \p length undefined values; null on OOM.
  static ValueArray *create(Heap &heap, uint32_t length);
};

} // namespace kiln

#endif // KILN_GC_HEAP_H
