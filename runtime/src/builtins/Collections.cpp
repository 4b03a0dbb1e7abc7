//===- Collections.cpp - Map, Set, WeakMap and WeakSet built-ins ----------===//
//
// The constructors (filling a new collection from an iterable through its
// own `set` / `add`, as the spec requires), the prototype methods over the
// ordered hash table of CollectionTable.cpp, Map.groupBy, the `size`
// getters and @@species. Map and Set iterators are in Iterators.cpp.
//
//===----------------------------------------------------------------------===//
#include "builtins/Collections.h"

#include "builtins/Iterators.h"
#include "string/Symbol.h"
#include "vm/Iteration.h"

#include <stdio.h>

using namespace kiln;

namespace {

const char *const kCollectionNames[] = {"Map", "Set", "WeakMap", "WeakSet"};
const Runtime::PermanentSlot kCollectionPrototypes[] = {
    Runtime::kMapPrototype, Runtime::kSetPrototype, Runtime::kWeakMapPrototype,
    Runtime::kWeakSetPrototype};

/// `this` as a collection of \p kind, or null after the TypeError node
/// gives for a method called on something else.
CollectionCell *thisCollection(Runtime &rt, KilnValue thisValue,
                               CollectionKind kind, const char *method) {
  CollectionCell *c = asCollection(thisValue, kind);
  if (!c) {
    char message[128];
    snprintf(message, sizeof message,
             "Method %s.prototype.%s called on incompatible receiver",
             kCollectionNames[unsigned(kind)], method);
    rt.raise(ErrorKind::TypeError, message);
  }
  return c;
}

/// CanBeHeldWeakly: objects and symbols not made by Symbol.for.
bool canBeHeldWeakly(KilnValue v) {
  return isObject(v) || (isSymbol(v) && !asSymbol(v)->isRegistered());
}

KilnValue raiseInvalidWeakKey(Runtime &rt, CollectionKind kind) {
  return rt.raise(ErrorKind::TypeError,
                  kind == CollectionKind::WeakMap
                      ? "Invalid value used as weak map key"
                      : "Invalid value used in weak set");
}

/// A new, empty collection of \p kind whose prototype is
/// \p callee.prototype (the constructor's own one unless it was replaced).
CollectionCell *newCollection(Runtime &rt, KilnValue callee,
                              CollectionKind kind) {
  RootScope scope(rt.heap);
  scope.keep(callee);
  ObjectCell *proto = rt.prototype(kCollectionPrototypes[unsigned(kind)]);
  if (isObject(callee)) {
    KilnValue p = getProperty(
        rt, asObject(callee),
        PropertyKey::fromName(rt.atomValue(PredefinedAtom::prototype)), callee);
    if (isException(p))
      return nullptr;
    if (isObject(p))
      proto = asObject(p);
  }
  scope.keep(proto);
  KilnValue table = newCollectionTable(rt);
  if (isException(table))
    return nullptr;
  scope.keep(table);
  CollectionCell *c = rt.heap.allocate<CollectionCell>(CellKind::Collection);
  if (!c) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  c->object.shape = rt.rootShape();
  c->object.proto = proto;
  c->table = table;
  c->kind = kind;
  return c;
}

/// Adds each value of \p iterable to \p c through \p adder (Map-like kinds
/// take [key, value] entries). Closes the iterator when adding throws.
KilnValue addEntriesFromIterable(Runtime &rt, CollectionCell *c,
                                 KilnValue iterable, KilnValue adder,
                                 bool pairs) {
  RootScope scope(rt.heap);
  scope.keep(&c->object);
  scope.keep(adder);
  KilnValue record = getIterator(rt, iterable);
  if (isException(record))
    return record;
  scope.keep(record);
  KilnValue self = objectValue(&c->object);
  for (;;) {
    KilnValue item = iteratorStepValue(rt, record);
    if (isException(item))
      return item;
    if (isEmpty(item))
      return KILN_VALUE_TRUE;
    KilnValue args[2] = {item, KILN_VALUE_UNDEFINED};
    if (pairs) {
      if (!isObject(item)) {
        rt.raise(ErrorKind::TypeError, "Iterator value is not an entry object");
        return iteratorCloseOnThrow(rt, record);
      }
      KilnValue *slot = scope.keep(item);
      args[0] =
          getProperty(rt, asObject(*slot), PropertyKey::fromIndex(0), *slot);
      if (isException(args[0]))
        return iteratorCloseOnThrow(rt, record);
      KilnValue *key = scope.keep(args[0]);
      args[1] =
          getProperty(rt, asObject(*slot), PropertyKey::fromIndex(1), *slot);
      if (isException(args[1]))
        return iteratorCloseOnThrow(rt, record);
      args[0] = *key;
    }
    if (isException(callFunction(rt, adder, self, args, pairs ? 2 : 1, false)))
      return iteratorCloseOnThrow(rt, record);
  }
}

/// The constructors' shared body: `new Map(iterable)` and the others.
KilnValue constructCollection(Runtime &rt, KilnValue callee,
                              const KilnValue *args, uint32_t argc,
                              bool isConstruct, CollectionKind kind) {
  if (!isConstruct) {
    char message[64];
    snprintf(message, sizeof message, "Constructor %s requires 'new'",
             kCollectionNames[unsigned(kind)]);
    return rt.raise(ErrorKind::TypeError, message);
  }
  CollectionCell *c = newCollection(rt, callee, kind);
  if (!c)
    return KILN_VALUE_EXCEPTION;
  KilnValue iterable = argAt(args, argc, 0);
  if (isNullish(iterable))
    return objectValue(&c->object);
  RootScope scope(rt.heap);
  scope.keep(&c->object);
  bool pairs = kind == CollectionKind::Map || kind == CollectionKind::WeakMap;
  KilnValue name = kiln_rt_atom_from_utf8(toABI(rt), pairs ? "set" : "add", 3);
  if (isException(name))
    return name;
  KilnValue adder = getProperty(rt, &c->object, PropertyKey::fromName(name),
                                objectValue(&c->object));
  if (isException(adder))
    return adder;
  if (!isCallable(adder))
    return rt.raise(ErrorKind::TypeError,
                    pairs ? "'set' returned for the collection is not a "
                            "function"
                          : "'add' returned for the collection is not a "
                            "function");
  KilnValue r = addEntriesFromIterable(rt, c, iterable, adder, pairs);
  return isException(r) ? r : objectValue(&c->object);
}

/// forEach over a live cursor: entries added during the loop are visited,
/// deleted ones are not.
KilnValue forEachEntry(Runtime &rt, CollectionCell *c, KilnValue thisValue,
                       const KilnValue *args, uint32_t argc, bool isMap) {
  KilnValue callback = argAt(args, argc, 0);
  if (!isCallable(callback))
    return rt.raise(ErrorKind::TypeError, "callback is not a function");
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  KilnValue *table = scope.keep(c->table);
  // The entry being visited stays rooted even if the callback deletes it.
  KilnValue *key = scope.keep(KILN_VALUE_UNDEFINED);
  KilnValue *value = scope.keep(KILN_VALUE_UNDEFINED);
  uint32_t index = 0;
  while (collectionNextEntry(*table, index, *key, *value)) {
    KilnValue call[3] = {isMap ? *value : *key, *key, thisValue};
    if (isException(
            callFunction(rt, callback, argAt(args, argc, 1), call, 3, false)))
      return KILN_VALUE_EXCEPTION;
  }
  return KILN_VALUE_UNDEFINED;
}

} // namespace

