//===- Iteration.cpp - The iterator protocol and for-in enumeration -------===//
//
// GetIterator / IteratorStep / IteratorValue / IteratorClose (vm/Iteration.h
// and the kiln_rt_* operations of KIR's iteration instructions) over an
// iterator record, an internal ValueArray [mode, iterator, next, value]:
//   generic  iterator object, its `next` method, the last result object;
//   array    an Array whose @@iterator and %ArrayIteratorPrototype%.next are
//            the original ones: the array itself, the next index, the last
//            value (no iterator object or result objects are made);
//   string   the same for a primitive string (index in code units);
//   builtin  a built-in iterator object whose `next` is the original one,
//            stepped directly (no result objects).
// The fast modes are taken only when the generic protocol could not tell
// the difference. A for-in enumerator is a ValueArray [object, next index,
// keys] whose keys are the enumerable string keys of the object and its
// prototypes, taken when the loop starts; a key deleted during the loop is
// skipped.
//
//===----------------------------------------------------------------------===//
#include "vm/Iteration.h"

#include "builtins/Builtins.h"
#include "builtins/Iterators.h"
#include "kiln/Runtime.h"
#include "ops/Conversions.h"
#include "vm/VM.h"

#include <stdio.h>

using namespace kiln;

namespace {

enum RecordField : uint32_t { kMode, kIterator, kNext, kValue, kRecordSize };
enum RecordMode : int32_t { kGeneric, kArrayDirect, kStringDirect, kBuiltin };

ValueArray *record(KilnValue v) {
  return reinterpret_cast<ValueArray *>(asCell(v));
}

bool isRecord(KilnValue v) {
  return isInternalCell(v) && asCell(v)->kind == CellKind::ValueArray &&
         record(v)->length == kRecordSize;
}

RecordMode modeOf(KilnValue v) {
  return RecordMode(asInt32(record(v)->values[kMode]));
}

KilnValue newRecord(Runtime &rt, RecordMode mode, KilnValue iterator,
                    KilnValue next) {
  RootScope scope(rt.heap);
  scope.keep(iterator);
  scope.keep(next);
  ValueArray *r = ValueArray::create(rt.heap, kRecordSize);
  if (!r)
    return rt.raiseOutOfMemory();
  r->values[kMode] = makeInt32(mode);
  r->values[kIterator] = iterator;
  r->values[kNext] = next;
  return cellValue(r);
}

bool isNative(KilnValue fn, NativeFunction native) {
  return isCallable(fn) && asFunction(fn)->native == native;
}

/// Whether %XIteratorPrototype%.next is still its original data property,
/// which is what Get(iterator, "next") finds on a fresh built-in iterator.
bool hasOriginalNext(Runtime &rt, Runtime::PermanentSlot proto,
                     NativeFunction native) {
  PropertyDescriptor desc;
  return getOwnProperty(
             rt, rt.prototype(proto),
             PropertyKey::fromName(rt.atomValue(PredefinedAtom::next)), desc) &&
         !(desc.attributes & KILN_ATTR_ACCESSOR) &&
         isNative(desc.value, native);
}

/// Whether \p next is the original `next` of built-in iterators of \p type.
bool isOriginalNext(KilnValue next, IteratedType type) {
  switch (type) {
  case IteratedType::Array:
    return isNative(next, methodThunk<arrayIteratorProtoNext>);
  case IteratedType::String:
    return isNative(next, methodThunk<stringIteratorProtoNext>);
  case IteratedType::Map:
    return isNative(next, methodThunk<mapIteratorProtoNext>);
  case IteratedType::Set:
    return isNative(next, methodThunk<setIteratorProtoNext>);
  }
  return false;
}

/// A short text for \p v in messages: its number or keyword, or its type.
const char *describeValue(KilnValue v, char (&buf)[40]) {
  const char *what = isObject(v)   ? (isCallable(v) ? "function" : "object")
                     : isSymbol(v) ? "symbol"
                                   : nullptr;
  if (!what) {
    if (isNumber(v)) {
      buf[formatNumber(asNumber(v), buf)] = 0;
      what = buf;
    } else {
      what = isUndefined(v) ? "undefined"
             : isNull(v)    ? "null"
             : isBool(v)    ? (asBool(v) ? "true" : "false")
                            : "value";
    }
  }
  return what;
}

KilnValue raiseNotIterable(Runtime &rt, KilnValue v) {
  char text[96], buf[40];
  snprintf(text, sizeof text, "%s is not iterable", describeValue(v, buf));
  return rt.raise(ErrorKind::TypeError, text);
}

/// IteratorStep on a generic record: TRUE when done, FALSE with the result
/// object kept, EXCEPTION.
KilnValue stepGeneric(Runtime &rt, KilnValue iter) {
  RootScope scope(rt.heap);
  scope.keep(iter);
  ValueArray *r = record(iter);
  KilnValue result = callFunction(rt, r->values[kNext], r->values[kIterator],
                                  nullptr, 0, false);
  if (isException(result))
    return result;
  if (!isObject(result)) {
    char text[96], buf[40];
    snprintf(text, sizeof text, "Iterator result %s is not an object",
             isString(result) ? "string" : describeValue(result, buf));
    return rt.raise(ErrorKind::TypeError, text);
  }
  scope.keep(result);
  KilnValue done = getProperty(
      rt, asObject(result),
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::done)), result);
  if (isException(done))
    return done;
  if (toBoolean(done))
    return KILN_VALUE_TRUE;
  record(iter)->values[kValue] = result;
  return KILN_VALUE_FALSE;
}

