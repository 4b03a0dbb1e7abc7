//===- BlockCache.h - Reused blocks for short-lived buffers -----*- C++ -*-===//
//
// PodVector's storage comes from here: a per-thread cache of freed blocks
// whose sizes are powers of two from 16 bytes to 64 KiB, a few per size,
// in front of malloc. A request makes and drops the same small buffers
// (URL components, form and header scratch) every time; served from the
// cache they cost no malloc/free, and musl's allocator, which returns an
// emptied group to the kernel, no mmap/munmap per request. Blocks of other
// sizes go to malloc and free directly. Nothing here is shared between
// threads: each worker's cache lives in thread-local storage, and what is
// cached when a thread ends stays allocated until the process exits
// (a bounded amount: at most kCachedPerSize blocks of each size).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_BLOCKCACHE_H
#define KILN_SUPPORT_BLOCKCACHE_H

#include <stddef.h>

namespace kiln::blockcache {

/// A block of \p bytes (malloc'd or reused); null when memory is exhausted.
void *allocate(size_t bytes);
/// Gives back \p block, of \p bytes as allocated (null is ignored).
void release(void *block, size_t bytes);
/// Moves the first \p used bytes of \p block (of \p bytes) into a new block
/// of \p newBytes and releases the old one; null (and \p block untouched)
/// when memory is exhausted.
void *grow(void *block, size_t bytes, size_t used, size_t newBytes);

} // namespace kiln::blockcache

#endif // KILN_SUPPORT_BLOCKCACHE_H