// --- Constructors -----------------------------------------------------------

KilnValue kiln::mapConstructor(Runtime &rt, KilnValue callee, KilnValue,
                               const KilnValue *args, uint32_t argc,
                               bool isConstruct) {
  return constructCollection(rt, callee, args, argc, isConstruct,
                             CollectionKind::Map);
}

KilnValue kiln::setConstructor(Runtime &rt, KilnValue callee, KilnValue,
                               const KilnValue *args, uint32_t argc,
                               bool isConstruct) {
  return constructCollection(rt, callee, args, argc, isConstruct,
                             CollectionKind::Set);
}

KilnValue kiln::weakMapConstructor(Runtime &rt, KilnValue callee, KilnValue,
                                   const KilnValue *args, uint32_t argc,
                                   bool isConstruct) {
  return constructCollection(rt, callee, args, argc, isConstruct,
                             CollectionKind::WeakMap);
}

KilnValue kiln::weakSetConstructor(Runtime &rt, KilnValue callee, KilnValue,
                                   const KilnValue *args, uint32_t argc,
                                   bool isConstruct) {
  return constructCollection(rt, callee, args, argc, isConstruct,
                             CollectionKind::WeakSet);
}

KilnValue kiln::collectionSpecies(Runtime &, KilnValue, KilnValue thisValue,
                                  const KilnValue *, uint32_t, bool) {
  return thisValue;
}

