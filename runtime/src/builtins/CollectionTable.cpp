//===- CollectionTable.cpp - The ordered hash table of Map and Set ------===//
//
// A collection's table is one ValueArray:
//   [0] forward: undefined, or the table that replaced this one
//   [1] bucket count B (a power of two)   [2] entry capacity C (== B)
//   [3] entries used (appended, deleted included)   [4] live entries
//   [5 .. 5+B)          bucket heads: entry numbers, -1 when empty
//   [5+B .. 5+B+3C)     entries: key, value, next entry in the bucket's chain
// A deleted entry keeps its place in the chain with an EMPTY key. A full
// table is replaced by a new one of twice the size (or the same size, when
// enough entries are deleted) holding the live entries in order; the old
// table is frozen from then on and forwards to the new one, so a cursor in
// it moves to the number of live entries before its position. Clearing
// marks every entry of the old table deleted first, so cursors restart at 0.
//
//===----------------------------------------------------------------------===//
#include "builtins/Collections.h"

using namespace kiln;

void kiln::traceCollection(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
  marker.markValue(reinterpret_cast<CollectionCell *>(cell)->table);
}

namespace {

enum : uint32_t { kForward, kBuckets, kCapacity, kUsed, kLive, kHeader };
constexpr uint32_t kEntryValues = 3;
constexpr uint32_t kMinCapacity = 4;
constexpr uint32_t kMaxCapacity = 1u << 26;

ValueArray *tableOf(KilnValue v) {
  return reinterpret_cast<ValueArray *>(asCell(v));
}
uint32_t field(const ValueArray *t, uint32_t i) {
  return uint32_t(asInt32(t->values[i]));
}
void setField(ValueArray *t, uint32_t i, uint32_t v) {
  t->values[i] = makeInt32(int32_t(v));
}
KilnValue *bucketsOf(ValueArray *t) { return t->values + kHeader; }
KilnValue *entryAt(ValueArray *t, uint32_t i) {
  return t->values + kHeader + field(t, kBuckets) + i * kEntryValues;
}

ValueArray *newTable(Runtime &rt, uint32_t capacity) {
  uint32_t length = kHeader + capacity + capacity * kEntryValues;
  ValueArray *t = ValueArray::create(rt.heap, length);
  if (!t) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  setField(t, kBuckets, capacity);
  setField(t, kCapacity, capacity);
  setField(t, kUsed, 0);
  setField(t, kLive, 0);
  for (uint32_t i = 0; i < capacity; ++i)
    bucketsOf(t)[i] = makeInt32(-1);
  return t;
}

/// SameValueZero keys in one representation: numbers as makeNumber gives
/// them with -0 as +0, strings flat. False on OOM.
bool normalizeKey(Runtime &rt, KilnValue &key) {
  if (isNumber(key)) {
    double d = asNumber(key);
    key = d == 0 ? makeInt32(0) : makeNumber(d);
  } else if (isString(key) && !asString(key)->isFlat()) {
    StringCell *flat = flattenString(rt, asString(key));
    if (!flat)
      return false;
    key = stringValue(flat);
  }
  return true;
}

uint32_t hashKey(Runtime &rt, KilnValue key) {
  if (isString(key))
    return hashFlatString(asString(key), rt.atoms.seed());
  uint64_t x = key ^ (key >> 29);
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 32;
  return uint32_t(x);
}

/// Normalized keys are equal under SameValueZero exactly when they are the
/// same bits, except strings, which compare by contents.
bool keysEqual(KilnValue a, KilnValue b) {
  if (a == b)
    return true;
  return isString(a) && isString(b) &&
         flatStringsEqual(asString(a), asString(b));
}

int32_t findEntry(ValueArray *t, KilnValue key, uint32_t hash) {
  uint32_t mask = field(t, kBuckets) - 1;
  int32_t i = asInt32(bucketsOf(t)[hash & mask]);
  while (i >= 0) {
    KilnValue *e = entryAt(t, uint32_t(i));
    if (!isEmpty(e[0]) && keysEqual(e[0], key))
      return i;
    i = asInt32(e[2]);
  }
  return -1;
}

/// Appends an entry to a table with room for it.
void appendEntry(Runtime &rt, ValueArray *t, KilnValue key, KilnValue value) {
  uint32_t used = field(t, kUsed);
  uint32_t bucket = hashKey(rt, key) & (field(t, kBuckets) - 1);
  KilnValue *e = entryAt(t, used);
  e[0] = key;
  e[1] = value;
  e[2] = bucketsOf(t)[bucket];
  bucketsOf(t)[bucket] = makeInt32(int32_t(used));
  setField(t, kUsed, used + 1);
  setField(t, kLive, field(t, kLive) + 1);
}

/// Replaces \p c's table with one of \p capacity holding its live entries
/// in order, and forwards the old table to it. False on OOM.
bool rebuild(Runtime &rt, CollectionCell *c, uint32_t capacity) {
  RootScope scope(rt.heap);
  scope.keep(&c->object);
  ValueArray *fresh = newTable(rt, capacity);
  if (!fresh)
    return false;
  ValueArray *old = tableOf(c->table);
  for (uint32_t i = 0, used = field(old, kUsed); i < used; ++i) {
    KilnValue *e = entryAt(old, i);
    if (!isEmpty(e[0]))
      appendEntry(rt, fresh, e[0], e[1]);
  }
  old->values[kForward] = cellValue(fresh);
  c->table = cellValue(fresh);
  return true;
}

/// Where a cursor at \p index of the frozen table \p t continues in the
/// table it forwards to: the number of live entries before it.
uint32_t forwardIndex(ValueArray *t, uint32_t index) {
  uint32_t live = 0;
  for (uint32_t i = 0; i < index && i < field(t, kUsed); ++i)
    live += !isEmpty(entryAt(t, i)[0]);
  return live;
}

} // namespace

