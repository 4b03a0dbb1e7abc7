//===- ObjectInternal.h - Helpers shared by the object files ----*- C++ -*-===//
//
// Internal interface between Object.cpp, Elements.cpp and ObjectDefine.cpp:
// where an own property lives (OwnSlot), reading and writing it, adding one,
// switching an object to dictionary mode and an array to sparse mode, and
// error messages that name the property.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OBJECT_OBJECTINTERNAL_H
#define KILN_OBJECT_OBJECTINTERNAL_H

#include "core/Runtime.h"
#include "object/Object.h"

namespace kiln {

/// Where an own property is stored.
struct OwnSlot {
  /// StringLength / StringIndex: a String wrapper's own `length` and
  /// indices, read from the wrapped string (readOwnValue). TypedElement:
  /// a typed array's element (object/BinaryData.h).
  enum Kind : uint8_t {
    None,
    Named,
    Element,
    Length,
    StringLength,
    StringIndex,
    TypedElement
  } kind = None;
  uint8_t attributes = 0;
  /// Slot (Named) or element index (Element).
  uint32_t index = 0;
};

/// Called before \p obj gains, loses or reconfigures a property or changes
/// its prototype: invalidates the inline caches' prototype entries when a
/// cached lookup went through \p obj.
inline void noteLayoutChange(Runtime &rt, const ObjectCell *obj) {
  if (obj->header.flags & kObjectWatched)
    ++rt.cacheEpoch;
}

OwnSlot findOwn(Runtime &rt, ObjectCell *obj, const PropertyKey &key);
/// The stored value of a slot other than StringIndex (undefined for it).
KilnValue readOwn(ObjectCell *obj, const OwnSlot &slot);
/// The value of any slot; a String wrapper's index allocates its
/// one-character string (EXCEPTION on OOM).
KilnValue readOwnValue(Runtime &rt, ObjectCell *obj, const OwnSlot &slot);
/// Writes a data property's value (length: with array-length semantics).
KilnValue writeOwn(Runtime &rt, ObjectCell *obj, const OwnSlot &slot,
                   KilnValue value);
/// Adds a new own property (the caller checked it is absent and allowed).
KilnValue addOwn(Runtime &rt, ObjectCell *obj, const PropertyKey &key,
                 KilnValue value, uint8_t attributes);
KilnValue addNamed(Runtime &rt, ObjectCell *obj, KilnValue name,
                   KilnValue value, uint8_t attributes);
bool ensureSlots(Runtime &rt, ObjectCell *obj, uint32_t count);
bool makeDictionary(Runtime &rt, ObjectCell *obj);

/// Stores element \p index of a dense array (growing it, or turning it
/// sparse when the index is far past the end) and updates the length.
KilnValue setDenseElement(Runtime &rt, ObjectCell *array, uint32_t index,
                          KilnValue value);
/// Moves a dense array's elements to named properties.
bool makeSparse(Runtime &rt, ObjectCell *array);
/// `array.length = value`: RangeError unless value is a valid length.
KilnValue setArrayLengthFromValue(Runtime &rt, ObjectCell *array,
                                  KilnValue value);

/// The atom naming \p index if one exists, else EMPTY (no property can be
/// named by it then).
KilnValue lookupIndexName(Runtime &rt, uint32_t index);
const char *describeKey(const PropertyKey &key, char *buf, size_t size);
/// Raises \p kind with \p format's %s replaced by the key's text.
KilnValue raiseWithKey(Runtime &rt, ErrorKind kind, const char *format,
                       const PropertyKey &key);

} // namespace kiln

#endif // KILN_OBJECT_OBJECTINTERNAL_H
