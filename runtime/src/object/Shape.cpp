//===- Shape.cpp - Shape tree, transitions and property maps --------------===//
//
// Implements shape lookup (a parent-chain walk for small shapes, a lazily
// built PropertyMap for larger ones), transition creation and reuse, the
// weak sweeping of transition tables, and the PropertyMap itself: a
// ValueArray laid out as
//   [0] entry count (appended, deleted included)   [1] live count
//   [2] entry capacity C (a power of two)
//   [3 .. 3+2C)   entries: key, attributes (int32); a deleted key is EMPTY
//   [3+2C .. 3+4C) hash index of 2C int32 entry numbers, -1 when empty
//
//===----------------------------------------------------------------------===//
#include "object/Shape.h"

#include "core/Runtime.h"
#include "string/String.h"

using namespace kiln;

/// A shape's outgoing transitions: the child shapes, compared by key and
/// attributes. Not traced: the weak callback clears dead children.
struct kiln::TransitionTable {
  GCCell header;
  uint32_t count;
  uint32_t capacity;
  Shape *children[];
};

namespace {

uint32_t keyHash(KilnValue key) {
  if (isString(key)) {
    StringCell *s = asString(key);
    if (s->hash)
      return s->hash;
  }
  uint64_t x = key * 0x9E3779B97F4A7C15ull;
  return uint32_t(x >> 32);
}

constexpr uint32_t kHeaderValues = 3;

uint32_t indexBase(uint32_t cap) { return kHeaderValues + 2 * cap; }

void insertIndex(ValueArray *map, uint32_t cap, KilnValue key, uint32_t entry) {
  uint32_t mask = 2 * cap - 1;
  KilnValue *index = map->values + indexBase(cap);
  for (uint32_t i = keyHash(key) & mask;; i = (i + 1) & mask)
    if (asInt32(index[i]) < 0) {
      index[i] = makeInt32(int32_t(entry));
      return;
    }
}

} // namespace

// --- PropertyMap ------------------------------------------------------------

ValueArray *propmap::create(Runtime &rt, uint32_t capacity) {
  uint32_t cap = 4;
  while (cap < capacity)
    cap *= 2;
  ValueArray *map = ValueArray::create(rt.heap, kHeaderValues + 4 * cap);
  if (!map) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  map->values[0] = makeInt32(0);
  map->values[1] = makeInt32(0);
  map->values[2] = makeInt32(int32_t(cap));
  for (uint32_t i = 0; i < 2 * cap; ++i)
    map->values[indexBase(cap) + i] = makeInt32(-1);
  return map;
}

uint32_t propmap::entryCount(const ValueArray *map) {
  return uint32_t(asInt32(map->values[0]));
}
uint32_t propmap::liveCount(const ValueArray *map) {
  return uint32_t(asInt32(map->values[1]));
}
uint32_t propmap::capacity(const ValueArray *map) {
  return uint32_t(asInt32(map->values[2]));
}
KilnValue propmap::keyAt(const ValueArray *map, uint32_t entry) {
  return map->values[kHeaderValues + 2 * entry];
}
uint8_t propmap::attributesAt(const ValueArray *map, uint32_t entry) {
  return uint8_t(asInt32(map->values[kHeaderValues + 2 * entry + 1]));
}
void propmap::setAttributesAt(ValueArray *map, uint32_t entry,
                              uint8_t attributes) {
  map->values[kHeaderValues + 2 * entry + 1] = makeInt32(attributes);
}

int32_t propmap::find(const ValueArray *map, KilnValue key) {
  uint32_t cap = capacity(map);
  uint32_t mask = 2 * cap - 1;
  const KilnValue *index = map->values + indexBase(cap);
  for (uint32_t i = keyHash(key) & mask;; i = (i + 1) & mask) {
    int32_t entry = asInt32(index[i]);
    if (entry < 0)
      return -1;
    if (keyAt(map, uint32_t(entry)) == key)
      return entry;
  }
}