KilnValue kiln::newCollectionTable(Runtime &rt) {
  ValueArray *t = newTable(rt, kMinCapacity);
  return t ? cellValue(t) : KILN_VALUE_EXCEPTION;
}

CollectionCell *kiln::asCollection(KilnValue v, CollectionKind kind) {
  if (!isObject(v) || asCell(v)->kind != CellKind::Collection)
    return nullptr;
  CollectionCell *c = reinterpret_cast<CollectionCell *>(asCell(v));
  return c->kind == kind ? c : nullptr;
}

uint32_t kiln::collectionSize(const CollectionCell *c) {
  return field(tableOf(c->table), kLive);
}

bool kiln::collectionNextEntry(KilnValue &table, uint32_t &index,
                               KilnValue &key, KilnValue &value) {
  ValueArray *t = tableOf(table);
  while (!isUndefined(t->values[kForward])) {
    index = forwardIndex(t, index);
    table = t->values[kForward];
    t = tableOf(table);
  }
  for (uint32_t used = field(t, kUsed); index < used;) {
    KilnValue *e = entryAt(t, index++);
    if (!isEmpty(e[0])) {
      key = e[0];
      value = e[1];
      return true;
    }
  }
  return false;
}

KilnValue kiln::collectionGet(Runtime &rt, CollectionCell *c, KilnValue key) {
  RootScope scope(rt.heap);
  scope.keep(&c->object);
  if (!normalizeKey(rt, key))
    return KILN_VALUE_EXCEPTION;
  ValueArray *t = tableOf(c->table);
  int32_t i = findEntry(t, key, hashKey(rt, key));
  return i < 0 ? KILN_VALUE_EMPTY : entryAt(t, uint32_t(i))[1];
}

KilnValue kiln::collectionSet(Runtime &rt, CollectionCell *c, KilnValue key,
                              KilnValue value) {
  RootScope scope(rt.heap);
  scope.keep(&c->object);
  scope.keep(value);
  if (!normalizeKey(rt, key))
    return KILN_VALUE_EXCEPTION;
  scope.keep(key);
  uint32_t hash = hashKey(rt, key);
  ValueArray *t = tableOf(c->table);
  int32_t i = findEntry(t, key, hash);
  if (i >= 0) {
    entryAt(t, uint32_t(i))[1] = value;
    return KILN_VALUE_TRUE;
  }
  uint32_t capacity = field(t, kCapacity);
  if (field(t, kUsed) == capacity) {
    // Grow when at least half the entries are live, else compact.
    uint32_t live = field(t, kLive);
    uint32_t next = live >= capacity / 2 ? capacity * 2 : capacity;
    if (next > kMaxCapacity)
      return rt.raise(ErrorKind::RangeError, "Map maximum size exceeded");
    if (!rebuild(rt, c, next))
      return KILN_VALUE_EXCEPTION;
    t = tableOf(c->table);
  }
  appendEntry(rt, t, key, value);
  return KILN_VALUE_TRUE;
}

KilnValue kiln::collectionDelete(Runtime &rt, CollectionCell *c,
                                 KilnValue key) {
  RootScope scope(rt.heap);
  scope.keep(&c->object);
  if (!normalizeKey(rt, key))
    return KILN_VALUE_EXCEPTION;
  ValueArray *t = tableOf(c->table);
  int32_t i = findEntry(t, key, hashKey(rt, key));
  if (i < 0)
    return KILN_VALUE_FALSE;
  KilnValue *e = entryAt(t, uint32_t(i));
  e[0] = KILN_VALUE_EMPTY;
  e[1] = KILN_VALUE_UNDEFINED;
  uint32_t live = field(t, kLive) - 1;
  setField(t, kLive, live);
  // Shrink a mostly empty table (a failure to do so is harmless).
  uint32_t capacity = field(t, kCapacity);
  if (capacity > 4 * kMinCapacity && live < capacity / 8 &&
      !rebuild(rt, c, capacity / 4))
    rt.takeException();
  return KILN_VALUE_TRUE;
}

KilnValue kiln::collectionClear(Runtime &rt, CollectionCell *c) {
  RootScope scope(rt.heap);
  scope.keep(&c->object);
  ValueArray *fresh = newTable(rt, kMinCapacity);
  if (!fresh)
    return KILN_VALUE_EXCEPTION;
  ValueArray *old = tableOf(c->table);
  for (uint32_t i = 0, used = field(old, kUsed); i < used; ++i) {
    KilnValue *e = entryAt(old, i);
    e[0] = KILN_VALUE_EMPTY;
    e[1] = KILN_VALUE_UNDEFINED;
  }
  old->values[kForward] = cellValue(fresh);
  c->table = cellValue(fresh);
  return KILN_VALUE_TRUE;
}
