//===- TypedArray.cpp - The TypedArray constructors -----------------------===//
//
// %TypedArray% (which throws when called), the nine concrete constructors
// of TypedArrayKinds.def with the spec's four argument forms (a length,
// another typed array, an ArrayBuffer with offset and length, an iterable
// or array-like object), %TypedArray%.from and .of, the accessor
// properties of %TypedArray%.prototype, and the TypedArrayCreate /
// TypedArraySpeciesCreate steps the prototype methods use. Iterables and
// array-likes are read through Array.from (Iterators.cpp), so both follow
// one definition of "the values of an object".
//
//===----------------------------------------------------------------------===//
#include "builtins/TypedArray.h"

#include "builtins/Promise.h"
#include "web/Web.h"

#include <stdio.h>

using namespace kiln;

TypedArrayCell *kiln::validateTypedArray(Runtime &rt, KilnValue v) {
  if (isTypedArray(v))
    return asTypedArray(v);
  rt.raise(ErrorKind::TypeError, "this is not a typed array.");
  return nullptr;
}

TypedArrayCell *kiln::typedArrayCreate(Runtime &rt, KilnValue ctor,
                                       const KilnValue *args, uint32_t argc,
                                       double minLength) {
  if (!isConstructor(ctor)) {
    rt.raise(ErrorKind::TypeError, "object is not a constructor");
    return nullptr;
  }
  KilnValue made = constructWithNewTarget(rt, ctor, ctor, args, argc);
  if (isException(made))
    return nullptr;
  TypedArrayCell *ta = validateTypedArray(rt, made);
  if (ta && minLength >= 0 && ta->length < minLength) {
    rt.raise(ErrorKind::TypeError, "The typed array is too short");
    return nullptr;
  }
  return ta;
}

TypedArrayCell *kiln::typedArraySpeciesCreate(Runtime &rt,
                                              TypedArrayCell *exemplar,
                                              const KilnValue *args,
                                              uint32_t argc, double minLength) {
  RootScope scope(rt.heap);
  scope.keep(&exemplar->object);
  KilnValue ctor;
  // SpeciesConstructor; EMPTY stands for the default constructor.
  if (!speciesConstructor(rt, objectValue(&exemplar->object), ctor))
    return nullptr;
  if (!isEmpty(ctor)) {
    scope.keep(ctor);
    return typedArrayCreate(rt, ctor, args, argc, minLength);
  }
  // The intrinsic constructor of the exemplar's type, called directly
  // (whatever its prototype's `constructor` now is).
  KilnValue made = constructTypedArray(rt, exemplar->type, KILN_VALUE_UNDEFINED,
                                       KILN_VALUE_UNDEFINED, args, argc, true);
  if (isException(made))
    return nullptr;
  TypedArrayCell *ta = asTypedArray(made);
  if (minLength >= 0 && ta->length < minLength) {
    rt.raise(ErrorKind::TypeError, "The typed array is too short");
    return nullptr;
  }
  return ta;
}

namespace {

/// Fills the fresh \p target from the array \p values (ToNumber each).
bool fillFromValues(Runtime &rt, TypedArrayCell *target, ObjectCell *values) {
  RootScope scope(rt.heap);
  scope.keep(&target->object);
  scope.keep(values);
  for (uint32_t i = 0; i < target->length; ++i) {
    KilnValue v = getAt(rt, values, i);
    if (isException(v) || isException(typedArraySetElement(
                              rt, target, PropertyKey::fromIndex(i), v)))
      return false;
  }
  return true;
}

/// The values of \p items (an iterable or array-like) as a new array,
/// mapped by \p mapFn when it is not undefined: Array.from's reading.
KilnValue valuesOf(Runtime &rt, KilnValue items, KilnValue mapFn,
                   KilnValue thisArg) {
  KilnValue args[3] = {items, mapFn, thisArg};
  return arrayFrom(rt, KILN_VALUE_UNDEFINED, KILN_VALUE_UNDEFINED, args, 3,
                   false);
}

} // namespace