ValueArray *propmap::add(Runtime &rt, ValueArray *map, KilnValue key,
                         uint8_t attributes) {
  uint32_t count = entryCount(map);
  uint32_t cap = capacity(map);
  if (count == cap) {
    RootScope scope(rt.heap);
    scope.keep(map);
    ValueArray *grown = create(rt, cap * 2);
    if (!grown)
      return nullptr;
    for (uint32_t e = 0; e < count; ++e) {
      KilnValue k = keyAt(map, e);
      grown->values[kHeaderValues + 2 * e] = k;
      grown->values[kHeaderValues + 2 * e + 1] =
          map->values[kHeaderValues + 2 * e + 1];
      if (!isEmpty(k))
        insertIndex(grown, cap * 2, k, e);
    }
    grown->values[0] = map->values[0];
    grown->values[1] = map->values[1];
    map = grown;
    cap *= 2;
  }
  map->values[kHeaderValues + 2 * count] = key;
  map->values[kHeaderValues + 2 * count + 1] = makeInt32(attributes);
  insertIndex(map, cap, key, count);
  map->values[0] = makeInt32(int32_t(count + 1));
  map->values[1] = makeInt32(int32_t(liveCount(map) + 1));
  return map;
}

void propmap::remove(ValueArray *map, int32_t entry) {
  // The index keeps pointing at the entry; an EMPTY key never matches.
  map->values[kHeaderValues + 2 * entry] = KILN_VALUE_EMPTY;
  map->values[1] = makeInt32(int32_t(liveCount(map) - 1));
}

void propmap::compact(ValueArray *map, KilnValue *slots) {
  uint32_t count = entryCount(map), cap = capacity(map);
  uint32_t kept = 0;
  for (uint32_t e = 0; e < count; ++e) {
    KilnValue key = keyAt(map, e);
    if (isEmpty(key))
      continue;
    map->values[kHeaderValues + 2 * kept] = key;
    map->values[kHeaderValues + 2 * kept + 1] =
        map->values[kHeaderValues + 2 * e + 1];
    slots[kept] = slots[e];
    ++kept;
  }
  for (uint32_t e = kept; e < count; ++e) {
    map->values[kHeaderValues + 2 * e] = KILN_VALUE_UNDEFINED;
    slots[e] = KILN_VALUE_UNDEFINED;
  }
  for (uint32_t i = 0; i < 2 * cap; ++i)
    map->values[indexBase(cap) + i] = makeInt32(-1);
  for (uint32_t e = 0; e < kept; ++e)
    insertIndex(map, cap, keyAt(map, e), e);
  map->values[0] = makeInt32(int32_t(kept));
}

// --- Shapes -----------------------------------------------------------------

Shape *kiln::newRootShape(Runtime &rt) {
  Shape *root = rt.heap.allocate<Shape>(CellKind::Shape);
  if (!root) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  root->key = KILN_VALUE_EMPTY;
  return root;
}

void kiln::traceShape(GCCell *cell, Marker &marker) {
  Shape *shape = reinterpret_cast<Shape *>(cell);
  if (shape->parent)
    marker.markCell(&shape->parent->header);
  marker.markValue(shape->key);
  if (shape->transitions)
    marker.markCell(&shape->transitions->header);
  if (shape->map)
    marker.markCell(&shape->map->header);
}

uint32_t kiln::shapeSlotCount(const Shape *shape) {
  return shape->isDictionary() ? propmap::entryCount(shape->map)
                               : shape->propertyCount;
}

void kiln::shapeKeysInOrder(Shape *shape, KilnValue *out) {
  if (shape->isDictionary()) {
    for (uint32_t e = 0, n = propmap::entryCount(shape->map); e < n; ++e)
      out[e] = propmap::keyAt(shape->map, e);
    return;
  }
  for (Shape *s = shape; s->parent; s = s->parent)
    out[s->slot] = s->key;
}

ShapeSlot kiln::lookupShape(Runtime &rt, Shape *shape, KilnValue key) {
  ShapeSlot result;
  if (!shape->map && !shape->isDictionary() &&
      shape->propertyCount > kLinearLookupLimit && !rt.heap.inCollection()) {
    // Build the lookup map once; on OOM fall back to walking.
    RootScope scope(rt.heap);
    scope.keep(shape);
    if (ValueArray *map = propmap::create(rt, shape->propertyCount)) {
      KilnValue keys[kMaxSharedProperties];
      shapeKeysInOrder(shape, keys);
      uint8_t attrs[kMaxSharedProperties];
      for (Shape *s = shape; s->parent; s = s->parent)
        attrs[s->slot] = s->attributes;
      for (uint32_t i = 0; i < shape->propertyCount; ++i)
        map = propmap::add(rt, map, keys[i], attrs[i]);
      shape->map = map;
    } else {
      rt.takeException();
    }
  }
  if (shape->map) {
    int32_t entry = propmap::find(shape->map, key);
    if (entry >= 0) {
      result.slot = entry;
      result.attributes = propmap::attributesAt(shape->map, uint32_t(entry));
    }
    return result;
  }
  for (Shape *s = shape; s->parent; s = s->parent)
    if (s->key == key) {
      result.slot = int32_t(s->slot);
      result.attributes = s->attributes;
      break;
    }
  return result;
}

