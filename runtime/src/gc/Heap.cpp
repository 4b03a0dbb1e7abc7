//===- Heap.cpp - Allocation and mark-sweep collection --------------------===//
//
// The allocator and collector behind Heap. Small cells (up to 2 KiB) are
// carved from 256 KiB segments, each dedicated to one size class; a segment
// is bump-allocated until full and its freed cells are threaded onto the
// class's free list by the sweeper, which also unmaps segments left without a
// live cell. Larger cells each get a private mapping. Marking is iterative
// (explicit mark stack), so deep object graphs cannot overflow the C stack.
//
//===----------------------------------------------------------------------===//
#include "gc/Heap.h"

#include "support/Fatal.h"

#include <string.h>
#include <sys/mman.h>

using namespace kiln;

namespace {

constexpr size_t kSegmentSize = 256 * 1024;
constexpr size_t kMaxSmallSize = 2048;
constexpr size_t kPageSize = 4096;

/// Cell sizes of the size classes: 16-byte steps to 256, then four classes
/// per doubling up to kMaxSmallSize.
constexpr uint32_t kClassSizes[] = {
    16,  32,  48,  64,  80,  96,  112, 128, 144, 160,  176,  192,  208,  224,
    240, 256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048};

struct ClassTable {
  uint8_t byGranule[kMaxSmallSize / kCellAlignment + 1] = {};
  constexpr ClassTable() {
    unsigned cls = 0;
    for (size_t g = 1; g <= kMaxSmallSize / kCellAlignment; ++g) {
      while (kClassSizes[cls] < g * kCellAlignment)
        ++cls;
      byGranule[g] = uint8_t(cls);
    }
  }
};
constexpr ClassTable kClassTable;

size_t alignUp(size_t n, size_t a) { return (n + a - 1) & ~(a - 1); }

void *mapMemory(size_t bytes) {
  void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

/// A freed cell: header with kind Free, then the free-list link.
struct FreeCell {
  GCCell header;
  GCCell *next;
};
static_assert(sizeof(FreeCell) <= 16, "the smallest cell holds a free link");

constexpr bool kKindTraced[] = {
#define KILN_CELL_KIND(Name, Traced) Traced != 0,
#include "kiln/CellKinds.def"
};

} // namespace

static_assert(sizeof(kClassSizes) / sizeof(kClassSizes[0]) == 28,
              "kNumSizeClasses must match the class table");

struct Heap::Segment {
  Segment *next;
  uint32_t sizeClass;
  uint32_t cellSize;
  /// Cells occupy [cells, bump); [bump, end) is untouched.
  char *cells;
  char *bump;
  char *end;
};

struct Heap::LargeBlock {
  LargeBlock *next;
  size_t mappedBytes;
};

static constexpr size_t kSegmentHeader = (sizeof(void *) * 5 + 15) & ~15;
static constexpr size_t kLargeHeader = 16;
/// Freed mappings a heap keeps for reuse, in bytes (HeapStats::retainedBytes).
static constexpr size_t kRetainedLimit = 8 * 1024 * 1024;

Heap::Heap(const HeapConfig &config)
    : config_(config), nextCollection_(config.initialThreshold) {
  rootStack_ = static_cast<KilnValue *>(
      mapMemory(size_t(KILN_ROOT_STACK_CAPACITY) * sizeof(KilnValue)));
  if (!rootStack_)
    fatal("cannot reserve the root stack");
}

Heap::~Heap() {
  for (Segment *s = segments_; s;) {
    Segment *next = s->next;
    munmap(s, kSegmentSize);
    s = next;
  }
  for (Segment *s = retainedSegments_; s;) {
    Segment *next = s->next;
    munmap(s, kSegmentSize);
    s = next;
  }
  for (LargeBlock *b = largeBlocks_; b;) {
    LargeBlock *next = b->next;
    munmap(b, b->mappedBytes);
    b = next;
  }
  for (LargeBlock *b = retainedLarge_; b;) {
    LargeBlock *next = b->next;
    munmap(b, b->mappedBytes);
    b = next;
  }
  munmap(rootStack_, size_t(KILN_ROOT_STACK_CAPACITY) * sizeof(KilnValue));
}

// --- Allocation ------------------------------------------------------------

GCCell *Heap::allocate(CellKind kind, size_t bytes) {
  if (collecting_)
    fatal("allocation during garbage collection");
  size_t size = alignUp(bytes < sizeof(FreeCell) ? sizeof(FreeCell) : bytes,
                        kCellAlignment);
  if (bytes > UINT32_MAX - kCellAlignment) {
    outOfMemory_ = true;
    return nullptr;
  }
  if (config_.gcStress || stats_.allocatedBytes + size > nextCollection_)
    collect();
  if (stats_.allocatedBytes + size > config_.limitBytes) {
    if (!config_.gcStress)
      collect();
    if (stats_.allocatedBytes + size > config_.limitBytes) {
      outOfMemory_ = true;
      return nullptr;
    }
  }
  GCCell *cell =
      size <= kMaxSmallSize
          ? allocateSmall(kClassTable.byGranule[size / kCellAlignment])
          : allocateLarge(size);
  if (!cell) {
    outOfMemory_ = true;
    return nullptr;
  }
  size_t cellSize = cell->size;
  if (cellSize <= kMaxSmallSize)
    memset(cell, 0, cellSize); // large blocks are fresh, zeroed mappings
  cell->kind = kind;
  cell->size = uint32_t(cellSize);
  stats_.allocatedCells++;
  stats_.allocatedBytes += cellSize;
  return cell;
}

GCCell *Heap::allocateSmall(unsigned sizeClass) {
  if (GCCell *cell = freeLists_[sizeClass]) {
    freeLists_[sizeClass] = reinterpret_cast<FreeCell *>(cell)->next;
    return cell;
  }
  Segment *seg = currentSegment_[sizeClass];
  if (!seg || seg->bump + seg->cellSize > seg->end) {
    seg = newSegment(sizeClass);
    if (!seg)
      return nullptr;
  }
  GCCell *cell = reinterpret_cast<GCCell *>(seg->bump);
  seg->bump += seg->cellSize;
  cell->size = seg->cellSize;
  return cell;
}

// --- Retained mappings -----------------------------------------------------

void *Heap::takeRetainedSegment() {
  Segment *seg = retainedSegments_;
  if (seg) {
    retainedSegments_ = seg->next;
    stats_.retainedBytes -= kSegmentSize;
  }
  return seg;
}

Heap::LargeBlock *Heap::takeRetainedLarge(size_t mapped) {
  // A block of the right size up to twice as big (no more, not to waste it).
  for (LargeBlock **link = &retainedLarge_; LargeBlock *b = *link;
       link = &b->next)
    if (b->mappedBytes >= mapped && b->mappedBytes / 2 <= mapped) {
      *link = b->next;
      stats_.retainedBytes -= b->mappedBytes;
      return b;
    }
  return nullptr;
}

void Heap::retainSegment(Segment *seg) {
  if (stats_.retainedBytes + kSegmentSize > kRetainedLimit) {
    munmap(seg, kSegmentSize);
    return;
  }
  seg->next = retainedSegments_;
  retainedSegments_ = seg;
  stats_.retainedBytes += kSegmentSize;
}

void Heap::retainLarge(LargeBlock *block) {
  if (stats_.retainedBytes + block->mappedBytes > kRetainedLimit) {
    munmap(block, block->mappedBytes);
    return;
  }
  block->next = retainedLarge_;
  retainedLarge_ = block;
  stats_.retainedBytes += block->mappedBytes;
}

Heap::Segment *Heap::newSegment(unsigned sizeClass) {
  void *memory = takeRetainedSegment();
  if (!memory)
    memory = mapMemory(kSegmentSize);
  if (!memory)
    return nullptr;
  Segment *seg = static_cast<Segment *>(memory);
  seg->next = segments_;
  seg->sizeClass = sizeClass;
  seg->cellSize = kClassSizes[sizeClass];
  seg->cells = static_cast<char *>(memory) + kSegmentHeader;
  seg->bump = seg->cells;
  seg->end = static_cast<char *>(memory) + kSegmentSize;
  segments_ = seg;
  currentSegment_[sizeClass] = seg;
  stats_.mappedBytes += kSegmentSize;
  return seg;
}

GCCell *Heap::allocateLarge(size_t bytes) {
  size_t mapped = alignUp(kLargeHeader + bytes, kPageSize);
  void *memory = takeRetainedLarge(mapped);
  if (memory) {
    // Zeroed like the fresh mapping allocate() promises.
    mapped = static_cast<LargeBlock *>(memory)->mappedBytes;
    memset(static_cast<char *>(memory) + kLargeHeader, 0, bytes);
  } else {
    memory = mapMemory(mapped);
  }
  if (!memory)
    return nullptr;
  LargeBlock *block = static_cast<LargeBlock *>(memory);
  block->next = largeBlocks_;
  block->mappedBytes = mapped;
  largeBlocks_ = block;
  stats_.mappedBytes += mapped;
  GCCell *cell =
      reinterpret_cast<GCCell *>(static_cast<char *>(memory) + kLargeHeader);
  cell->size = uint32_t(bytes);
  return cell;
}

ValueArray *ValueArray::create(Heap &heap, uint32_t length) {
  auto *array =
      heap.allocate<ValueArray>(CellKind::ValueArray, allocationSize(length));
  if (!array)
    return nullptr;
  array->length = length;
  for (uint32_t i = 0; i < length; ++i)
    array->values[i] = KILN_VALUE_UNDEFINED;
  return array;
}

void kiln::traceValueArray(GCCell *cell, Marker &marker) {
  auto *array = reinterpret_cast<ValueArray *>(cell);
  marker.markValues(array->values, array->length);
}

// --- Roots -----------------------------------------------------------------

void Heap::rootStackOverflow() { fatal("root stack overflow"); }

bool Heap::addRootRange(KilnValue *begin, size_t count) {
  return rootRanges_.push({begin, count});
}

void Heap::removeRootRange(KilnValue *begin) {
  for (size_t i = rootRanges_.size(); i-- > 0;)
    if (rootRanges_[i].begin == begin) {
      rootRanges_.swapRemove(i);
      return;
    }
}

bool Heap::addRootCallback(RootCallback fn, void *context) {
  return rootCallbacks_.push({reinterpret_cast<void *>(fn), context});
}
void Heap::removeRootCallback(RootCallback fn, void *context) {
  removeCallback(rootCallbacks_, reinterpret_cast<void *>(fn), context);
}
bool Heap::addWeakCallback(WeakCallback fn, void *context) {
  return weakCallbacks_.push({reinterpret_cast<void *>(fn), context});
}
void Heap::removeWeakCallback(WeakCallback fn, void *context) {
  removeCallback(weakCallbacks_, reinterpret_cast<void *>(fn), context);
}

bool Heap::removeCallback(PodVector<Callback> &list, void *fn, void *context) {
  for (size_t i = 0; i < list.size(); ++i)
    if (list[i].fn == fn && list[i].context == context) {
      list.swapRemove(i);
      return true;
    }
  return false;
}

// --- Marking ---------------------------------------------------------------

void Marker::markCell(GCCell *cell) {
  if (cell->gcBits & 1)
    return;
  cell->gcBits |= 1;
  if (kKindTraced[unsigned(cell->kind)] && !stack_.push(cell))
    fatal("out of memory for the mark stack");
}

void Marker::drain() {
  while (!stack_.empty()) {
    GCCell *cell = stack_.pop();
    switch (cell->kind) {
#define KILN_TRACED_CELL(Name)                                                 \
  case CellKind::Name:                                                         \
    trace##Name(cell, *this);                                                  \
    break;
#include "kiln/CellKinds.def"
    default:
      fatal("marking a cell of unknown kind");
    }
  }
}

void Heap::markRoots(Marker &marker) {
  marker.markValues(rootStack_, rootTop_);
  for (const RootRange &range : rootRanges_)
    marker.markValues(range.begin, range.count);
  for (const Callback &cb : rootCallbacks_)
    reinterpret_cast<RootCallback>(cb.fn)(marker, cb.context);
}

void Heap::collect() {
  if (collecting_)
    return;
  collecting_ = true;
  {
    Marker marker;
    markRoots(marker);
    marker.drain();
  }
  for (const Callback &cb : weakCallbacks_)
    reinterpret_cast<WeakCallback>(cb.fn)(*this, cb.context);
  sweep();
  stats_.collections++;
  stats_.liveCellsAfterGC = stats_.allocatedCells;
  stats_.liveBytesAfterGC = stats_.allocatedBytes;
  size_t next = stats_.liveBytesAfterGC * 2;
  nextCollection_ =
      next > config_.initialThreshold ? next : config_.initialThreshold;
  collecting_ = false;
}

// --- Sweeping --------------------------------------------------------------

void Heap::sweep() {
  sweepSegments();
  sweepLargeBlocks();
}

void Heap::sweepSegments() {
  for (GCCell *&list : freeLists_)
    list = nullptr;
  Segment **link = &segments_;
  while (Segment *seg = *link) {
    GCCell *head = nullptr;
    GCCell *tail = nullptr;
    size_t live = 0;
    for (char *p = seg->cells; p < seg->bump; p += seg->cellSize) {
      GCCell *cell = reinterpret_cast<GCCell *>(p);
      if (cell->gcBits & 1) {
        cell->gcBits = 0;
        ++live;
        continue;
      }
      if (cell->kind != CellKind::Free) {
        stats_.allocatedCells--;
        stats_.allocatedBytes -= seg->cellSize;
        cell->kind = CellKind::Free;
      }
      reinterpret_cast<FreeCell *>(cell)->next = nullptr;
      if (tail)
        reinterpret_cast<FreeCell *>(tail)->next = cell;
      else
        head = cell;
      tail = cell;
    }
    if (live == 0 && currentSegment_[seg->sizeClass] != seg) {
      *link = seg->next;
      stats_.mappedBytes -= kSegmentSize;
      retainSegment(seg);
      continue;
    }
    if (tail) {
      reinterpret_cast<FreeCell *>(tail)->next = freeLists_[seg->sizeClass];
      freeLists_[seg->sizeClass] = head;
    }
    link = &seg->next;
  }
}

void Heap::sweepLargeBlocks() {
  LargeBlock **link = &largeBlocks_;
  while (LargeBlock *block = *link) {
    GCCell *cell = reinterpret_cast<GCCell *>(reinterpret_cast<char *>(block) +
                                              kLargeHeader);
    if (cell->gcBits & 1) {
      cell->gcBits = 0;
      link = &block->next;
      continue;
    }
    *link = block->next;
    stats_.allocatedCells--;
    stats_.allocatedBytes -= cell->size;
    stats_.mappedBytes -= block->mappedBytes;
    retainLarge(block);
  }
}
