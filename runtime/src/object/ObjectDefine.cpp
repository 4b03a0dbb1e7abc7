//===- ObjectDefine.cpp - [[DefineOwnProperty]] ---------------------------===//
//
// ValidateAndApplyPropertyDescriptor for ordinary objects and arrays: new
// properties get absent attributes as false, existing non-configurable ones
// reject every change the spec forbids (a TypeError, as Object.defineProperty
// throws), and changed attributes move the object to dictionary mode (or a
// dense array to sparse mode) since shared shapes fix attributes.
//
//===----------------------------------------------------------------------===//
#include "object/BinaryData.h"
#include "object/ObjectInternal.h"

#include "ops/Conversions.h"

using namespace kiln;

namespace {

using PD = PropertyDescriptor;

/// An accessor pair cell: values[0] getter, values[1] setter.
ValueArray *newAccessorPair(Runtime &rt, KilnValue getter, KilnValue setter) {
  RootScope scope(rt.heap);
  scope.keep(getter);
  scope.keep(setter);
  ValueArray *pair = ValueArray::create(rt.heap, 2);
  if (!pair) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  pair->values[0] = getter;
  pair->values[1] = setter;
  return pair;
}

/// Whether the non-configurable \p current may be changed as \p desc asks.
bool changeAllowed(const PD &current, const PD &desc) {
  if ((desc.has & PD::kHasConfigurable) &&
      (desc.attributes & KILN_ATTR_CONFIGURABLE))
    return false;
  if ((desc.has & PD::kHasEnumerable) &&
      (desc.attributes & KILN_ATTR_ENUMERABLE) !=
          (current.attributes & KILN_ATTR_ENUMERABLE))
    return false;
  bool currentAccessor = current.attributes & KILN_ATTR_ACCESSOR;
  bool descAccessor = desc.has & (PD::kHasGet | PD::kHasSet);
  bool descData = desc.has & (PD::kHasValue | PD::kHasWritable);
  if (currentAccessor) {
    if (descData)
      return false;
    return !((desc.has & PD::kHasGet) && desc.getter != current.getter) &&
           !((desc.has & PD::kHasSet) && desc.setter != current.setter);
  }
  if (descAccessor)
    return false;
  if (current.attributes & KILN_ATTR_WRITABLE)
    return true;
  if ((desc.has & PD::kHasWritable) && (desc.attributes & KILN_ATTR_WRITABLE))
    return false;
  return !(desc.has & PD::kHasValue) || sameValue(desc.value, current.value);
}

/// The attributes after applying \p desc to \p current (or to a new
/// property when \p current is null).
uint8_t mergedAttributes(const PD *current, const PD &desc) {
  bool accessor = (desc.has & (PD::kHasGet | PD::kHasSet)) ||
                  (!(desc.has & (PD::kHasValue | PD::kHasWritable)) &&
                   current && (current->attributes & KILN_ATTR_ACCESSOR));
  uint8_t attrs = current ? current->attributes & ~KILN_ATTR_ACCESSOR : 0;
  if (current && accessor != bool(current->attributes & KILN_ATTR_ACCESSOR))
    attrs &= ~KILN_ATTR_WRITABLE; // kind change keeps only E and C
  static const uint8_t kFields[3][2] = {
      {KILN_ATTR_WRITABLE, PD::kHasWritable},
      {KILN_ATTR_ENUMERABLE, PD::kHasEnumerable},
      {KILN_ATTR_CONFIGURABLE, PD::kHasConfigurable}};
  for (const auto &field : kFields)
    if (desc.has & field[1])
      attrs = (attrs & ~field[0]) | (desc.attributes & field[0]);
  if (accessor)
    attrs = (attrs & ~KILN_ATTR_WRITABLE) | KILN_ATTR_ACCESSOR;
  return attrs;
}

/// The value stored in the slot for the merged property.
KilnValue storedValue(Runtime &rt, const PD *current, const PD &desc,
                      uint8_t attrs) {
  if (!(attrs & KILN_ATTR_ACCESSOR))
    return desc.has & PD::kHasValue ? desc.value
           : current && !(current->attributes & KILN_ATTR_ACCESSOR)
               ? current->value
               : KILN_VALUE_UNDEFINED;
  bool wasAccessor = current && (current->attributes & KILN_ATTR_ACCESSOR);
  KilnValue get = desc.has & PD::kHasGet ? desc.getter
                  : wasAccessor          ? current->getter
                                         : KILN_VALUE_UNDEFINED;
  KilnValue set = desc.has & PD::kHasSet ? desc.setter
                  : wasAccessor          ? current->setter
                                         : KILN_VALUE_UNDEFINED;
  ValueArray *pair = newAccessorPair(rt, get, set);
  return pair ? cellValue(pair) : KILN_VALUE_EXCEPTION;
}

KilnValue defineLength(Runtime &rt, ObjectCell *array, const PD &desc) {
  if ((desc.has & (PD::kHasGet | PD::kHasSet)) ||
      ((desc.has & PD::kHasConfigurable) &&
       (desc.attributes & KILN_ATTR_CONFIGURABLE)) ||
      ((desc.has & PD::kHasEnumerable) &&
       (desc.attributes & KILN_ATTR_ENUMERABLE)))
    return rt.raise(ErrorKind::TypeError, "Cannot redefine property: length");
  bool readOnly = array->header.flags & kArrayLengthReadOnly;
  if (readOnly && (desc.has & PD::kHasWritable) &&
      (desc.attributes & KILN_ATTR_WRITABLE))
    return rt.raise(ErrorKind::TypeError, "Cannot redefine property: length");
  if (desc.has & PD::kHasValue) {
    KilnValue r = setArrayLengthFromValue(rt, array, desc.value);
    if (isException(r))
      return r;
  }
  if ((desc.has & PD::kHasWritable) && !(desc.attributes & KILN_ATTR_WRITABLE))
    array->header.flags |= kArrayLengthReadOnly;
  return KILN_VALUE_TRUE;
}

} // namespace