KilnValue kiln::constructTypedArray(Runtime &rt, TypedArrayType type,
                                    KilnValue callee, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool isConstruct) {
  char message[128];
  const char *name = typedArrayName(type);
  if (!isConstruct) {
    snprintf(message, sizeof message, "Constructor %s requires 'new'", name);
    return rt.raise(ErrorKind::TypeError, message);
  }
  RootScope scope(rt.heap);
  scope.keep(callee);
  scope.keep(thisValue);
  KilnValue first = argAt(args, argc, 0);
  uint32_t size = elementSize(type);
  auto prototype = [&]() {
    return prototypeFromNewTarget(
        rt, callee, thisValue,
        Runtime::PermanentSlot(Runtime::kInt8ArrayPrototype + unsigned(type)));
  };
  if (!isObject(first)) {
    double length;
    if (!toIndex(rt, first, length, "Invalid typed array length"))
      return KILN_VALUE_EXCEPTION;
    ObjectCell *proto = prototype();
    if (!proto)
      return KILN_VALUE_EXCEPTION;
    TypedArrayCell *ta = newTypedArrayOfLength(rt, type, length, proto);
    return ta ? objectValue(&ta->object) : KILN_VALUE_EXCEPTION;
  }
  scope.keep(first);
  if (isArrayBuffer(first)) {
    ArrayBufferCell *buffer = asArrayBuffer(first);
    double offset, newLength;
    if (!toIndex(rt, argAt(args, argc, 1), offset, "Start offset is invalid"))
      return KILN_VALUE_EXCEPTION;
    if (size_t(offset) % size) {
      snprintf(message, sizeof message,
               "start offset of %s should be a multiple of %u", name, size);
      return rt.raise(ErrorKind::RangeError, message);
    }
    KilnValue lengthArg = argAt(args, argc, 2);
    if (!isUndefined(lengthArg) &&
        !toIndex(rt, lengthArg, newLength, "Invalid typed array length"))
      return KILN_VALUE_EXCEPTION;
    ObjectCell *proto = prototype();
    if (!proto)
      return KILN_VALUE_EXCEPTION;
    double bufferLength = buffer->byteLength;
    if (isUndefined(lengthArg)) {
      if (buffer->byteLength % size) {
        snprintf(message, sizeof message,
                 "byte length of %s should be a multiple of %u", name, size);
        return rt.raise(ErrorKind::RangeError, message);
      }
      if (offset > bufferLength) {
        snprintf(message, sizeof message,
                 "Start offset %.0f is outside the bounds of the buffer",
                 offset);
        return rt.raise(ErrorKind::RangeError, message);
      }
      newLength = (bufferLength - offset) / size;
    } else if (offset + newLength * size > bufferLength) {
      snprintf(message, sizeof message, "Invalid typed array length: %.0f",
               newLength);
      return rt.raise(ErrorKind::RangeError, message);
    }
    TypedArrayCell *ta = newTypedArray(rt, type, buffer, uint32_t(offset),
                                       uint32_t(newLength), proto);
    return ta ? objectValue(&ta->object) : KILN_VALUE_EXCEPTION;
  }
  if (isTypedArray(first)) {
    TypedArrayCell *source = asTypedArray(first);
    ObjectCell *proto = prototype();
    if (!proto)
      return KILN_VALUE_EXCEPTION;
    TypedArrayCell *ta = newTypedArrayOfLength(rt, type, source->length, proto);
    if (!ta)
      return KILN_VALUE_EXCEPTION;
    if (source->type == type)
      memcpy(typedArrayData(ta), typedArrayData(source),
             size_t(source->length) * size);
    else
      for (uint32_t i = 0; i < source->length; ++i)
        writeElement(ta, i, readElement(source, i));
    return objectValue(&ta->object);
  }
  ObjectCell *proto = prototype();
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  scope.keep(proto);
  KilnValue values =
      valuesOf(rt, first, KILN_VALUE_UNDEFINED, KILN_VALUE_UNDEFINED);
  if (isException(values))
    return values;
  scope.keep(values);
  TypedArrayCell *ta =
      newTypedArrayOfLength(rt, type, asObject(values)->length, proto);
  if (!ta || !fillFromValues(rt, ta, asObject(values)))
    return KILN_VALUE_EXCEPTION;
  return objectValue(&ta->object);
}

#define KILN_TYPED_ARRAY(Name, CType, Size, Convert)                           \
  KilnValue kiln::Name##Constructor(                                           \
      Runtime &rt, KilnValue callee, KilnValue thisValue,                      \
      const KilnValue *args, uint32_t argc, bool isConstruct) {                \
    return constructTypedArray(rt, TypedArrayType::Name, callee, thisValue,    \
                               args, argc, isConstruct);                       \
  }