/// IteratorStep on any record: TRUE when done, FALSE with the value (or the
/// generic mode's result object) in the record, EXCEPTION.
KilnValue step(Runtime &rt, KilnValue iter) {
  ValueArray *r = record(iter);
  switch (modeOf(iter)) {
  case kArrayDirect: {
    ObjectCell *array = asObject(r->values[kIterator]);
    double index = asNumber(r->values[kNext]);
    if (index >= double(array->length))
      return KILN_VALUE_TRUE;
    uint32_t i = uint32_t(index);
    KilnValue v;
    ValueArray *elements = array->elements;
    if (elements && i < elements->length && !isEmpty(elements->values[i])) {
      v = elements->values[i];
    } else {
      RootScope scope(rt.heap);
      scope.keep(iter);
      v = getProperty(rt, array, PropertyKey::fromIndex(i), objectValue(array));
      if (isException(v))
        return v;
    }
    r->values[kValue] = v;
    r->values[kNext] = makeNumber(double(i) + 1);
    return KILN_VALUE_FALSE;
  }
  case kStringDirect: {
    RootScope scope(rt.heap);
    scope.keep(iter);
    uint32_t index = uint32_t(asInt32(r->values[kNext]));
    KilnValue v = stringIteratorStep(rt, r->values[kIterator], index);
    if (isException(v))
      return v;
    if (isEmpty(v))
      return KILN_VALUE_TRUE;
    r->values[kValue] = v;
    r->values[kNext] = makeInt32(int32_t(index));
    return KILN_VALUE_FALSE;
  }
  case kBuiltin: {
    RootScope scope(rt.heap);
    scope.keep(iter);
    KilnValue v = builtinIteratorStep(
        rt,
        reinterpret_cast<BuiltinIteratorCell *>(asCell(r->values[kIterator])));
    if (isException(v))
      return v;
    if (isEmpty(v))
      return KILN_VALUE_TRUE;
    r->values[kValue] = v;
    return KILN_VALUE_FALSE;
  }
  case kGeneric:
    break;
  }
  return stepGeneric(rt, iter);
}

/// The value of the last step.
KilnValue lastValue(Runtime &rt, KilnValue iter) {
  KilnValue v = record(iter)->values[kValue];
  if (modeOf(iter) != kGeneric)
    return v;
  return getProperty(rt, asObject(v),
                     PropertyKey::fromName(rt.atomValue(PredefinedAtom::value)),
                     v);
}

} // namespace

// --- The protocol
// -------------------------------------------------------------

KilnValue kiln::getIteratorMethod(Runtime &rt, KilnValue v) {
  if (isNullish(v))
    return raiseNotIterable(rt, v);
  KilnValue method =
      kiln_rt_get_elem(toABI(rt), v, rt.symbol(WellKnownSymbol::iterator));
  if (isException(method) || isNullish(method))
    return isException(method) ? method : KILN_VALUE_UNDEFINED;
  if (!isCallable(method))
    return rt.raise(ErrorKind::TypeError,
                    "Symbol.iterator property is not a function");
  return method;
}

KilnValue kiln::getIterator(Runtime &rt, KilnValue iterable) {
  RootScope scope(rt.heap);
  scope.keep(iterable);
  KilnValue method = getIteratorMethod(rt, iterable);
  if (isException(method))
    return method;
  if (isUndefined(method))
    return raiseNotIterable(rt, iterable);
  return getIteratorFromMethod(rt, iterable, method);
}