KilnValue kiln::mapGroupBy(Runtime &rt, KilnValue, KilnValue,
                           const KilnValue *args, uint32_t argc, bool) {
  KilnValue items = argAt(args, argc, 0);
  KilnValue callback = argAt(args, argc, 1);
  if (isNullish(items))
    return rt.raise(ErrorKind::TypeError,
                    "Map.groupBy called on null or undefined");
  if (!isCallable(callback))
    return rt.raise(ErrorKind::TypeError, "callback is not a function");
  RootScope scope(rt.heap);
  CollectionCell *groups =
      newCollection(rt, KILN_VALUE_UNDEFINED, CollectionKind::Map);
  if (!groups)
    return KILN_VALUE_EXCEPTION;
  scope.keep(&groups->object);
  KilnValue record = getIterator(rt, items);
  if (isException(record))
    return record;
  scope.keep(record);
  for (double k = 0;; ++k) {
    KilnValue value = iteratorStepValue(rt, record);
    if (isException(value))
      return value;
    if (isEmpty(value))
      return objectValue(&groups->object);
    KilnValue *held = scope.keep(value);
    KilnValue call[2] = {value, makeNumber(k)};
    KilnValue key =
        callFunction(rt, callback, KILN_VALUE_UNDEFINED, call, 2, false);
    if (isException(key))
      return iteratorCloseOnThrow(rt, record);
    KilnValue *heldKey = scope.keep(key);
    KilnValue group = collectionGet(rt, groups, key);
    if (isException(group))
      return iteratorCloseOnThrow(rt, record);
    if (isEmpty(group)) {
      group = kiln_rt_new_array(toABI(rt), 1);
      if (isException(group) ||
          isException(collectionSet(rt, groups, *heldKey, group)))
        return iteratorCloseOnThrow(rt, record);
    }
    if (isException(kiln_rt_array_append(toABI(rt), group, *held)))
      return iteratorCloseOnThrow(rt, record);
  }
}

namespace {

bool isWeakKind(CollectionKind kind) {
  return kind == CollectionKind::WeakMap || kind == CollectionKind::WeakSet;
}

/// The body of `get` for Map and WeakMap: undefined for absent keys (and,
/// on a WeakMap, for keys that could never have been stored).
KilnValue collectionProtoGet(Runtime &rt, KilnValue thisValue,
                             CollectionKind kind, const KilnValue *args,
                             uint32_t argc) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, "get");
  if (!c)
    return KILN_VALUE_EXCEPTION;
  if (isWeakKind(kind) && !canBeHeldWeakly(argAt(args, argc, 0)))
    return KILN_VALUE_UNDEFINED;
  KilnValue v = collectionGet(rt, c, argAt(args, argc, 0));
  return isEmpty(v) ? KILN_VALUE_UNDEFINED : v;
}

