//===- Shape.h - Hidden classes and property maps ---------------*- C++ -*-===//
//
// A Shape (hidden class) describes which named properties an object has, in
// which slots and with which attributes. Shared shapes form a tree: each adds
// one property (key, attributes) to its parent, in slot order, and objects
// built by adding the same properties in the same order end up with the same
// shape, which is what makes inline caches hit. The children of a shape are
// found through its transition table, keyed by (key, attributes); transitions
// are weak, so shapes no live object uses are collected.
//
// An object that deletes properties, redefines attributes or grows past
// kMaxSharedProperties switches to a dictionary shape: a shape owned by that
// one object whose PropertyMap is edited in place. Inline caches never cache
// dictionary shapes.
//
// A PropertyMap is an insertion-ordered hash map from key to attributes kept
// in a ValueArray; an entry's index is the property's slot. Shared shapes with
// many properties build one lazily to make lookups O(1).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OBJECT_SHAPE_H
#define KILN_OBJECT_SHAPE_H

#include "gc/Heap.h"

namespace kiln {

struct Runtime;
struct TransitionTable;

/// Shared shapes hold at most this many properties; beyond, dictionary mode.
constexpr uint32_t kMaxSharedProperties = 64;
/// Shared shapes with more properties than this get a lookup PropertyMap.
constexpr uint32_t kLinearLookupLimit = 8;

enum ShapeFlags : uint16_t {
  /// Owned by one object; its PropertyMap is the source of truth.
  kShapeDictionary = 1,
};

struct Shape {
  GCCell header;
  /// The shape this one extends; null for the root and dictionary shapes.
  Shape *parent;
  /// The key this shape adds (an atom string or a symbol); EMPTY in the root.
  KilnValue key;
  /// Slot of `key` (== parent's propertyCount).
  uint32_t slot;
  uint8_t attributes;
  uint8_t reserved[3];
  /// Number of properties (live ones, for dictionaries).
  uint32_t propertyCount;
  uint32_t reserved2;
  TransitionTable *transitions;
  /// Lookup map (shared shapes, built lazily) or the dictionary's map.
  ValueArray *map;

  bool isDictionary() const { return header.flags & kShapeDictionary; }
};

/// Result of a shape lookup.
struct ShapeSlot {
  int32_t slot = -1; ///< -1 when absent
  uint8_t attributes = 0;
  bool found() const { return slot >= 0; }
};

/// The root shape (no properties) for a runtime.
Shape *newRootShape(Runtime &rt);
/// Finds \p key (atom or symbol value) in \p shape. May build a lookup map,
/// hence the runtime; never fails (a failed map build falls back to a walk).
ShapeSlot lookupShape(Runtime &rt, Shape *shape, KilnValue key);
/// The shared shape that adds (key, attributes) to \p shape, reusing an
/// existing transition. Requires !shape->isDictionary() and
/// shape->propertyCount < kMaxSharedProperties. Null on OOM.
Shape *addTransition(Runtime &rt, Shape *shape, KilnValue key,
                     uint8_t attributes);
/// A new dictionary shape with the properties of \p shape (shared or not).
Shape *newDictionaryShape(Runtime &rt, Shape *shape);

/// Keys of \p shape's properties in slot order into \p out (EMPTY where a
/// dictionary entry was deleted); \p out must have room for slotCount().
void shapeKeysInOrder(Shape *shape, KilnValue *out);
/// Number of slots the shape's properties occupy (dictionary: entries).
uint32_t shapeSlotCount(const Shape *shape);

/// Clears transitions to shapes the current collection did not mark.
void sweepTransitions(Heap &heap, void *runtime);

// --- PropertyMap ------------------------------------------------------------

namespace propmap {
ValueArray *create(Runtime &rt, uint32_t capacity);
/// Entry index (== slot) of \p key, or -1.
int32_t find(const ValueArray *map, KilnValue key);
/// Appends \p key; its entry index is entryCount(map) before the call. May
/// return a new, larger map (the old one must then be dropped); null on OOM.
ValueArray *add(Runtime &rt, ValueArray *map, KilnValue key,
                uint8_t attributes);
void remove(ValueArray *map, int32_t entry);
/// Drops deleted entries in place, keeping order, and moves the values in
/// \p slots (indexed by entry) along with their entries.
void compact(ValueArray *map, KilnValue *slots);
uint32_t entryCount(const ValueArray *map);
uint32_t liveCount(const ValueArray *map);
uint32_t capacity(const ValueArray *map);
KilnValue keyAt(const ValueArray *map, uint32_t entry);
uint8_t attributesAt(const ValueArray *map, uint32_t entry);
void setAttributesAt(ValueArray *map, uint32_t entry, uint8_t attributes);
} // namespace propmap

inline KilnValue cellValue(const void *cell) {
  return makePointer(KILN_TAG_CELL, cell);
}

} // namespace kiln

#endif // KILN_OBJECT_SHAPE_H
