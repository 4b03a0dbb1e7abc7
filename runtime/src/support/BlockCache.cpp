//===- BlockCache.cpp - Reused blocks for short-lived buffers -------------===//
//
// The per-thread cache of BlockCache.h: for each power-of-two size from
// 2^kMinShift to 2^kMaxShift bytes, a small stack of freed blocks.
//
//===----------------------------------------------------------------------===//
#include "support/BlockCache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

namespace {

constexpr unsigned kMinShift = 4;  // 16 bytes
constexpr unsigned kMaxShift = 16; // 64 KiB
constexpr unsigned kSizes = kMaxShift - kMinShift + 1;
constexpr unsigned kCachedPerSize = 8;

struct Cache {
  void *blocks[kSizes][kCachedPerSize];
  uint8_t count[kSizes];
};

/// Zero-initialized, so no thread-local constructor runs.
thread_local Cache tCache;

/// The cache row of a block of \p bytes, or -1 when it is not cached.
int rowOf(size_t bytes) {
  if (bytes < (size_t(1) << kMinShift) || bytes > (size_t(1) << kMaxShift) ||
      (bytes & (bytes - 1)))
    return -1;
  return int(__builtin_ctzl(bytes)) - int(kMinShift);
}

} // namespace

void *kiln::blockcache::allocate(size_t bytes) {
  int row = rowOf(bytes);
  if (row >= 0 && tCache.count[row])
    return tCache.blocks[row][--tCache.count[row]];
  return malloc(bytes);
}

void kiln::blockcache::release(void *block, size_t bytes) {
  if (!block)
    return;
  int row = rowOf(bytes);
  if (row >= 0 && tCache.count[row] < kCachedPerSize) {
    tCache.blocks[row][tCache.count[row]++] = block;
    return;
  }
  free(block);
}

void *kiln::blockcache::grow(void *block, size_t bytes, size_t used,
                             size_t newBytes) {
  if (rowOf(bytes) < 0 && rowOf(newBytes) < 0)
    return realloc(block, newBytes); // neither size is cached: let libc grow
  void *grown = allocate(newBytes);
  if (!grown)
    return nullptr;
  if (used)
    memcpy(grown, block, used);
  release(block, bytes);
  return grown;
}