/// The body of `set` (Map kinds, \p value is the second argument) and `add`
/// (Set kinds, \p value is undefined): returns `this`. Weak kinds reject
/// keys that cannot be held weakly.
KilnValue collectionProtoSet(Runtime &rt, KilnValue thisValue,
                             CollectionKind kind, const char *method,
                             KilnValue key, KilnValue value) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, method);
  if (!c)
    return KILN_VALUE_EXCEPTION;
  if (isWeakKind(kind) && !canBeHeldWeakly(key))
    return raiseInvalidWeakKey(rt, kind);
  KilnValue r = collectionSet(rt, c, key, value);
  return isException(r) ? r : thisValue;
}

/// The body of `has` for every kind; weak kinds answer false for keys that
/// cannot be held weakly.
KilnValue collectionProtoHas(Runtime &rt, KilnValue thisValue,
                             CollectionKind kind, const KilnValue *args,
                             uint32_t argc) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, "has");
  if (!c)
    return KILN_VALUE_EXCEPTION;
  if (isWeakKind(kind) && !canBeHeldWeakly(argAt(args, argc, 0)))
    return KILN_VALUE_FALSE;
  KilnValue v = collectionGet(rt, c, argAt(args, argc, 0));
  return isException(v) ? v : makeBool(!isEmpty(v));
}

/// The body of `delete` for every kind; weak kinds answer false for keys
/// that cannot be held weakly.
KilnValue collectionProtoDelete(Runtime &rt, KilnValue thisValue,
                                CollectionKind kind, const KilnValue *args,
                                uint32_t argc) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, "delete");
  if (!c)
    return KILN_VALUE_EXCEPTION;
  if (isWeakKind(kind) && !canBeHeldWeakly(argAt(args, argc, 0)))
    return KILN_VALUE_FALSE;
  return collectionDelete(rt, c, argAt(args, argc, 0));
}

KilnValue collectionProtoClear(Runtime &rt, KilnValue thisValue,
                               CollectionKind kind) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, "clear");
  if (!c)
    return KILN_VALUE_EXCEPTION;
  KilnValue r = collectionClear(rt, c);
  return isException(r) ? r : KILN_VALUE_UNDEFINED;
}

KilnValue collectionProtoForEach(Runtime &rt, KilnValue thisValue,
                                 CollectionKind kind, const KilnValue *args,
                                 uint32_t argc) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, "forEach");
  return c ? forEachEntry(rt, c, thisValue, args, argc,
                          kind == CollectionKind::Map)
           : KILN_VALUE_EXCEPTION;
}

KilnValue collectionProtoSize(Runtime &rt, KilnValue thisValue,
                              CollectionKind kind) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, "size");
  return c ? makeNumber(double(collectionSize(c))) : KILN_VALUE_EXCEPTION;
}

/// The body of `keys` / `values` / `entries` (and @@iterator).
KilnValue collectionProtoIterator(Runtime &rt, KilnValue thisValue,
                                  CollectionKind kind, const char *method,
                                  IterationKind iteration) {
  CollectionCell *c = thisCollection(rt, thisValue, kind, method);
  return c ? newCollectionIterator(rt, c, iteration) : KILN_VALUE_EXCEPTION;
}

} // namespace

// --- Map.prototype ----------------------------------------------------------

KilnValue kiln::mapProtoGet(Runtime &rt, KilnValue, KilnValue thisValue,
                            const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoGet(rt, thisValue, CollectionKind::Map, args, argc);
}

KilnValue kiln::mapProtoSet(Runtime &rt, KilnValue, KilnValue thisValue,
                            const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoSet(rt, thisValue, CollectionKind::Map, "set",
                            argAt(args, argc, 0), argAt(args, argc, 1));
}

KilnValue kiln::mapProtoHas(Runtime &rt, KilnValue, KilnValue thisValue,
                            const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoHas(rt, thisValue, CollectionKind::Map, args, argc);
}

KilnValue kiln::mapProtoDelete(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoDelete(rt, thisValue, CollectionKind::Map, args, argc);
}

KilnValue kiln::mapProtoClear(Runtime &rt, KilnValue, KilnValue thisValue,
                              const KilnValue *, uint32_t, bool) {
  return collectionProtoClear(rt, thisValue, CollectionKind::Map);
}

