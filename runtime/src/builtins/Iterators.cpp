//===- Iterators.cpp - Built-in iterators and Array.from ------------------===//
//
// %IteratorPrototype%, the Array, String, Map and Set iterator objects with
// their `next` methods, the methods that make them (Array.prototype.keys /
// values / entries / @@iterator, String.prototype[@@iterator], and the Map
// and Set ones in Collections.cpp), and Array.from, which consumes any
// iterable through the protocol of vm/Iteration.h and falls back to
// array-likes.
//
//===----------------------------------------------------------------------===//
#include "builtins/Iterators.h"

#include "builtins/ArrayLike.h"
#include "builtins/Collections.h"
#include "vm/Iteration.h"

#include <stdio.h>

using namespace kiln;

void kiln::traceBuiltinIterator(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
  marker.markValue(reinterpret_cast<BuiltinIteratorCell *>(cell)->target);
}

namespace {

const Runtime::PermanentSlot kIteratorPrototypes[] = {
    Runtime::kArrayIteratorPrototype, Runtime::kStringIteratorPrototype,
    Runtime::kMapIteratorPrototype, Runtime::kSetIteratorPrototype};

/// CreateIterResultObject(value, done): { value, done }.
KilnValue iterResult(Runtime &rt, KilnValue value, bool done) {
  RootScope scope(rt.heap);
  scope.keep(value);
  ObjectCell *obj = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  PropertyDescriptor v = PropertyDescriptor::data(value, KILN_ATTR_DEFAULT);
  PropertyDescriptor d =
      PropertyDescriptor::data(makeBool(done), KILN_ATTR_DEFAULT);
  if (isException(defineOwnProperty(
          rt, obj, PropertyKey::fromName(rt.atomValue(PredefinedAtom::value)),
          v)) ||
      isException(defineOwnProperty(
          rt, obj, PropertyKey::fromName(rt.atomValue(PredefinedAtom::done)),
          d)))
    return KILN_VALUE_EXCEPTION;
  return objectValue(obj);
}

/// The shared body of the `next` methods.
KilnValue iteratorNext(Runtime &rt, KilnValue thisValue, IteratedType type,
                       const char *name) {
  BuiltinIteratorCell *it = asBuiltinIterator(thisValue, type);
  if (!it) {
    char message[96];
    snprintf(message, sizeof message,
             "Method %s Iterator.prototype.next called on incompatible "
             "receiver",
             name);
    return rt.raise(ErrorKind::TypeError, message);
  }
  KilnValue v = builtinIteratorStep(rt, it);
  if (isException(v))
    return v;
  return isEmpty(v) ? iterResult(rt, KILN_VALUE_UNDEFINED, true)
                    : iterResult(rt, v, false);
}

KilnValue arrayIterator(Runtime &rt, KilnValue thisValue, IterationKind kind) {
  ObjectCell *o = toObject(rt, thisValue);
  return o ? newBuiltinIterator(rt, IteratedType::Array, kind, objectValue(o))
           : KILN_VALUE_EXCEPTION;
}

/// [key, value]; EXCEPTION on OOM.
KilnValue entryPair(Runtime &rt, KilnValue key, KilnValue value) {
  KilnValue pair[2] = {key, value};
  RootScope scope(rt.heap);
  scope.keep(key);
  scope.keep(value);
  return arrayFromValues(rt, pair, 2);
}

KilnValue stepArray(Runtime &rt, BuiltinIteratorCell *it) {
  RootScope scope(rt.heap);
  scope.keep(&it->object);
  ObjectCell *array = asObject(it->target);
  double length;
  if (array->isArray()) {
    length = array->length;
  } else if (!lengthOfArrayLike53(rt, array, length)) {
    it->target = KILN_VALUE_UNDEFINED;
    return KILN_VALUE_EXCEPTION;
  }
  double index = it->index;
  if (index >= length) {
    it->target = KILN_VALUE_UNDEFINED;
    return KILN_VALUE_EMPTY;
  }
  KilnValue key = makeNumber(index);
  if (it->kind == IterationKind::Keys) {
    it->index++;
    return key;
  }
  KilnValue v = getAt(rt, array, index);
  if (isException(v)) {
    it->target = KILN_VALUE_UNDEFINED;
    return v;
  }
  it->index++;
  return it->kind == IterationKind::Values ? v : entryPair(rt, key, v);
}

KilnValue stepCollection(Runtime &rt, BuiltinIteratorCell *it) {
  KilnValue key, value;
  uint32_t index = it->index;
  KilnValue table = it->target;
  bool found = collectionNextEntry(table, index, key, value);
  it->target = found ? table : KILN_VALUE_UNDEFINED;
  it->index = index;
  if (!found)
    return KILN_VALUE_EMPTY;
  if (it->type == IteratedType::Set)
    value = key;
  switch (it->kind) {
  case IterationKind::Keys:
    return key;
  case IterationKind::Values:
    return value;
  case IterationKind::Entries:
    break;
  }
  return entryPair(rt, key, value);
}

} // namespace

