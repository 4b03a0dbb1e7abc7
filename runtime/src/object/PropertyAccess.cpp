//===- PropertyAccess.cpp - Property access entry points and inline caches ===//
//
// kiln_rt_get_prop_ic / kiln_rt_put_prop_ic (named access through a
// KilnPropertyCache, object/PropertyCache.h), kiln_rt_get_elem / put_elem /
// delete_elem (computed keys, with the dense-array fast paths of
// ElementFastPaths.h), and object creation. Access on primitives goes to the
// matching prototype with the primitive as receiver; strings answer
// `length` and their indices themselves, arrays their `length`.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "object/ElementFastPaths.h"
#include "object/ObjectInternal.h"
#include "object/PropertyCache.h"
#include "ops/Conversions.h"
#include "string/String.h"

using namespace kiln;

namespace {

/// The object that property lookup on \p v starts from; null for
/// undefined/null (after raising the TypeError).
ObjectCell *lookupStart(Runtime &rt, KilnValue v, const PropertyKey &key,
                        bool reading) {
  if (isObject(v))
    return asObject(v);
  Runtime::PermanentSlot proto;
  if (isString(v))
    proto = Runtime::kStringPrototype;
  else if (isNumber(v))
    proto = Runtime::kNumberPrototype;
  else if (isBool(v))
    proto = Runtime::kBooleanPrototype;
  else if (isSymbol(v))
    proto = Runtime::kSymbolPrototype;
  else {
    raiseWithKey(rt, ErrorKind::TypeError,
                 reading ? (isUndefined(v) ? "Cannot read properties of "
                                             "undefined (reading '%s')"
                                           : "Cannot read properties of null "
                                             "(reading '%s')")
                         : (isUndefined(v) ? "Cannot set properties of "
                                             "undefined (setting '%s')"
                                           : "Cannot set properties of null "
                                             "(setting '%s')"),
                 key);
    return nullptr;
  }
  return rt.prototype(proto);
}

KilnValue getValue(Runtime &rt, KilnValue object, const PropertyKey &key) {
  if (isString(object)) {
    StringCell *s = asString(object);
    if (!key.isIndex() && key.name == rt.atomValue(PredefinedAtom::length))
      return makeInt32(int32_t(s->length));
    if (key.isIndex() && key.index < s->length) {
      RootScope scope(rt.heap);
      StringCell *flat = flattenString(rt, s);
      StringCell *ch =
          flat ? substring(rt, flat, key.index, key.index + 1) : nullptr;
      return ch ? stringValue(ch) : KILN_VALUE_EXCEPTION;
    }
  }
  ObjectCell *start = lookupStart(rt, object, key, true);
  if (!start)
    return KILN_VALUE_EXCEPTION;
  return getProperty(rt, start, key, object);
}

KilnValue putValue(Runtime &rt, KilnValue object, const PropertyKey &key,
                   KilnValue value) {
  ObjectCell *start = lookupStart(rt, object, key, false);
  if (!start)
    return KILN_VALUE_EXCEPTION;
  KilnValue r = setProperty(rt, start, key, value, object);
  return isException(r) ? r : value;
}

/// The key of a named access: names that are canonical array indices
/// ("0", "17") are index keys.
PropertyKey namedKey(KilnValue key) {
  uint32_t index;
  if (isString(key) && stringToArrayIndex(asString(key), index))
    return PropertyKey::fromIndex(index);
  return PropertyKey::fromName(key);
}

} // namespace

extern "C" {

KilnValue kiln_rt_new_object(KilnRuntime *krt) {
  Runtime &rt = fromABI(krt);
  ObjectCell *obj = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln_rt_new_array(KilnRuntime *krt, uint32_t capacity) {
  ObjectCell *array = newArray(fromABI(krt), capacity);
  return array ? objectValue(array) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln_rt_get_prop_ic(KilnRuntime *krt, KilnValue object, KilnValue key,
                              KilnPropertyCache *cache) {
  Runtime &rt = fromABI(krt);
  KilnValue v;
  if (cachedGet(rt, object, cache, v) || lengthOf(rt, object, key, v))
    return v;
  cache->misses++;
  PropertyKey pk = namedKey(key);
  RootScope scope(rt.heap);
  scope.keep(object);
  scope.keep(key);
  if (!pk.isIndex())
    fillGetCache(rt, object, key, cache);
  return getValue(rt, object, pk);
}

KilnValue kiln_rt_put_prop_ic(KilnRuntime *krt, KilnValue object, KilnValue key,
                              KilnValue value, KilnPropertyCache *cache) {
  if (cachedPut(object, cache, value))
    return value;
  Runtime &rt = fromABI(krt);
  cache->misses++;
  PropertyKey pk = namedKey(key);
  RootScope scope(rt.heap);
  scope.keep(object);
  scope.keep(key);
  KilnValue r = putValue(rt, object, pk, value);
  // Cache after the store, so a put that added the property caches the
  // shape it now has (the next object built the same way hits).
  if (!isException(r) && isObject(object) && !pk.isIndex())
    fillPutCache(rt, asObject(object), key, cache);
  return r;
}

KilnValue kiln_rt_get_elem(KilnRuntime *krt, KilnValue object, KilnValue key) {
  Runtime &rt = fromABI(krt);
  KilnValue element;
  if (isObject(object) && isInt32(key) && asInt32(key) >= 0 &&
      denseElement(asObject(object), uint32_t(asInt32(key)), element))
    return element;
  if (isNullish(object)) {
    PropertyKey pk;
    if (!toPropertyKey(rt, key, pk))
      return KILN_VALUE_EXCEPTION;
    lookupStart(rt, object, pk, true);
    return KILN_VALUE_EXCEPTION;
  }
  RootScope scope(rt.heap);
  scope.keep(object);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  scope.keep(pk.name);
  return getValue(rt, object, pk);
}

KilnValue kiln_rt_put_elem(KilnRuntime *krt, KilnValue object, KilnValue key,
                           KilnValue value) {
  Runtime &rt = fromABI(krt);
  KilnValue stored;
  if (isObject(object) && isInt32(key) && asInt32(key) >= 0 &&
      denseSet(rt, asObject(object), uint32_t(asInt32(key)), value, stored))
    return isException(stored) ? stored : value;
  RootScope scope(rt.heap);
  scope.keep(object);
  scope.keep(value);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  scope.keep(pk.name);
  return putValue(rt, object, pk, value);
}

KilnValue kiln_rt_delete_elem(KilnRuntime *krt, KilnValue object,
                              KilnValue key) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(object);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  if (isNullish(object)) {
    lookupStart(rt, object, pk, true);
    return KILN_VALUE_EXCEPTION;
  }
  // A String wrapper's length and indices are non-configurable.
  if (isString(object) &&
      (pk.isIndex() ? pk.index < asString(object)->length
                    : pk.name == rt.atomValue(PredefinedAtom::length)))
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot delete property '%s' of a string", pk);
  if (!isObject(object))
    return KILN_VALUE_TRUE; // other wrapper properties are inherited
  return deleteProperty(rt, asObject(object), pk);
}

} // extern "C"
