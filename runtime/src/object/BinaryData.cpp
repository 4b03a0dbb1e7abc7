//===- BinaryData.cpp - ArrayBuffer and TypedArray cells ------------------===//
//
// Allocation and tracing of ArrayBuffer and TypedArray cells, element
// loads and stores driven by TypedArrayKinds.def, and the parts of the
// Integer-Indexed exotic object's internal methods that differ from an
// ordinary object's (Object.cpp and ObjectDefine.cpp call them for keys
// classifyTypedKey calls numeric).
//
//===----------------------------------------------------------------------===//
#include "object/BinaryData.h"

#include "object/ObjectInternal.h"

using namespace kiln;

void kiln::traceArrayBuffer(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
}

void kiln::traceTypedArray(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
  marker.markCell(
      &reinterpret_cast<TypedArrayCell *>(cell)->buffer->object.header);
}

uint32_t kiln::elementSize(TypedArrayType type) {
  static const uint8_t kSizes[] = {
#define KILN_TYPED_ARRAY(Name, CType, Size, Convert) Size,
#include "builtins/TypedArrayKinds.def"
  };
  return kSizes[unsigned(type)];
}

const char *kiln::typedArrayName(TypedArrayType type) {
  static const char *const kNames[] = {
#define KILN_TYPED_ARRAY(Name, CType, Size, Convert) #Name,
#include "builtins/TypedArrayKinds.def"
  };
  return kNames[unsigned(type)];
}

double kiln::readElement(TypedArrayCell *ta, uint32_t index) {
  uint8_t *p = typedArrayData(ta);
  switch (ta->type) {
#define KILN_TYPED_ARRAY(Name, CType, Size, Convert)                           \
  case TypedArrayType::Name: {                                                 \
    CType v;                                                                   \
    memcpy(&v, p + size_t(index) * Size, Size);                                \
    return double(v);                                                          \
  }
#include "builtins/TypedArrayKinds.def"
  case TypedArrayType::NumTypes:
    break;
  }
  return 0;
}

void kiln::writeElement(TypedArrayCell *ta, uint32_t index, double d) {
  uint8_t *p = typedArrayData(ta);
  switch (ta->type) {
#define KILN_TYPED_ARRAY(Name, CType, Size, Convert)                           \
  case TypedArrayType::Name: {                                                 \
    CType v = Convert(d);                                                      \
    memcpy(p + size_t(index) * Size, &v, Size);                                \
    return;                                                                    \
  }
#include "builtins/TypedArrayKinds.def"
  case TypedArrayType::NumTypes:
    break;
  }
}

// --- Allocation
// ---------------------------------------------------------------

ArrayBufferCell *kiln::newArrayBuffer(Runtime &rt, double byteLength,
                                      ObjectCell *proto) {
  if (!proto)
    proto = rt.prototype(Runtime::kArrayBufferPrototype);
  if (!(byteLength >= 0) || byteLength > double(kMaxByteLength)) {
    rt.raise(ErrorKind::RangeError, "Array buffer allocation failed");
    return nullptr;
  }
  RootScope scope(rt.heap);
  scope.keep(proto);
  ArrayBufferCell *buffer = rt.heap.allocate<ArrayBufferCell>(
      CellKind::ArrayBuffer, sizeof(ArrayBufferCell) + size_t(byteLength));
  if (!buffer) {
    // A buffer that does not fit is a RangeError, as in the spec's
    // CreateByteDataBlock, not the uncatchable-looking OOM.
    rt.heap.clearOutOfMemory();
    rt.raise(ErrorKind::RangeError, "Array buffer allocation failed");
    return nullptr;
  }
  buffer->object.shape = rt.rootShape();
  buffer->object.proto = proto;
  buffer->byteLength = uint32_t(byteLength);
  return buffer;
}

