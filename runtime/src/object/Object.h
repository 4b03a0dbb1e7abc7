//===- Object.h - JavaScript objects and arrays -----------------*- C++ -*-===//
//
// Ordinary objects and Array exotic objects. An object is a shape (which
// names its properties and attributes), a prototype, a slot array holding the
// property values in shape slot order, and for arrays a dense element array
// plus the length. Array elements are dense while the array is mostly
// filled (holes are EMPTY) and move to ordinary named properties keyed by the
// index's canonical string (the "sparse" mode) when an index lands far past
// the end or gets non-default attributes. Plain objects always keep index
// keys as named properties. Operations follow the spec's ordinary object
// internal methods in strict mode: a failed [[Set]] or [[Delete]] throws.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OBJECT_OBJECT_H
#define KILN_OBJECT_OBJECT_H

#include "kiln/ObjectLayout.h"
#include "object/Shape.h"
#include "string/String.h"

namespace kiln {

enum ObjectFlags : uint16_t {
  kObjectNotExtensible = 1,
  /// Array whose index properties live in the shape (keyed by atoms).
  kArraySparse = 2,
  kArrayLengthReadOnly = 4,
  /// An Error instance (the spec's [[ErrorData]] internal slot).
  kObjectErrorData = 8,
  /// A cached prototype lookup went through this object
  /// (object/PropertyCache.h): a change to its properties or prototype
  /// bumps the runtime's cache epoch.
  kObjectWatched = 0x4000,
};

/// Layout mirrored by KILN_OBJECT_*_OFFSET in kiln/ObjectLayout.h.
struct ObjectCell {
  GCCell header;
  Shape *shape;
  /// Null for a null prototype.
  ObjectCell *proto;
  /// Property values by slot; null until the first property; may be longer
  /// than the shape's slot count (spare capacity is undefined).
  ValueArray *slots;
  /// Arrays in dense mode: elements [0, length) within capacity, holes
  /// EMPTY; null otherwise.
  ValueArray *elements;
  /// Arrays: the length property. Others: 0.
  uint32_t length;
  uint32_t reserved;

  bool isArray() const { return header.kind == CellKind::Array; }
  bool isExtensible() const { return !(header.flags & kObjectNotExtensible); }
};

/// A Number, Boolean, String or Symbol wrapper object: an ordinary object
/// plus the primitive it wraps (CellKind::PrimitiveObject). A String wrapper
/// is a String exotic object: [[GetOwnProperty]] answers its `length` and
/// its indices (non-writable, non-configurable) from the string.
struct PrimitiveObjectCell {
  ObjectCell object;
  KilnValue primitive;
};

/// The string \p obj wraps when it is a String wrapper object, else null.
inline StringCell *stringWrapperData(const ObjectCell *obj) {
  if (obj->header.kind != CellKind::PrimitiveObject)
    return nullptr;
  KilnValue v = reinterpret_cast<const PrimitiveObjectCell *>(obj)->primitive;
  return isString(v) ? asString(v) : nullptr;
}

inline ObjectCell *asObject(KilnValue v) {
  return reinterpret_cast<ObjectCell *>(asCell(v));
}
inline KilnValue objectValue(const ObjectCell *o) {
  return makePointer(KILN_TAG_OBJECT, o);
}

/// A property key after ToPropertyKey: an array index, or an atom string /
/// symbol value.
struct PropertyKey {
  /// The atom or symbol; EMPTY for an index key.
  KilnValue name = KILN_VALUE_EMPTY;
  uint32_t index = 0;
  bool isIndex() const { return isEmpty(name); }
  static PropertyKey fromIndex(uint32_t i) {
    PropertyKey k;
    k.index = i;
    return k;
  }
  static PropertyKey fromName(KilnValue atomOrSymbol) {
    PropertyKey k;
    k.name = atomOrSymbol;
    return k;
  }
  /// Names are atoms (interned), so equal keys have identical values.
  bool operator==(const PropertyKey &o) const {
    return name == o.name && (!isIndex() || index == o.index);
  }
};

/// Largest array index + 1 (indices are below 2^32 - 1).
constexpr uint32_t kMaxArrayLength = 0xFFFFFFFFu;

/// A property descriptor; `has` says which fields are present.
struct PropertyDescriptor {
  enum : uint8_t {
    kHasValue = 1,
    kHasGet = 2,
    kHasSet = 4,
    kHasWritable = 8,
    kHasEnumerable = 16,
    kHasConfigurable = 32
  };
  KilnValue value = KILN_VALUE_UNDEFINED;
  KilnValue getter = KILN_VALUE_UNDEFINED;
  KilnValue setter = KILN_VALUE_UNDEFINED;
  /// KILN_ATTR_* bits for the present boolean fields.
  uint8_t attributes = 0;
  uint8_t has = 0;

