//===- BinaryData.h - ArrayBuffer and TypedArray objects --------*- C++ -*-===//
//
// The cells behind binary data. An ArrayBuffer is an ordinary object whose
// bytes live inline in its own cell, after the object fields: the heap has
// no finalizers, so a cell that owned a malloc'd block could not free it,
// while an inline block is reclaimed with the cell and never moves (cells
// are not moved). Buffers are never detached or resized (Kiln offers no
// transfer()), so a view's length is fixed for its life. A TypedArray is
// an Integer-Indexed exotic object: an ordinary object plus its buffer,
// byte offset, length and element type (TypedArrayKinds.def). The object
// layer answers its numeric keys here: canonical numeric strings that are
// valid indices are the elements (writable, enumerable, configurable data
// properties), all other numeric keys are absent and never looked up on
// the prototype chain.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OBJECT_BINARYDATA_H
#define KILN_OBJECT_BINARYDATA_H

#include "core/Runtime.h"
#include "object/Object.h"
#include "ops/Conversions.h"

#include <string.h>

namespace kiln {

/// An ArrayBuffer (CellKind::ArrayBuffer).
/// Invariant: the cell holds `byteLength` bytes at `data`, zeroed at birth.
struct ArrayBufferCell {
  ObjectCell object;
  uint32_t byteLength;
  uint32_t reserved;
  alignas(8) uint8_t data[];
};

/// The element types, in TypedArrayKinds.def order.
enum class TypedArrayType : uint8_t {
#define KILN_TYPED_ARRAY(Name, CType, Size, Convert) Name,
#include "builtins/TypedArrayKinds.def"
  NumTypes
};

/// A TypedArray (CellKind::TypedArray).
/// Invariant: byteOffset + length * elementSize(type) <= buffer->byteLength
/// and byteOffset is a multiple of the element size.
struct TypedArrayCell {
  ObjectCell object;
  ArrayBufferCell *buffer;
  uint32_t byteOffset;
  uint32_t length;
  TypedArrayType type;
};

/// Largest ArrayBuffer byte length Kiln allocates (cell sizes are 32-bit).
constexpr uint32_t kMaxByteLength = 0x7FFFF000u;

inline bool isArrayBuffer(KilnValue v) {
  return isObject(v) && asCell(v)->kind == CellKind::ArrayBuffer;
}
inline ArrayBufferCell *asArrayBuffer(KilnValue v) {
  return reinterpret_cast<ArrayBufferCell *>(asCell(v));
}
inline bool isTypedArray(const ObjectCell *o) {
  return o->header.kind == CellKind::TypedArray;
}
inline bool isTypedArray(KilnValue v) {
  return isObject(v) && isTypedArray(asObject(v));
}
inline TypedArrayCell *asTypedArray(KilnValue v) {
  return reinterpret_cast<TypedArrayCell *>(asCell(v));
}
inline TypedArrayCell *asTypedArray(ObjectCell *o) {
  return reinterpret_cast<TypedArrayCell *>(o);
}

/// Bytes per element of \p type.
uint32_t elementSize(TypedArrayType type);
/// The constructor name of \p type ("Uint8Array").
const char *typedArrayName(TypedArrayType type);
/// Whether \p type holds floating-point numbers.
inline bool isFloatType(TypedArrayType type) {
  return type == TypedArrayType::Float32Array ||
         type == TypedArrayType::Float64Array;
}
/// The first byte of \p ta's elements.
inline uint8_t *typedArrayData(TypedArrayCell *ta) {
  return ta->buffer->data + ta->byteOffset;
}

// --- Element conversions (the spec's ToInt8, ToUint8Clamp, ...) ------------

inline int8_t elementToInt8(double d) { return int8_t(toInt32(d)); }
inline uint8_t elementToUint8(double d) { return uint8_t(toUint32(d)); }
inline uint8_t elementToUint8Clamp(double d) {
  if (!(d > 0))
    return 0; // NaN and negatives
  if (d >= 255)
    return 255;
  double f = __builtin_floor(d);
  if (f + 0.5 < d)
    return uint8_t(f + 1);
  if (d < f + 0.5)
    return uint8_t(f);
  return uint8_t(f) % 2 ? uint8_t(f + 1) : uint8_t(f); // ties to even
}
inline int16_t elementToInt16(double d) { return int16_t(toInt32(d)); }
inline uint16_t elementToUint16(double d) { return uint16_t(toUint32(d)); }
inline int32_t elementToInt32(double d) { return toInt32(d); }
inline uint32_t elementToUint32(double d) { return toUint32(d); }
inline float elementToFloat32(double d) { return float(d); }
inline double elementToFloat64(double d) { return d; }

/// Element \p index (< length) of \p ta as a Number.
double readElement(TypedArrayCell *ta, uint32_t index);
/// Stores the Number \p d as element \p index (< length) of \p ta.
void writeElement(TypedArrayCell *ta, uint32_t index, double d);

// --- Allocation
// ---------------------------------------------------------------

/// A new zeroed ArrayBuffer of \p byteLength bytes with prototype \p proto
/// (null: %ArrayBuffer.prototype%); null after raising (a RangeError when
/// it is too large to allocate).
ArrayBufferCell *newArrayBuffer(Runtime &rt, double byteLength,
                                ObjectCell *proto = nullptr);
/// A new TypedArray of \p type over \p buffer with prototype \p proto
/// (null: the intrinsic one); the caller checked the range. Null on OOM.
TypedArrayCell *newTypedArray(Runtime &rt, TypedArrayType type,
                              ArrayBufferCell *buffer, uint32_t byteOffset,
                              uint32_t length, ObjectCell *proto = nullptr);
/// A new TypedArray of \p type with a fresh zeroed buffer of \p length
/// elements; null after raising.
TypedArrayCell *newTypedArrayOfLength(Runtime &rt, TypedArrayType type,
                                      double length,
                                      ObjectCell *proto = nullptr);

// --- The Integer-Indexed exotic object's internal methods
// ---------------------

/// How a typed array sees a property key.
enum class TypedKey : uint8_t {
  NotNumeric, ///< an ordinary key: ordinary lookup
  Valid,      ///< a valid integer index: an element
  Invalid,    ///< another canonical numeric string: absent, no lookup
};
/// CanonicalNumericIndexString(\p key) and IsValidIntegerIndex on \p ta;
/// \p index receives a valid index.
TypedKey classifyTypedKey(TypedArrayCell *ta, const PropertyKey &key,
                          uint32_t &index);
/// Whether \p o is a typed array and \p key one of its numeric keys (so
/// the prototype chain is never consulted for it).
inline bool typedArrayOwnsKey(ObjectCell *o, const PropertyKey &key) {
  uint32_t index;
  return isTypedArray(o) &&
         classifyTypedKey(asTypedArray(o), key, index) != TypedKey::NotNumeric;
}
/// TypedArraySetElement: ToNumber(\p value), then the store when \p key is
/// still a valid index. TRUE or EXCEPTION.
KilnValue typedArraySetElement(Runtime &rt, TypedArrayCell *ta,
                               const PropertyKey &key, KilnValue value);
/// [[DefineOwnProperty]] for a numeric \p key: TRUE, or EXCEPTION after
/// a TypeError for what the spec rejects.
KilnValue typedArrayDefineOwn(Runtime &rt, TypedArrayCell *ta,
                              const PropertyKey &key,
                              const PropertyDescriptor &desc);

} // namespace kiln

#endif // KILN_OBJECT_BINARYDATA_H