TypedArrayCell *kiln::newTypedArray(Runtime &rt, TypedArrayType type,
                                    ArrayBufferCell *buffer,
                                    uint32_t byteOffset, uint32_t length,
                                    ObjectCell *proto) {
  if (!proto)
    proto = rt.prototype(
        Runtime::PermanentSlot(Runtime::kInt8ArrayPrototype + unsigned(type)));
  RootScope scope(rt.heap);
  scope.keep(proto);
  scope.keep(&buffer->object);
  TypedArrayCell *ta = rt.heap.allocate<TypedArrayCell>(CellKind::TypedArray);
  if (!ta) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  ta->object.shape = rt.rootShape();
  ta->object.proto = proto;
  ta->buffer = buffer;
  ta->byteOffset = byteOffset;
  ta->length = length;
  ta->type = type;
  return ta;
}

TypedArrayCell *kiln::newTypedArrayOfLength(Runtime &rt, TypedArrayType type,
                                            double length, ObjectCell *proto) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  double bytes = length * elementSize(type);
  ArrayBufferCell *buffer = newArrayBuffer(rt, bytes);
  if (!buffer)
    return nullptr;
  return newTypedArray(rt, type, buffer, 0, uint32_t(length), proto);
}

// --- Internal methods
// ---------------------------------------------------------

TypedKey kiln::classifyTypedKey(TypedArrayCell *ta, const PropertyKey &key,
                                uint32_t &index) {
  if (key.isIndex()) {
    index = key.index;
    return key.index < ta->length ? TypedKey::Valid : TypedKey::Invalid;
  }
  if (!isString(key.name))
    return TypedKey::NotNumeric;
  StringCell *s = asString(key.name);
  if (!s->isFlat() || s->length == 0 || s->length > 32)
    return TypedKey::NotNumeric;
  StringView v = viewFlat(s);
  uint16_t c = v.at(0);
  if (!((c >= '0' && c <= '9') || c == '-' || c == 'I' || c == 'N'))
    return TypedKey::NotNumeric;
  if (v.length == 2 && c == '-' && v.at(1) == '0')
    return TypedKey::Invalid; // "-0"
  // CanonicalNumericIndexString: ToString(ToNumber(s)) is s. Index keys
  // arrive as PropertyKey indices, so a numeric name is never a valid index.
  char buf[40];
  uint32_t n = formatNumber(stringToNumber(s), buf);
  if (n != v.length)
    return TypedKey::NotNumeric;
  for (uint32_t i = 0; i < n; ++i)
    if (v.at(i) != uint8_t(buf[i]))
      return TypedKey::NotNumeric;
  return TypedKey::Invalid;
}

KilnValue kiln::typedArraySetElement(Runtime &rt, TypedArrayCell *ta,
                                     const PropertyKey &key, KilnValue value) {
  double d;
  if (isNumber(value)) {
    d = asNumber(value);
  } else {
    RootScope scope(rt.heap);
    scope.keep(&ta->object);
    if (!toNumber(rt, value, d))
      return KILN_VALUE_EXCEPTION;
  }
  uint32_t index;
  if (classifyTypedKey(ta, key, index) == TypedKey::Valid)
    writeElement(ta, index, d);
  return KILN_VALUE_TRUE;
}

KilnValue kiln::typedArrayDefineOwn(Runtime &rt, TypedArrayCell *ta,
                                    const PropertyKey &key,
                                    const PropertyDescriptor &desc) {
  using PD = PropertyDescriptor;
  uint32_t index;
  if (classifyTypedKey(ta, key, index) != TypedKey::Valid)
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Invalid typed array index %s", key);
  if (((desc.has & PD::kHasConfigurable) &&
       !(desc.attributes & KILN_ATTR_CONFIGURABLE)) ||
      ((desc.has & PD::kHasEnumerable) &&
       !(desc.attributes & KILN_ATTR_ENUMERABLE)) ||
      (desc.has & (PD::kHasGet | PD::kHasSet)) ||
      ((desc.has & PD::kHasWritable) &&
       !(desc.attributes & KILN_ATTR_WRITABLE)))
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot redefine property: %s", key);
  if (desc.has & PD::kHasValue)
    return typedArraySetElement(rt, ta, key, desc.value);
  return KILN_VALUE_TRUE;
}
