//===- PropertyCache.h - Inline-cache hits and fills ------------*- C++ -*-===//
//
// The runtime side of KilnPropertyCache (kiln/ObjectLayout.h, which states
// the entry invariants): the hit tests that the interpreter's GetProp,
// PutProp and LoadGlobal handlers inline before they call the kiln_rt_*
// slow path, the fills that the slow paths run after a miss, and the
// registry of cache arrays whose entries the collector clears when a cached
// shape or object dies.
//
// Validity: an own entry is guarded by the receiver's shared shape alone. A
// holder entry (a property found on the prototype chain, on the global
// object, or from a primitive's prototype) is guarded by the receiver's
// shape and [[Prototype]] and by the runtime's cache epoch; filling it marks
// each object from the start of the lookup to the holder kObjectWatched, and
// noteLayoutChange (ObjectInternal.h) bumps the epoch when a watched object
// gains, loses or reconfigures a property or changes its prototype.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OBJECT_PROPERTYCACHE_H
#define KILN_OBJECT_PROPERTYCACHE_H

#include "core/Runtime.h"
#include "object/Object.h"

namespace kiln {

/// The value of a named property of \p v when \p cache has an entry for
/// \p v's receiver kind; false on a miss (nothing is changed).
inline bool cachedGet(const Runtime &rt, KilnValue v,
                      const KilnPropertyCache *cache, KilnValue &out) {
  const ObjectCell *obj = nullptr;
  const void *receiver;
  if (isObject(v)) {
    obj = asObject(v);
    receiver = obj->shape;
  } else if (isString(v)) {
    receiver = KILN_CACHE_RECEIVER_STRING;
  } else if (isNumber(v)) {
    receiver = KILN_CACHE_RECEIVER_NUMBER;
  } else {
    return false;
  }
  for (unsigned i = 0; i < KILN_PROPERTY_CACHE_ENTRIES; ++i) {
    const KilnPropertyCacheEntry &e = cache->entries[i];
    if (e.shape != receiver)
      continue;
    if (!e.holder) {
      out = obj->slots->values[e.slot];
      return true;
    }
    if (e.epoch != rt.cacheEpoch || (obj && obj->proto != e.proto))
      return false;
    out = static_cast<const ObjectCell *>(e.holder)->slots->values[e.slot];
    return true;
  }
  return false;
}

/// Stores \p value into an own writable data property of \p v when
/// \p cache has an entry for its shape; false on a miss.
inline bool cachedPut(KilnValue v, const KilnPropertyCache *cache,
                      KilnValue value) {
  if (!isObject(v))
    return false;
  ObjectCell *obj = asObject(v);
  for (unsigned i = 0; i < KILN_PROPERTY_CACHE_ENTRIES; ++i) {
    const KilnPropertyCacheEntry &e = cache->entries[i];
    if (e.shape == obj->shape && !e.holder) {
      obj->slots->values[e.slot] = value;
      return true;
    }
  }
  return false;
}

/// A LoadGlobal site's cached data property of the global object (or of an
/// object on its prototype chain); false on a miss.
inline bool cachedGlobal(const Runtime &rt, const KilnPropertyCache *cache,
                         KilnValue &out) {
  const KilnPropertyCacheEntry &e = cache->entries[0];
  if (e.shape != KILN_CACHE_RECEIVER_GLOBAL || e.epoch != rt.cacheEpoch)
    return false;
  out = static_cast<const ObjectCell *>(e.holder)->slots->values[e.slot];
  return true;
}

/// `length` of a string primitive or of an array, which no cache entry
/// describes (both answer it themselves, before any prototype).
inline bool lengthOf(const Runtime &rt, KilnValue v, KilnValue key,
                     KilnValue &out) {
  if (key != rt.atomValue(PredefinedAtom::length))
    return false;
  if (isString(v)) {
    out = makeInt32(int32_t(asString(v)->length));
    return true;
  }
  if (isObject(v) && asObject(v)->isArray()) {
    out = makeNumber(double(asObject(v)->length));
    return true;
  }
  return false;
}

/// After a get of the named (non-index) \p key on \p v missed: caches
/// where the property lives when it is a data property that an entry can
/// describe. Never allocates beyond a shape's lookup map.
void fillGetCache(Runtime &rt, KilnValue v, KilnValue key,
                  KilnPropertyCache *cache);
/// After a put of \p key on \p obj: caches the property when it is an own
/// writable data property of a shared shape.
void fillPutCache(Runtime &rt, ObjectCell *obj, KilnValue key,
                  KilnPropertyCache *cache);
/// After a LoadGlobal of \p key read a property of \p global: caches it
/// when it is a data property.
void fillGlobalCache(Runtime &rt, ObjectCell *global, KilnValue key,
                     KilnPropertyCache *cache);

/// Registers \p count caches at \p caches (which must stay valid until
/// forgetPropertyCaches) so that collections clear entries whose cells die;
/// false on OOM.
bool registerPropertyCaches(Runtime &rt, KilnPropertyCache *caches,
                            size_t count);
/// Drops every registration (before the cache arrays are freed).
void forgetPropertyCaches(Runtime &rt);

} // namespace kiln

#endif // KILN_OBJECT_PROPERTYCACHE_H
