//===- ArrayBuffer.cpp - ArrayBuffer and ToIndex --------------------------===//
//
// The ArrayBuffer constructor, ArrayBuffer.isView and the prototype's
// byteLength, slice and the fixed-length answers of resizable,
// maxByteLength and detached (Kiln's buffers are never resized or
// detached, see object/BinaryData.h), plus the spec's ToIndex that every
// binary-data constructor uses.
//
//===----------------------------------------------------------------------===//
#include "builtins/TypedArray.h"

#include "builtins/Promise.h"
#include "web/Web.h"

#include <stdio.h>

using namespace kiln;

bool kiln::toIndex(Runtime &rt, KilnValue v, double &out, const char *message) {
  if (isUndefined(v)) {
    out = 0;
    return true;
  }
  double n;
  if (!toIntegerOrInfinity(rt, v, n))
    return false;
  if (n < 0 || n > kMaxSafeLength) {
    rt.raise(ErrorKind::RangeError, message);
    return false;
  }
  out = n;
  return true;
}

namespace {

ArrayBufferCell *thisArrayBuffer(Runtime &rt, KilnValue thisValue,
                                 const char *method) {
  if (isArrayBuffer(thisValue))
    return asArrayBuffer(thisValue);
  char message[128];
  snprintf(message, sizeof message,
           "Method ArrayBuffer.prototype.%s called on incompatible receiver",
           method);
  rt.raise(ErrorKind::TypeError, message);
  return nullptr;
}

} // namespace

KilnValue kiln::arrayBufferConstructor(Runtime &rt, KilnValue callee,
                                       KilnValue thisValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool isConstruct) {
  if (!isConstruct)
    return rt.raise(ErrorKind::TypeError,
                    "Constructor ArrayBuffer requires 'new'");
  RootScope scope(rt.heap);
  scope.keep(callee);
  scope.keep(thisValue);
  double length;
  if (!toIndex(rt, argAt(args, argc, 0), length, "Invalid array buffer length"))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *proto = prototypeFromNewTarget(rt, callee, thisValue,
                                             Runtime::kArrayBufferPrototype);
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  ArrayBufferCell *buffer = newArrayBuffer(rt, length, proto);
  return buffer ? objectValue(&buffer->object) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::arrayBufferIsView(Runtime &, KilnValue, KilnValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  return makeBool(isTypedArray(argAt(args, argc, 0)));
}

KilnValue kiln::arrayBufferProtoByteLength(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *, uint32_t, bool) {
  ArrayBufferCell *buffer = thisArrayBuffer(rt, thisValue, "byteLength");
  return buffer ? makeNumber(buffer->byteLength) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::arrayBufferProtoResizable(Runtime &rt, KilnValue,
                                          KilnValue thisValue,
                                          const KilnValue *, uint32_t, bool) {
  return thisArrayBuffer(rt, thisValue, "resizable") ? KILN_VALUE_FALSE
                                                     : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::arrayBufferProtoSlice(Runtime &rt, KilnValue,
                                      KilnValue thisValue,
                                      const KilnValue *args, uint32_t argc,
                                      bool) {
  ArrayBufferCell *buffer = thisArrayBuffer(rt, thisValue, "slice");
  if (!buffer)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  double length = buffer->byteLength, first, final;
  if (!relativeRange(rt, args, argc, 0, length, first, final))
    return KILN_VALUE_EXCEPTION;
  double newLength = final > first ? final - first : 0;
  KilnValue ctor;
  if (!speciesConstructor(rt, thisValue, ctor))
    return KILN_VALUE_EXCEPTION;
  ArrayBufferCell *out;
  if (isEmpty(ctor)) {
    out = newArrayBuffer(rt, newLength);
    if (!out)
      return KILN_VALUE_EXCEPTION;
  } else {
    KilnValue lengthValue = makeNumber(newLength);
    KilnValue made = constructWithNewTarget(rt, ctor, ctor, &lengthValue, 1);
    if (isException(made))
      return made;
    if (!isArrayBuffer(made))
      return rt.raise(ErrorKind::TypeError,
                      "Species constructor did not return an ArrayBuffer");
    out = asArrayBuffer(made);
    if (out == buffer)
      return rt.raise(ErrorKind::TypeError,
                      "ArrayBuffer subclass returned this from species "
                      "constructor");
    if (out->byteLength < newLength)
      return rt.raise(ErrorKind::TypeError,
                      "Species constructor returned a too small ArrayBuffer");
  }
  memcpy(out->data, buffer->data + size_t(first), size_t(newLength));
  return objectValue(&out->object);
}