KilnValue kiln::defineOwnProperty(Runtime &rt, ObjectCell *obj,
                                  const PropertyKey &key, const PD &desc) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  // A fresh atom key may be reachable from nowhere else until it is added.
  scope.keep(key.name);
  scope.keep(desc.value);
  scope.keep(desc.getter);
  scope.keep(desc.setter);
  PD current;
  if (typedArrayOwnsKey(obj, key))
    return typedArrayDefineOwn(rt, asTypedArray(obj), key, desc);
  OwnSlot slot = findOwn(rt, obj, key);
  if (slot.kind == OwnSlot::Length)
    return defineLength(rt, obj, desc);
  if (slot.kind == OwnSlot::None) {
    if (!obj->isExtensible())
      return raiseWithKey(rt, ErrorKind::TypeError,
                          "Cannot define property %s, object is not extensible",
                          key);
    uint8_t attrs = mergedAttributes(nullptr, desc);
    KilnValue value = storedValue(rt, nullptr, desc, attrs);
    if (isException(value))
      return value;
    return addOwn(rt, obj, key, value, attrs);
  }
  getOwnProperty(rt, obj, key, current);
  if (!(current.attributes & KILN_ATTR_CONFIGURABLE) &&
      !changeAllowed(current, desc))
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot redefine property: %s", key);
  // A String wrapper's length and indices cannot change; an allowed
  // redefinition changes nothing.
  if (slot.kind == OwnSlot::StringLength || slot.kind == OwnSlot::StringIndex)
    return KILN_VALUE_TRUE;
  uint8_t attrs = mergedAttributes(&current, desc);
  KilnValue value = storedValue(rt, &current, desc, attrs);
  if (isException(value))
    return value;
  scope.keep(value);
  if (attrs == slot.attributes)
    return slot.kind == OwnSlot::Element
               ? (obj->elements->values[slot.index] = value, KILN_VALUE_TRUE)
               : (obj->slots->values[slot.index] = value, KILN_VALUE_TRUE);
  // Attributes change: shared shapes and dense elements fix them.
  noteLayoutChange(rt, obj);
  if (slot.kind == OwnSlot::Element) {
    if (!makeSparse(rt, obj))
      return KILN_VALUE_EXCEPTION;
    slot = findOwn(rt, obj, key);
  }
  if (!makeDictionary(rt, obj))
    return KILN_VALUE_EXCEPTION;
  propmap::setAttributesAt(obj->shape->map, slot.index, attrs);
  obj->slots->values[slot.index] = value;
  return KILN_VALUE_TRUE;
}