// --- Iterator cells
// -----------------------------------------------------------

BuiltinIteratorCell *kiln::asBuiltinIterator(KilnValue v, IteratedType type) {
  if (!isObject(v) || asCell(v)->kind != CellKind::BuiltinIterator)
    return nullptr;
  BuiltinIteratorCell *it = reinterpret_cast<BuiltinIteratorCell *>(asCell(v));
  return it->type == type ? it : nullptr;
}

KilnValue kiln::newBuiltinIterator(Runtime &rt, IteratedType type,
                                   IterationKind kind, KilnValue target,
                                   uint32_t index) {
  RootScope scope(rt.heap);
  scope.keep(target);
  BuiltinIteratorCell *it =
      rt.heap.allocate<BuiltinIteratorCell>(CellKind::BuiltinIterator);
  if (!it)
    return rt.raiseOutOfMemory();
  it->object.shape = rt.rootShape();
  it->object.proto = rt.prototype(kIteratorPrototypes[unsigned(type)]);
  it->target = target;
  it->index = index;
  it->type = type;
  it->kind = kind;
  return objectValue(&it->object);
}

KilnValue kiln::newCollectionIterator(Runtime &rt, CollectionCell *c,
                                      IterationKind kind) {
  return newBuiltinIterator(rt,
                            c->kind == CollectionKind::Map ? IteratedType::Map
                                                           : IteratedType::Set,
                            kind, c->table);
}

KilnValue kiln::stringIteratorStep(Runtime &rt, KilnValue string,
                                   uint32_t &index) {
  StringCell *flat = flattenString(rt, asString(string));
  if (!flat)
    return KILN_VALUE_EXCEPTION;
  StringView view = viewFlat(flat);
  if (index >= view.length)
    return KILN_VALUE_EMPTY;
  uint32_t units = 1;
  uint16_t c = view.at(index);
  if (c >= 0xD800 && c < 0xDC00 && index + 1 < view.length &&
      view.at(index + 1) >= 0xDC00 && view.at(index + 1) < 0xE000)
    units = 2;
  StringCell *s = substring(rt, flat, index, index + units);
  if (!s)
    return KILN_VALUE_EXCEPTION;
  index += units;
  return stringValue(s);
}

KilnValue kiln::builtinIteratorStep(Runtime &rt, BuiltinIteratorCell *it) {
  if (isUndefined(it->target))
    return KILN_VALUE_EMPTY;
  switch (it->type) {
  case IteratedType::Array:
    return stepArray(rt, it);
  case IteratedType::String: {
    RootScope scope(rt.heap);
    scope.keep(&it->object);
    uint32_t index = it->index;
    KilnValue v = stringIteratorStep(rt, it->target, index);
    if (isEmpty(v))
      it->target = KILN_VALUE_UNDEFINED;
    it->index = index;
    return v;
  }
  case IteratedType::Map:
  case IteratedType::Set:
    return stepCollection(rt, it);
  }
  return KILN_VALUE_EMPTY;
}

// --- Natives
// ------------------------------------------------------------------

KilnValue kiln::iteratorProtoIterator(Runtime &, KilnValue, KilnValue thisValue,
                                      const KilnValue *, uint32_t, bool) {
  return thisValue;
}

KilnValue kiln::arrayIteratorProtoNext(Runtime &rt, KilnValue,
                                       KilnValue thisValue, const KilnValue *,
                                       uint32_t, bool) {
  return iteratorNext(rt, thisValue, IteratedType::Array, "Array");
}

KilnValue kiln::stringIteratorProtoNext(Runtime &rt, KilnValue,
                                        KilnValue thisValue, const KilnValue *,
                                        uint32_t, bool) {
  return iteratorNext(rt, thisValue, IteratedType::String, "String");
}

KilnValue kiln::mapIteratorProtoNext(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *,
                                     uint32_t, bool) {
  return iteratorNext(rt, thisValue, IteratedType::Map, "Map");
}