KilnValue kiln::getIteratorFromMethod(Runtime &rt, KilnValue iterable,
                                      KilnValue method) {
  if (isObject(iterable) && asObject(iterable)->isArray() &&
      isNative(method, methodThunk<arrayProtoValues>) &&
      hasOriginalNext(rt, Runtime::kArrayIteratorPrototype,
                      methodThunk<arrayIteratorProtoNext>))
    return newRecord(rt, kArrayDirect, iterable, makeInt32(0));
  if (isString(iterable) &&
      isNative(method, methodThunk<stringProtoIterator>) &&
      hasOriginalNext(rt, Runtime::kStringIteratorPrototype,
                      methodThunk<stringIteratorProtoNext>))
    return newRecord(rt, kStringDirect, iterable, makeInt32(0));
  RootScope scope(rt.heap);
  KilnValue iterator = callFunction(rt, method, iterable, nullptr, 0, false);
  if (isException(iterator))
    return iterator;
  if (!isObject(iterator))
    return rt.raise(ErrorKind::TypeError,
                    "Result of the Symbol.iterator method is not an object");
  scope.keep(iterator);
  KilnValue next = getProperty(
      rt, asObject(iterator),
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::next)), iterator);
  if (isException(next))
    return next;
  RecordMode mode = kGeneric;
  if (asCell(iterator)->kind == CellKind::BuiltinIterator &&
      isOriginalNext(
          next,
          reinterpret_cast<BuiltinIteratorCell *>(asCell(iterator))->type))
    mode = kBuiltin;
  return newRecord(rt, mode, iterator, next);
}

KilnValue kiln::iteratorStepValue(Runtime &rt, KilnValue iter) {
  RootScope scope(rt.heap);
  scope.keep(iter);
  KilnValue done = step(rt, iter);
  if (isException(done))
    return done;
  if (asBool(done))
    return KILN_VALUE_EMPTY;
  return lastValue(rt, iter);
}

KilnValue kiln::iteratorClose(Runtime &rt, KilnValue iter) {
  RootScope scope(rt.heap);
  scope.keep(iter);
  ValueArray *r = record(iter);
  KilnValue iterator = r->values[kIterator];
  PropertyKey returnKey =
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::return_));
  RecordMode mode = modeOf(iter);
  if (mode == kArrayDirect || mode == kStringDirect) {
    // No iterator object exists; make the one the spec would have when
    // its prototype chain has a `return` to call.
    Runtime::PermanentSlot proto = mode == kArrayDirect
                                       ? Runtime::kArrayIteratorPrototype
                                       : Runtime::kStringIteratorPrototype;
    if (!hasProperty(rt, rt.prototype(proto), returnKey))
      return KILN_VALUE_TRUE;
    double index = asNumber(r->values[kNext]);
    iterator = newBuiltinIterator(
        rt, mode == kArrayDirect ? IteratedType::Array : IteratedType::String,
        IterationKind::Values, iterator, uint32_t(index));
    if (isException(iterator))
      return iterator;
    scope.keep(iterator);
  }
  KilnValue method = getProperty(rt, asObject(iterator), returnKey, iterator);
  if (isException(method) || isNullish(method))
    return isException(method) ? method : KILN_VALUE_TRUE;
  if (!isCallable(method))
    return rt.raise(ErrorKind::TypeError,
                    "The iterator's 'return' method is not callable");
  KilnValue result = callFunction(rt, method, iterator, nullptr, 0, false);
  if (isException(result))
    return result;
  if (!isObject(result))
    return rt.raise(ErrorKind::TypeError, "Iterator result is not an object");
  return KILN_VALUE_TRUE;
}

KilnValue kiln::iteratorCloseOnThrow(Runtime &rt, KilnValue iter) {
  RootScope scope(rt.heap);
  ErrorKind kind = rt.pendingKind;
  KilnValue *thrown = scope.keep(rt.takeException());
  if (isException(iteratorClose(rt, iter)))
    rt.takeException();
  rt.pendingException = *thrown;
  rt.pendingKind = kind;
  return KILN_VALUE_EXCEPTION;
}