KilnValue kiln::mapProtoForEach(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoForEach(rt, thisValue, CollectionKind::Map, args, argc);
}

KilnValue kiln::mapProtoSize(Runtime &rt, KilnValue, KilnValue thisValue,
                             const KilnValue *, uint32_t, bool) {
  return collectionProtoSize(rt, thisValue, CollectionKind::Map);
}

KilnValue kiln::mapProtoKeys(Runtime &rt, KilnValue, KilnValue thisValue,
                             const KilnValue *, uint32_t, bool) {
  return collectionProtoIterator(rt, thisValue, CollectionKind::Map, "keys",
                                 IterationKind::Keys);
}

KilnValue kiln::mapProtoValues(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *, uint32_t, bool) {
  return collectionProtoIterator(rt, thisValue, CollectionKind::Map, "values",
                                 IterationKind::Values);
}

KilnValue kiln::mapProtoEntries(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *, uint32_t, bool) {
  return collectionProtoIterator(rt, thisValue, CollectionKind::Map, "entries",
                                 IterationKind::Entries);
}

// --- Set.prototype ----------------------------------------------------------

KilnValue kiln::setProtoHas(Runtime &rt, KilnValue, KilnValue thisValue,
                            const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoHas(rt, thisValue, CollectionKind::Set, args, argc);
}

KilnValue kiln::setProtoAdd(Runtime &rt, KilnValue, KilnValue thisValue,
                            const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoSet(rt, thisValue, CollectionKind::Set, "add",
                            argAt(args, argc, 0), KILN_VALUE_UNDEFINED);
}

KilnValue kiln::setProtoDelete(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoDelete(rt, thisValue, CollectionKind::Set, args, argc);
}

KilnValue kiln::setProtoClear(Runtime &rt, KilnValue, KilnValue thisValue,
                              const KilnValue *, uint32_t, bool) {
  return collectionProtoClear(rt, thisValue, CollectionKind::Set);
}

KilnValue kiln::setProtoForEach(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoForEach(rt, thisValue, CollectionKind::Set, args, argc);
}

KilnValue kiln::setProtoSize(Runtime &rt, KilnValue, KilnValue thisValue,
                             const KilnValue *, uint32_t, bool) {
  return collectionProtoSize(rt, thisValue, CollectionKind::Set);
}

KilnValue kiln::setProtoValues(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *, uint32_t, bool) {
  return collectionProtoIterator(rt, thisValue, CollectionKind::Set, "values",
                                 IterationKind::Values);
}

KilnValue kiln::setProtoEntries(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *, uint32_t, bool) {
  return collectionProtoIterator(rt, thisValue, CollectionKind::Set, "entries",
                                 IterationKind::Entries);
}

// --- WeakMap.prototype and WeakSet.prototype -------------------------------

KilnValue kiln::weakMapProtoGet(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoGet(rt, thisValue, CollectionKind::WeakMap, args, argc);
}

KilnValue kiln::weakMapProtoSet(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoSet(rt, thisValue, CollectionKind::WeakMap, "set",
                            argAt(args, argc, 0), argAt(args, argc, 1));
}

KilnValue kiln::weakMapProtoHas(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoHas(rt, thisValue, CollectionKind::WeakMap, args, argc);
}

KilnValue kiln::weakMapProtoDelete(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoDelete(rt, thisValue, CollectionKind::WeakMap, args,
                               argc);
}

KilnValue kiln::weakSetProtoAdd(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoSet(rt, thisValue, CollectionKind::WeakSet, "add",
                            argAt(args, argc, 0), KILN_VALUE_UNDEFINED);
}

KilnValue kiln::weakSetProtoHas(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoHas(rt, thisValue, CollectionKind::WeakSet, args, argc);
}

KilnValue kiln::weakSetProtoDelete(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  return collectionProtoDelete(rt, thisValue, CollectionKind::WeakSet, args,
                               argc);
}