KilnValue kiln::setIteratorProtoNext(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *,
                                     uint32_t, bool) {
  return iteratorNext(rt, thisValue, IteratedType::Set, "Set");
}

KilnValue kiln::arrayProtoKeys(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *, uint32_t, bool) {
  return arrayIterator(rt, thisValue, IterationKind::Keys);
}

KilnValue kiln::arrayProtoValues(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *, uint32_t, bool) {
  return arrayIterator(rt, thisValue, IterationKind::Values);
}

KilnValue kiln::arrayProtoEntries(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *, uint32_t, bool) {
  return arrayIterator(rt, thisValue, IterationKind::Entries);
}

KilnValue kiln::stringProtoIterator(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *, uint32_t, bool) {
  if (isNullish(thisValue))
    return rt.raise(ErrorKind::TypeError,
                    "String.prototype[Symbol.iterator] called on null or "
                    "undefined");
  StringCell *s = toString(rt, thisValue);
  return s ? newBuiltinIterator(rt, IteratedType::String, IterationKind::Values,
                                stringValue(s))
           : KILN_VALUE_EXCEPTION;
}

// --- Array.from
// -----------------------------------------------------------------

namespace {

/// Construct(C, args) when C is a constructor, else ArrayCreate(length).
ObjectCell *newTarget(Runtime &rt, KilnValue c, const KilnValue *args,
                      uint32_t argc, double length) {
  if (isConstructor(c)) {
    KilnValue made = constructWithNewTarget(rt, c, c, args, argc);
    if (isException(made))
      return nullptr;
    if (!isObject(made)) {
      rt.raise(ErrorKind::TypeError, "constructor did not return an object");
      return nullptr;
    }
    return asObject(made);
  }
  return arrayCreate(rt, length);
}

} // namespace

KilnValue kiln::arrayFrom(Runtime &rt, KilnValue, KilnValue thisValue,
                          const KilnValue *args, uint32_t argc, bool) {
  KilnValue items = argAt(args, argc, 0);
  KilnValue mapFn = argAt(args, argc, 1);
  KilnValue thisArg = argAt(args, argc, 2);
  bool mapping = !isUndefined(mapFn);
  if (mapping && !isCallable(mapFn))
    return rt.raise(ErrorKind::TypeError,
                    "Array.from: the mapper is not a function");
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  KilnValue method =
      isNullish(items) ? KILN_VALUE_UNDEFINED : getIteratorMethod(rt, items);
  if (isException(method))
    return method;
  KilnValue *value = scope.keep(KILN_VALUE_UNDEFINED);
  if (!isUndefined(method)) {
    ObjectCell *out = newTarget(rt, thisValue, nullptr, 0, 0);
    if (!out)
      return KILN_VALUE_EXCEPTION;
    scope.keep(out);
    KilnValue record = getIteratorFromMethod(rt, items, method);
    if (isException(record))
      return record;
    scope.keep(record);
    for (double k = 0;; ++k) {
      *value = iteratorStepValue(rt, record);
      if (isException(*value))
        return *value;
      if (isEmpty(*value))
        return setLengthProperty(rt, out, k) ? objectValue(out)
                                             : KILN_VALUE_EXCEPTION;
      if (mapping) {
        KilnValue call[2] = {*value, makeNumber(k)};
        *value = callFunction(rt, mapFn, thisArg, call, 2, false);
        if (isException(*value))
          return iteratorCloseOnThrow(rt, record);
      }
      if (!createAt(rt, out, k, *value))
        return iteratorCloseOnThrow(rt, record);
    }
  }
  // Not iterable: an array-like.
  ObjectCell *source = toObject(rt, items);
  if (!source)
    return KILN_VALUE_EXCEPTION;
  scope.keep(source);
  double length;
  if (!lengthOfArrayLike53(rt, source, length))
    return KILN_VALUE_EXCEPTION;
  KilnValue lengthValue = makeNumber(length);
  ObjectCell *out = newTarget(rt, thisValue, &lengthValue, 1, length);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  for (double k = 0; k < length; ++k) {
    *value = getAt(rt, source, k);
    if (isException(*value))
      return *value;
    if (mapping) {
      KilnValue call[2] = {*value, makeNumber(k)};
      *value = callFunction(rt, mapFn, thisArg, call, 2, false);
      if (isException(*value))
        return *value;
    }
    if (!createAt(rt, out, k, *value))
      return KILN_VALUE_EXCEPTION;
  }
  return setLengthProperty(rt, out, length) ? objectValue(out)
                                            : KILN_VALUE_EXCEPTION;
}