namespace {

enum ForInField : uint32_t {
  kForInObject,
  kForInIndex,
  kForInKeys,
  kForInSize
};

bool isEnumerator(KilnValue v) {
  return isInternalCell(v) && asCell(v)->kind == CellKind::ValueArray &&
         record(v)->length == kForInSize;
}

/// Appends to \p array the enumerable string keys of \p obj in the spec's
/// order that no object before it on the chain had (\p seen holds every
/// string key met so far, enumerable or not, as its own properties).
bool collectKeys(Runtime &rt, ObjectCell *obj, KilnValue array,
                 ObjectCell *seen) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(seen);
  ValueArray *keys = ownPropertyKeys(rt, obj, false, false);
  if (!keys)
    return false;
  scope.keep(keys);
  for (uint32_t i = 0; i < keys->length; ++i) {
    PropertyKey key;
    PropertyDescriptor desc;
    if (!toPropertyKey(rt, keys->values[i], key))
      return false;
    if (getOwnProperty(rt, seen, key, desc))
      continue;
    if (isException(defineOwnProperty(
            rt, seen, key,
            PropertyDescriptor::data(KILN_VALUE_TRUE, KILN_ATTR_DEFAULT))))
      return false;
    if (getOwnProperty(rt, obj, key, desc) &&
        (desc.attributes & KILN_ATTR_ENUMERABLE) &&
        isException(kiln_rt_array_append(toABI(rt), array, keys->values[i])))
      return false;
  }
  return true;
}

} // namespace

extern "C" {

KilnValue kiln_rt_get_iterator(KilnRuntime *krt, KilnValue iterable) {
  return getIterator(fromABI(krt), iterable);
}

KilnValue kiln_rt_iterator_step(KilnRuntime *krt, KilnValue iter) {
  Runtime &rt = fromABI(krt);
  if (!isRecord(iter))
    return rt.raise(ErrorKind::TypeError, "invalid iterator record");
  return step(rt, iter);
}

KilnValue kiln_rt_iterator_value(KilnRuntime *krt, KilnValue iter) {
  Runtime &rt = fromABI(krt);
  if (!isRecord(iter))
    return rt.raise(ErrorKind::TypeError, "invalid iterator record");
  return lastValue(rt, iter);
}

KilnValue kiln_rt_iterator_close(KilnRuntime *krt, KilnValue iter) {
  Runtime &rt = fromABI(krt);
  if (!isRecord(iter))
    return rt.raise(ErrorKind::TypeError, "invalid iterator record");
  return iteratorClose(rt, iter);
}

KilnValue kiln_rt_iterator_close_abrupt(KilnRuntime *krt, KilnValue iter) {
  Runtime &rt = fromABI(krt);
  // The exception being thrown was already caught; what `return` throws is
  // dropped.
  if (isRecord(iter) && isException(iteratorClose(rt, iter)))
    rt.takeException();
  return KILN_VALUE_TRUE;
}

KilnValue kiln_rt_for_in_keys(KilnRuntime *krt, KilnValue object) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(object);
  KilnValue keys = kiln_rt_new_array(krt, 0);
  if (isException(keys))
    return keys;
  scope.keep(keys);
  if (isObject(object)) {
    ObjectCell *seen = newObject(rt, nullptr);
    if (!seen)
      return KILN_VALUE_EXCEPTION;
    scope.keep(seen);
    for (ObjectCell *o = asObject(object); o; o = o->proto)
      if (!collectKeys(rt, o, keys, seen))
        return KILN_VALUE_EXCEPTION;
  }
  ValueArray *r = ValueArray::create(rt.heap, kForInSize);
  if (!r)
    return rt.raiseOutOfMemory();
  r->values[kForInObject] = object;
  r->values[kForInIndex] = makeInt32(0);
  r->values[kForInKeys] = keys;
  return cellValue(r);
}

KilnValue kiln_rt_for_in_next(KilnRuntime *krt, KilnValue enumerator) {
  Runtime &rt = fromABI(krt);
  if (!isEnumerator(enumerator))
    return rt.raise(ErrorKind::TypeError, "invalid for-in enumerator");
  RootScope scope(rt.heap);
  scope.keep(enumerator);
  for (;;) {
    ValueArray *r = record(enumerator);
    ObjectCell *keys = asObject(r->values[kForInKeys]);
    uint32_t index = uint32_t(asInt32(r->values[kForInIndex]));
    if (index >= keys->length)
      return KILN_VALUE_UNDEFINED;
    r->values[kForInIndex] = makeInt32(int32_t(index + 1));
    KilnValue key = getProperty(rt, keys, PropertyKey::fromIndex(index),
                                r->values[kForInKeys]);
    if (isException(key))
      return key;
    KilnValue present = kiln_rt_in(krt, key, r->values[kForInObject]);
    if (isException(present))
      return present;
    if (asBool(present))
      return key;
  }
}

} // extern "C"