#include "builtins/TypedArrayKinds.def"

KilnValue kiln::typedArrayConstructor(Runtime &rt, KilnValue, KilnValue,
                                      const KilnValue *, uint32_t, bool) {
  return rt.raise(ErrorKind::TypeError, "Abstract class TypedArray not "
                                        "directly constructable");
}

KilnValue kiln::typedArrayFrom(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  if (!isConstructor(thisValue))
    return rt.raise(ErrorKind::TypeError, "this is not a constructor");
  KilnValue mapFn = argAt(args, argc, 1);
  if (!isUndefined(mapFn) && !isCallable(mapFn))
    return rt.raise(ErrorKind::TypeError,
                    "TypedArray.from: the mapper is not a function");
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  KilnValue values = valuesOf(rt, argAt(args, argc, 0), KILN_VALUE_UNDEFINED,
                              KILN_VALUE_UNDEFINED);
  if (isException(values))
    return values;
  scope.keep(values);
  double length = asObject(values)->length;
  KilnValue lengthValue = makeNumber(length);
  TypedArrayCell *ta = typedArrayCreate(rt, thisValue, &lengthValue, 1, length);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  scope.keep(&ta->object);
  // Each value is mapped, then stored, before the next is mapped.
  KilnValue *value = scope.keep(KILN_VALUE_UNDEFINED);
  for (uint32_t i = 0; i < uint32_t(length); ++i) {
    *value = getAt(rt, asObject(values), i);
    if (!isUndefined(mapFn)) {
      KilnValue call[2] = {*value, makeNumber(i)};
      *value = callFunction(rt, mapFn, argAt(args, argc, 2), call, 2, false);
    }
    if (isException(*value) || !setAt(rt, &ta->object, i, *value))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(&ta->object);
}

KilnValue kiln::typedArrayOf(Runtime &rt, KilnValue, KilnValue thisValue,
                             const KilnValue *args, uint32_t argc, bool) {
  if (!isConstructor(thisValue))
    return rt.raise(ErrorKind::TypeError, "this is not a constructor");
  RootScope scope(rt.heap);
  KilnValue lengthValue = makeNumber(argc);
  TypedArrayCell *ta = typedArrayCreate(rt, thisValue, &lengthValue, 1, argc);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  scope.keep(&ta->object);
  for (uint32_t i = 0; i < argc; ++i)
    if (!setAt(rt, &ta->object, i, args[i]))
      return KILN_VALUE_EXCEPTION;
  return objectValue(&ta->object);
}

// --- Accessors of %TypedArray%.prototype
// --------------------------------------

KilnValue kiln::typedArrayProtoBuffer(Runtime &rt, KilnValue,
                                      KilnValue thisValue, const KilnValue *,
                                      uint32_t, bool) {
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  return ta ? objectValue(&ta->buffer->object) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::typedArrayProtoByteLength(Runtime &rt, KilnValue,
                                          KilnValue thisValue,
                                          const KilnValue *, uint32_t, bool) {
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  return ta ? makeNumber(double(ta->length) * elementSize(ta->type))
            : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::typedArrayProtoByteOffset(Runtime &rt, KilnValue,
                                          KilnValue thisValue,
                                          const KilnValue *, uint32_t, bool) {
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  return ta ? makeNumber(ta->byteOffset) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::typedArrayProtoLength(Runtime &rt, KilnValue,
                                      KilnValue thisValue, const KilnValue *,
                                      uint32_t, bool) {
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  return ta ? makeNumber(ta->length) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::typedArrayProtoToStringTag(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *, uint32_t, bool) {
  if (!isTypedArray(thisValue))
    return KILN_VALUE_UNDEFINED;
  return atomFromCString(rt, typedArrayName(asTypedArray(thisValue)->type));
}

TypedArrayCell *kiln::newUint8ArrayFromBytes(Runtime &rt, const uint8_t *bytes,
                                             size_t size) {
  TypedArrayCell *ta =
      newTypedArrayOfLength(rt, TypedArrayType::Uint8Array, double(size));
  if (ta && size)
    memcpy(typedArrayData(ta), bytes, size);
  return ta;
}
