//===- PropertyCache.cpp - Filling and sweeping inline caches -------------===//
//
// The fills that the get, put and global-load slow paths run after a miss,
// and the collector's weak callback that clears cache entries whose shape,
// prototype or holder cell it frees (cells never move, but a freed address
// is reused, and a stale entry must never match the new cell). The hit
// tests and the validity rules are in PropertyCache.h.
//
//===----------------------------------------------------------------------===//
#include "object/PropertyCache.h"

#include "object/ObjectInternal.h"

using namespace kiln;

namespace {

/// The entry that a fill for receiver kind \p receiver overwrites: one
/// already used for that receiver (it went stale), else the first empty one,
/// else the next in round-robin order.
KilnPropertyCacheEntry &entryFor(KilnPropertyCache *cache,
                                 const void *receiver) {
  for (KilnPropertyCacheEntry &e : cache->entries)
    if (e.shape == receiver)
      return e;
  for (KilnPropertyCacheEntry &e : cache->entries)
    if (!e.shape)
      return e;
  KilnPropertyCacheEntry &e = cache->entries[cache->next];
  cache->next = (cache->next + 1) % KILN_PROPERTY_CACHE_ENTRIES;
  return e;
}

void setOwnEntry(KilnPropertyCache *cache, const Shape *shape, uint32_t slot) {
  KilnPropertyCacheEntry &e = entryFor(cache, shape);
  e = KilnPropertyCacheEntry{};
  e.shape = shape;
  e.slot = slot;
}

/// Caches the data property \p key found by walking from \p start (which
/// may be the holder itself) for receivers of kind \p receiver whose
/// [[Prototype]] is \p proto (null for markers).
void setHolderEntry(Runtime &rt, KilnPropertyCache *cache, const void *receiver,
                    ObjectCell *proto, ObjectCell *start, KilnValue key) {
  PropertyKey pk = PropertyKey::fromName(key);
  ObjectCell *holder = nullptr;
  OwnSlot found;
  for (ObjectCell *o = start; o; o = o->proto) {
    OwnSlot s = findOwn(rt, o, pk);
    if (s.kind == OwnSlot::None)
      continue;
    // Accessors, array lengths, String wrapper lengths: not slot reads.
    if (s.kind != OwnSlot::Named || (s.attributes & KILN_ATTR_ACCESSOR))
      return;
    holder = o;
    found = s;
    break;
  }
  if (!holder)
    return;
  for (ObjectCell *o = start;; o = o->proto) {
    o->header.flags |= kObjectWatched;
    if (o == holder)
      break;
  }
  KilnPropertyCacheEntry &e = entryFor(cache, receiver);
  e = KilnPropertyCacheEntry{};
  e.shape = receiver;
  e.holder = holder;
  e.proto = proto;
  e.epoch = rt.cacheEpoch;
  e.slot = found.index;
}

bool isDead(const void *cell) {
  return cell && !Heap::isMarked(static_cast<const GCCell *>(cell));
}

void sweepPropertyCaches(Heap &, void *context) {
  Runtime &rt = *static_cast<Runtime *>(context);
  for (const Runtime::CacheRange &range : rt.cacheRanges)
    for (size_t i = 0; i < range.count; ++i)
      for (KilnPropertyCacheEntry &e : range.caches[i].entries) {
        bool marker = e.shape < KILN_CACHE_RECEIVER_MARKER_END;
        if ((!marker && isDead(e.shape)) || isDead(e.holder) || isDead(e.proto))
          e = KilnPropertyCacheEntry{};
      }
}

} // namespace

void kiln::fillGetCache(Runtime &rt, KilnValue v, KilnValue key,
                        KilnPropertyCache *cache) {
  if (isObject(v)) {
    ObjectCell *obj = asObject(v);
    // A dictionary shape does not change when properties are added.
    if (obj->shape->isDictionary())
      return;
    OwnSlot own = findOwn(rt, obj, PropertyKey::fromName(key));
    if (own.kind == OwnSlot::Named && !(own.attributes & KILN_ATTR_ACCESSOR)) {
      setOwnEntry(cache, obj->shape, own.index);
      return;
    }
    // An own property a holder entry would skip; or an inherited `length`,
    // which an array or String wrapper of the same shape and prototype
    // would answer itself.
    if (own.kind != OwnSlot::None ||
        key == rt.atomValue(PredefinedAtom::length))
      return;
    setHolderEntry(rt, cache, obj->shape, obj->proto, obj->proto, key);
  } else if (isString(v)) {
    setHolderEntry(rt, cache, KILN_CACHE_RECEIVER_STRING, nullptr,
                   rt.prototype(Runtime::kStringPrototype), key);
  } else if (isNumber(v)) {
    setHolderEntry(rt, cache, KILN_CACHE_RECEIVER_NUMBER, nullptr,
                   rt.prototype(Runtime::kNumberPrototype), key);
  }
}

void kiln::fillPutCache(Runtime &rt, ObjectCell *obj, KilnValue key,
                        KilnPropertyCache *cache) {
  if (obj->shape->isDictionary())
    return;
  OwnSlot own = findOwn(rt, obj, PropertyKey::fromName(key));
  if (own.kind == OwnSlot::Named && !(own.attributes & KILN_ATTR_ACCESSOR) &&
      (own.attributes & KILN_ATTR_WRITABLE))
    setOwnEntry(cache, obj->shape, own.index);
}

void kiln::fillGlobalCache(Runtime &rt, ObjectCell *global, KilnValue key,
                           KilnPropertyCache *cache) {
  setHolderEntry(rt, cache, KILN_CACHE_RECEIVER_GLOBAL, nullptr, global, key);
}

bool kiln::registerPropertyCaches(Runtime &rt, KilnPropertyCache *caches,
                                  size_t count) {
  if (rt.cacheRanges.empty() &&
      !rt.heap.addWeakCallback(sweepPropertyCaches, &rt))
    return false;
  return rt.cacheRanges.push({caches, count});
}

void kiln::forgetPropertyCaches(Runtime &rt) {
  if (rt.cacheRanges.empty())
    return;
  rt.cacheRanges.clear();
  rt.heap.removeWeakCallback(sweepPropertyCaches, &rt);
}
