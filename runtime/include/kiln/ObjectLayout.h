//===- ObjectLayout.h - Object and inline-cache layout for codegen -*- C++
//-*-=//
//
// The parts of Kiln's object model that generated code touches directly: the
// layout of an object cell (its shape pointer, slot storage and elements),
// the property attribute bits, and the inline cache, a plain-data struct that
// native code and the bytecode VM both keep per property-access site. Native
// code does the cache's fast path inline (compare the object's shape with the
// cached one, then load slots->values[slot]) and calls kiln_rt_get_prop_ic /
// kiln_rt_put_prop_ic (kiln/Runtime.h) on a miss, which refill the cache.
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

/// One property-access site's cache. Zero-initialized means empty.
/// A hit requires object->shape == shape; then the property is the writable
/// (for puts) data property slots->values[slot] of that object. Only own
/// properties of shared (non-dictionary) shapes are cached, so a shape
/// match is the whole guard. `misses` counts slow-path calls (statistics).
typedef struct KilnPropertyCache {
  const void *shape;
  uint32_t slot;
  uint32_t misses;
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
