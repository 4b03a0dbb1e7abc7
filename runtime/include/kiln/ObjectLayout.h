//===- ObjectLayout.h - Object and inline-cache layout for codegen -*- C++
//-*-=//
//
// The parts of Kiln's object model that generated code touches directly: the
// layout of an object cell (its shape pointer, slot storage and elements),
// the property attribute bits, and the inline cache, a plain-data struct that
// native code and the bytecode VM both keep per property-access site. Native
// code does the cache's fast path inline (compare the object's shape with
// each entry's, then load slots->values[slot] of the object or of the
// entry's holder) and calls kiln_rt_get_prop_ic / kiln_rt_put_prop_ic
// (kiln/Runtime.h) on a miss, which refill the cache.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OBJECTLAYOUT_H
#define KILN_OBJECTLAYOUT_H

#include "kiln/Value.h"

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Property attribute bits (a data property has no KILN_ATTR_ACCESSOR; an
/// accessor's slot holds a cell with its getter and setter).
enum {
  KILN_ATTR_WRITABLE = 1,
  KILN_ATTR_ENUMERABLE = 2,
  KILN_ATTR_CONFIGURABLE = 4,
  KILN_ATTR_ACCESSOR = 8,
  /// writable, enumerable, configurable: what assignment creates.
  KILN_ATTR_DEFAULT = 7
};

/// One receiver kind a property-access site has seen. Zero means empty.
///
/// Own entries (holder null) hit when object->shape == shape: the property
/// is the data property slots->values[slot] of the object itself (writable,
/// in a put site's cache). Only shared (non-dictionary) shapes are cached,
/// so the shape match is the whole guard.
///
/// Holder entries (holder set, get sites only) describe a data property
/// found on the prototype chain: they hit when the receiver's shape is
/// `shape`, its [[Prototype]] is `proto` and `epoch` equals the runtime's
/// cache epoch; the value is then holder->slots->values[slot]. Filling one
/// marks every object from `proto` to `holder` as watched, and any change to
/// the properties or the prototype of a watched object bumps the epoch,
/// which invalidates every holder entry at once. For primitive receivers and
/// the global object, `shape` is one of the KILN_CACHE_RECEIVER_* markers
/// (never a heap address) and `proto` is unused.
///
/// The collector clears entries whose shape, proto or holder it frees, so a
/// reused address never matches a stale entry.
typedef struct KilnPropertyCacheEntry {
  const void *shape;
  const void *holder;
  const void *proto;
  uint64_t epoch;
  uint32_t slot;
  uint32_t reserved;
} KilnPropertyCacheEntry;

/// Receiver markers of holder entries: a string primitive (lookup starts at
/// %String.prototype%), a number primitive, and the global object of a
/// LoadGlobal site (own properties included: the global object is watched).
#define KILN_CACHE_RECEIVER_STRING ((const void *)0x10)
#define KILN_CACHE_RECEIVER_NUMBER ((const void *)0x20)
#define KILN_CACHE_RECEIVER_GLOBAL ((const void *)0x30)
/// Shape values below this are markers, not shapes.
#define KILN_CACHE_RECEIVER_MARKER_END ((const void *)0x1000)

/// Receiver kinds one site remembers (polymorphic up to this many).
#define KILN_PROPERTY_CACHE_ENTRIES 4

/// One property-access site's cache. Zero-initialized means empty. Entries
/// fill in order, so a monomorphic site hits entries[0]. `misses` counts
/// slow-path calls (statistics); `next` is the entry a full cache replaces.
typedef struct KilnPropertyCache {
  KilnPropertyCacheEntry entries[KILN_PROPERTY_CACHE_ENTRIES];
  uint32_t misses;
  uint32_t next;
} KilnPropertyCache;

/// Byte offsets into an object cell (see ObjectCell in object/Object.h).
#define KILN_OBJECT_SHAPE_OFFSET 8
#define KILN_OBJECT_PROTO_OFFSET 16
#define KILN_OBJECT_SLOTS_OFFSET 24
#define KILN_OBJECT_ELEMENTS_OFFSET 32
#define KILN_OBJECT_LENGTH_OFFSET 40
/// Byte offset of values[0] in a ValueArray cell (slots and elements).
#define KILN_VALUE_ARRAY_VALUES_OFFSET 16
#define KILN_VALUE_ARRAY_LENGTH_OFFSET 8

#ifdef __cplusplus
}
#endif

#endif // KILN_OBJECTLAYOUT_H