Shape *kiln::addTransition(Runtime &rt, Shape *shape, KilnValue key,
                           uint8_t attributes) {
  if (TransitionTable *table = shape->transitions)
    for (uint32_t i = 0; i < table->count; ++i) {
      Shape *child = table->children[i];
      if (child->key == key && child->attributes == attributes)
        return child;
    }
  RootScope scope(rt.heap);
  scope.keep(shape);
  scope.keep(key);
  Shape *child = scope.keep(rt.heap.allocate<Shape>(CellKind::Shape));
  if (!child) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  child->parent = shape;
  child->key = key;
  child->slot = shape->propertyCount;
  child->attributes = attributes;
  child->propertyCount = shape->propertyCount + 1;
  // The parent's lookup map moves down to the new child, one entry longer:
  // the shape an object leaves behind while it is filled in is rarely
  // looked up again (it rebuilds its map if it is), and building a map
  // afresh at every step made filling a big object (a prototype with
  // dozens of methods) quadratic.
  if (ValueArray *map = shape->map; map && !shape->isDictionary()) {
    scope.keep(map);
    shape->map = nullptr;
    child->map = propmap::add(rt, map, key, attributes);
    if (!child->map)
      rt.takeException(); // the child builds its map when looked up
  }
  TransitionTable *table = shape->transitions;
  if (!table || table->count == table->capacity) {
    uint32_t capacity = table ? table->capacity * 2 : 2;
    auto *grown = rt.heap.allocate<TransitionTable>(
        CellKind::TransitionTable,
        sizeof(TransitionTable) + capacity * sizeof(Shape *));
    if (!grown)
      return child; // still correct, just not shared
    grown->capacity = capacity;
    if (table) {
      grown->count = table->count;
      for (uint32_t i = 0; i < table->count; ++i)
        grown->children[i] = table->children[i];
    } else if (!rt.shapeTables.push(shape)) {
      return child;
    }
    shape->transitions = table = grown;
  }
  table->children[table->count++] = child;
  return child;
}

Shape *kiln::newDictionaryShape(Runtime &rt, Shape *shape) {
  RootScope scope(rt.heap);
  scope.keep(shape);
  uint32_t slots = shapeSlotCount(shape);
  ValueArray *map = scope.keep(propmap::create(rt, slots + 1));
  if (!map)
    return nullptr;
  if (shape->isDictionary()) {
    for (uint32_t e = 0; e < slots; ++e) {
      map = propmap::add(rt, map, propmap::keyAt(shape->map, e),
                         propmap::attributesAt(shape->map, e));
      if (isEmpty(propmap::keyAt(shape->map, e)))
        propmap::remove(map, int32_t(e));
    }
  } else {
    KilnValue keys[kMaxSharedProperties];
    uint8_t attrs[kMaxSharedProperties];
    shapeKeysInOrder(shape, keys);
    for (Shape *s = shape; s->parent; s = s->parent)
      attrs[s->slot] = s->attributes;
    for (uint32_t i = 0; i < slots; ++i)
      map = propmap::add(rt, map, keys[i], attrs[i]);
  }
  scope.keep(map);
  Shape *dict = rt.heap.allocate<Shape>(CellKind::Shape);
  if (!dict) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  dict->header.flags = kShapeDictionary;
  dict->key = KILN_VALUE_EMPTY;
  dict->map = map;
  dict->propertyCount = propmap::liveCount(map);
  return dict;
}

void kiln::sweepTransitions(Heap &heap, void *runtime) {
  PodVector<Shape *> &owners = static_cast<Runtime *>(runtime)->shapeTables;
  for (size_t i = 0; i < owners.size();) {
    Shape *owner = owners[i];
    if (!Heap::isMarked(&owner->header)) {
      owners.swapRemove(i);
      continue;
    }
    TransitionTable *table = owner->transitions;
    uint32_t kept = 0;
    for (uint32_t c = 0; c < table->count; ++c)
      if (Heap::isMarked(&table->children[c]->header))
        table->children[kept++] = table->children[c];
    table->count = kept;
    ++i;
  }
}