  static PropertyDescriptor data(KilnValue v, uint8_t attrs) {
    PropertyDescriptor d;
    d.value = v;
    d.attributes = attrs & ~KILN_ATTR_ACCESSOR;
    d.has = kHasValue | kHasWritable | kHasEnumerable | kHasConfigurable;
    return d;
  }
  static PropertyDescriptor accessor(KilnValue get, KilnValue set,
                                     uint8_t attrs) {
    PropertyDescriptor d;
    d.getter = get;
    d.setter = set;
    d.attributes = (attrs | KILN_ATTR_ACCESSOR) & ~KILN_ATTR_WRITABLE;
    d.has = kHasGet | kHasSet | kHasEnumerable | kHasConfigurable;
    return d;
  }
};

ObjectCell *newObject(Runtime &rt, ObjectCell *proto);
/// An array of length 0 with room for \p capacity dense elements. The
/// prototype defaults to the runtime's %Array.prototype%.
ObjectCell *newArray(Runtime &rt, uint32_t capacity,
                     ObjectCell *proto = nullptr);

/// [[GetOwnProperty]]: fills \p out (value or getter/setter, attributes)
/// and returns true when \p key is an own property.
bool getOwnProperty(Runtime &rt, ObjectCell *obj, const PropertyKey &key,
                    PropertyDescriptor &out);
/// [[Get]] along the prototype chain; getters are called with \p receiver.
KilnValue getProperty(Runtime &rt, ObjectCell *obj, const PropertyKey &key,
                      KilnValue receiver);
/// [[Set]] in strict mode: TRUE, or EXCEPTION after a TypeError.
KilnValue setProperty(Runtime &rt, ObjectCell *obj, const PropertyKey &key,
                      KilnValue value, KilnValue receiver);
/// [[DefineOwnProperty]] that throws on failure: TRUE or EXCEPTION.
KilnValue defineOwnProperty(Runtime &rt, ObjectCell *obj,
                            const PropertyKey &key,
                            const PropertyDescriptor &desc);
/// [[Delete]] in strict mode: TRUE, or EXCEPTION for a non-configurable one.
KilnValue deleteProperty(Runtime &rt, ObjectCell *obj, const PropertyKey &key);
/// [[HasProperty]] along the prototype chain.
bool hasProperty(Runtime &rt, ObjectCell *obj, const PropertyKey &key);
/// Sets \p obj's [[Prototype]] (the caller checked it is allowed),
/// invalidating cached lookups that went through \p obj.
void setObjectPrototype(Runtime &rt, ObjectCell *obj, ObjectCell *proto);
/// Sets an array's length (truncating elements): TRUE or EXCEPTION.
KilnValue setArrayLength(Runtime &rt, ObjectCell *array, uint32_t length);
/// [[PreventExtensions]].
void preventExtensions(ObjectCell *obj);

/// The canonical atom for an array index ("0", "17", ...); null on OOM.
StringCell *indexToAtom(Runtime &rt, uint32_t index);
/// If the flat string \p s is a canonical array index, stores it in \p out.
bool stringToArrayIndex(const StringCell *flat, uint32_t &out);

} // namespace kiln

#endif // KILN_OBJECT_OBJECT_H
