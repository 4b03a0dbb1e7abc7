//===- Object.cpp - Ordinary object internal methods ----------------------===//
//
// [[GetOwnProperty]], [[Get]], [[Set]], [[DefineOwnProperty]] and [[Delete]]
// over shapes and slots, with the Array exotic object's length and dense
// elements handled in Elements.cpp. Every function roots its own cell
// arguments before allocating (see String.h's rooting rule).
//
//===----------------------------------------------------------------------===//
#include "object/Object.h"

#include "core/Runtime.h"
#include "object/BinaryData.h"
#include "object/ObjectInternal.h"
#include "string/String.h"
#include "string/Symbol.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

void kiln::traceObject(GCCell *cell, Marker &marker) {
  ObjectCell *obj = reinterpret_cast<ObjectCell *>(cell);
  marker.markCell(&obj->shape->header);
  if (obj->proto)
    marker.markCell(&obj->proto->header);
  if (obj->slots)
    marker.markCell(&obj->slots->header);
  if (obj->elements)
    marker.markCell(&obj->elements->header);
}

void kiln::traceArray(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
}

ObjectCell *kiln::newObject(Runtime &rt, ObjectCell *proto) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  ObjectCell *obj = rt.heap.allocate<ObjectCell>(CellKind::Object);
  if (!obj) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  obj->shape = rt.rootShape();
  obj->proto = proto;
  return obj;
}

void kiln::setObjectPrototype(Runtime &rt, ObjectCell *obj, ObjectCell *proto) {
  noteLayoutChange(rt, obj);
  obj->proto = proto;
}

void kiln::preventExtensions(ObjectCell *obj) {
  obj->header.flags |= kObjectNotExtensible;
}

// --- Keys -------------------------------------------------------------------

namespace {
uint32_t formatIndex(uint32_t index, uint8_t *buf) {
  uint8_t digits[10];
  uint32_t n = 0;
  do {
    digits[n++] = uint8_t('0' + index % 10);
    index /= 10;
  } while (index);
  for (uint32_t i = 0; i < n; ++i)
    buf[i] = digits[n - 1 - i];
  return n;
}
} // namespace

StringCell *kiln::indexToAtom(Runtime &rt, uint32_t index) {
  uint8_t buf[10];
  return rt.atoms.intern(rt, buf, formatIndex(index, buf));
}

KilnValue kiln::lookupIndexName(Runtime &rt, uint32_t index) {
  uint8_t buf[10];
  StringView view{buf, formatIndex(index, buf), true};
  StringCell *atom = rt.atoms.lookup(view);
  return atom ? stringValue(atom) : KILN_VALUE_EMPTY;
}

bool kiln::stringToArrayIndex(const StringCell *flat, uint32_t &out) {
  StringView v = viewFlat(flat);
  if (v.length == 0 || v.length > 10 || (v.length > 1 && v.at(0) == '0'))
    return false;
  uint64_t n = 0;
  for (uint32_t i = 0; i < v.length; ++i) {
    uint16_t c = v.at(i);
    if (c < '0' || c > '9')
      return false;
    n = n * 10 + (c - '0');
  }
  if (n >= kMaxArrayLength)
    return false;
  out = uint32_t(n);
  return true;
}

const char *kiln::describeKey(const PropertyKey &key, char *buf, size_t size) {
  if (key.isIndex()) {
    snprintf(buf, size, "%u", key.index);
  } else if (isString(key.name) && asString(key.name)->isFlat()) {
    StringView v = viewFlat(asString(key.name));
    size_t n = 0;
    for (uint32_t i = 0; i < v.length && n + 1 < size; ++i)
      buf[n++] = v.at(i) < 0x7F && v.at(i) >= 0x20 ? char(v.at(i)) : '?';
    buf[n] = 0;
  } else if (isSymbol(key.name) && isString(asSymbol(key.name)->description) &&
             asString(asSymbol(key.name)->description)->isFlat()) {
    // "Symbol(description)", the description shortened to fit.
    StringView v = viewFlat(asString(asSymbol(key.name)->description));
    size_t n = size_t(snprintf(buf, size, "Symbol("));
    for (uint32_t i = 0; i < v.length && n + 2 < size; ++i)
      buf[n++] = v.at(i) < 0x7F && v.at(i) >= 0x20 ? char(v.at(i)) : '?';
    buf[n++] = ')';
    buf[n] = 0;
  } else {
    snprintf(buf, size, "%s", "Symbol()");
  }
  return buf;
}

KilnValue kiln::raiseWithKey(Runtime &rt, ErrorKind kind, const char *format,
                             const PropertyKey &key) {
  char name[80], message[160];
  snprintf(message, sizeof message, format,
           describeKey(key, name, sizeof name));
  return rt.raise(kind, message);
}

// --- Own property lookup ----------------------------------------------------

OwnSlot kiln::findOwn(Runtime &rt, ObjectCell *obj, const PropertyKey &key) {
  OwnSlot result;
  KilnValue name = key.name;
  if (StringCell *s = stringWrapperData(obj)) {
    if (key.isIndex() ? key.index < s->length
                      : name == rt.atomValue(PredefinedAtom::length)) {
      result.kind =
          key.isIndex() ? OwnSlot::StringIndex : OwnSlot::StringLength;
      result.index = key.index;
      result.attributes = key.isIndex() ? KILN_ATTR_ENUMERABLE : 0;
      return result;
    }
  }
  if (isTypedArray(obj)) {
    // Numeric keys are the elements or absent; other keys are ordinary.
    uint32_t index;
    switch (classifyTypedKey(asTypedArray(obj), key, index)) {
    case TypedKey::Valid:
      result.kind = OwnSlot::TypedElement;
      result.index = index;
      result.attributes = KILN_ATTR_DEFAULT;
      return result;
    case TypedKey::Invalid:
      return result;
    case TypedKey::NotNumeric:
      break;
    }
  }
  if (key.isIndex()) {
    if (obj->isArray() && !(obj->header.flags & kArraySparse)) {
      ValueArray *elements = obj->elements;
      if (key.index < obj->length && elements && key.index < elements->length &&
          !isEmpty(elements->values[key.index])) {
        result.kind = OwnSlot::Element;
        result.index = key.index;
        result.attributes = KILN_ATTR_DEFAULT;
      }
      return result;
    }
    name = lookupIndexName(rt, key.index);
    if (isEmpty(name))
      return result; // no atom for it, so no property named by it
  } else if (obj->isArray() && name == rt.atomValue(PredefinedAtom::length)) {
    result.kind = OwnSlot::Length;
    result.attributes =
        obj->header.flags & kArrayLengthReadOnly ? 0 : KILN_ATTR_WRITABLE;
    return result;
  }
  ShapeSlot slot = lookupShape(rt, obj->shape, name);
  if (slot.found()) {
    result.kind = OwnSlot::Named;
    result.index = uint32_t(slot.slot);
    result.attributes = slot.attributes;
  }
  return result;
}

KilnValue kiln::readOwn(ObjectCell *obj, const OwnSlot &slot) {
  switch (slot.kind) {
  case OwnSlot::Named:
    return obj->slots->values[slot.index];
  case OwnSlot::Element:
    return obj->elements->values[slot.index];
  case OwnSlot::Length:
    return makeNumber(double(obj->length));
  case OwnSlot::StringLength:
    return makeInt32(int32_t(stringWrapperData(obj)->length));
  case OwnSlot::TypedElement:
    return makeNumber(readElement(asTypedArray(obj), slot.index));
  case OwnSlot::StringIndex:
  case OwnSlot::None:
    break;
  }
  return KILN_VALUE_UNDEFINED;
}

KilnValue kiln::readOwnValue(Runtime &rt, ObjectCell *obj,
                             const OwnSlot &slot) {
  if (slot.kind != OwnSlot::StringIndex)
    return readOwn(obj, slot);
  StringCell *flat = flattenString(rt, stringWrapperData(obj));
  StringCell *unit =
      flat ? substring(rt, flat, slot.index, slot.index + 1) : nullptr;
  return unit ? stringValue(unit) : KILN_VALUE_EXCEPTION;
}

bool kiln::getOwnProperty(Runtime &rt, ObjectCell *obj, const PropertyKey &key,
                          PropertyDescriptor &out) {
  OwnSlot slot = findOwn(rt, obj, key);
  if (slot.kind == OwnSlot::None)
    return false;
  KilnValue v = readOwnValue(rt, obj, slot);
  if (slot.attributes & KILN_ATTR_ACCESSOR) {
    ValueArray *pair = reinterpret_cast<ValueArray *>(asCell(v));
    out = PropertyDescriptor::accessor(pair->values[0], pair->values[1],
                                       slot.attributes);
  } else {
    out = PropertyDescriptor::data(v, slot.attributes);
  }
  return true;
}

// --- [[Get]] / [[HasProperty]] ----------------------------------------------

KilnValue kiln::getProperty(Runtime &rt, ObjectCell *obj,
                            const PropertyKey &key, KilnValue receiver) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(receiver);
  for (ObjectCell *o = obj; o; o = o->proto) {
    OwnSlot slot = findOwn(rt, o, key);
    if (slot.kind == OwnSlot::None) {
      if (typedArrayOwnsKey(o, key))
        return KILN_VALUE_UNDEFINED;
      continue;
    }
    KilnValue v = readOwnValue(rt, o, slot);
    if (!(slot.attributes & KILN_ATTR_ACCESSOR))
      return v;
    KilnValue getter = reinterpret_cast<ValueArray *>(asCell(v))->values[0];
    if (isUndefined(getter))
      return KILN_VALUE_UNDEFINED;
    return rt.callHook(rt, getter, receiver, nullptr, 0);
  }
  return KILN_VALUE_UNDEFINED;
}

bool kiln::hasProperty(Runtime &rt, ObjectCell *obj, const PropertyKey &key) {
  for (ObjectCell *o = obj; o; o = o->proto) {
    if (findOwn(rt, o, key).kind != OwnSlot::None)
      return true;
    if (typedArrayOwnsKey(o, key))
      return false;
  }
  return false;
}

// --- Adding and writing own properties
// ----------------------------------------

bool kiln::ensureSlots(Runtime &rt, ObjectCell *obj, uint32_t count) {
  uint32_t capacity = obj->slots ? obj->slots->length : 0;
  if (count <= capacity)
    return true;
  uint32_t grown = capacity ? capacity * 2 : 4;
  if (grown < count)
    grown = count;
  RootScope scope(rt.heap);
  scope.keep(obj);
  ValueArray *slots = ValueArray::create(rt.heap, grown);
  if (!slots) {
    rt.raiseOutOfMemory();
    return false;
  }
  for (uint32_t i = 0; i < capacity; ++i)
    slots->values[i] = obj->slots->values[i];
  obj->slots = slots;
  return true;
}

bool kiln::makeDictionary(Runtime &rt, ObjectCell *obj) {
  if (obj->shape->isDictionary())
    return true;
  RootScope scope(rt.heap);
  scope.keep(obj);
  Shape *dict = newDictionaryShape(rt, obj->shape);
  if (!dict)
    return false;
  obj->shape = dict;
  return true;
}

KilnValue kiln::addNamed(Runtime &rt, ObjectCell *obj, KilnValue name,
                         KilnValue value, uint8_t attributes) {
  noteLayoutChange(rt, obj);
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(name);
  scope.keep(value);
  Shape *shape = obj->shape;
  if (!shape->isDictionary() && shape->propertyCount < kMaxSharedProperties) {
    // Transitions are weak: root the new shape until the object uses it.
    Shape *next = scope.keep(addTransition(rt, shape, name, attributes));
    if (!next || !ensureSlots(rt, obj, next->slot + 1))
      return KILN_VALUE_EXCEPTION;
    obj->slots->values[next->slot] = value;
    obj->shape = next;
    return KILN_VALUE_TRUE;
  }
  if (!makeDictionary(rt, obj))
    return KILN_VALUE_EXCEPTION;
  shape = obj->shape;
  uint32_t slot = propmap::entryCount(shape->map);
  if (!ensureSlots(rt, obj, slot + 1))
    return KILN_VALUE_EXCEPTION;
  ValueArray *map = propmap::add(rt, shape->map, name, attributes);
  if (!map)
    return KILN_VALUE_EXCEPTION;
  shape->map = map;
  shape->propertyCount++;
  obj->slots->values[slot] = value;
  return KILN_VALUE_TRUE;
}

KilnValue kiln::addOwn(Runtime &rt, ObjectCell *obj, const PropertyKey &key,
                       KilnValue value, uint8_t attributes) {
  if (!key.isIndex())
    return addNamed(rt, obj, key.name, value, attributes);
  if (obj == rt.prototype(Runtime::kObjectPrototype) ||
      obj == rt.prototype(Runtime::kArrayPrototype))
    rt.prototypesHaveElements = true; // arrays now may inherit elements
  if (obj->isArray()) {
    if (key.index >= obj->length && (obj->header.flags & kArrayLengthReadOnly))
      return raiseWithKey(rt, ErrorKind::TypeError,
                          "Cannot add property %s, array length is read-only",
                          key);
    if (!(obj->header.flags & kArraySparse) && attributes == KILN_ATTR_DEFAULT)
      return setDenseElement(rt, obj, key.index, value);
    if (!makeSparse(rt, obj))
      return KILN_VALUE_EXCEPTION;
  }
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(value);
  StringCell *name = indexToAtom(rt, key.index);
  if (!name)
    return KILN_VALUE_EXCEPTION;
  KilnValue result = addNamed(rt, obj, stringValue(name), value, attributes);
  if (!isException(result) && obj->isArray() && key.index >= obj->length)
    obj->length = key.index + 1;
  return result;
}

// --- [[Set]]
// ------------------------------------------------------------------

KilnValue kiln::setProperty(Runtime &rt, ObjectCell *obj,
                            const PropertyKey &key, KilnValue value,
                            KilnValue receiver) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(value);
  scope.keep(receiver);
  for (ObjectCell *o = obj; o; o = o->proto) {
    OwnSlot slot = findOwn(rt, o, key);
    if (isTypedArray(o) &&
        (slot.kind == OwnSlot::TypedElement || typedArrayOwnsKey(o, key))) {
      // A typed array's numeric key: stored (converted) on itself as the
      // receiver, ignored when absent, else an ordinary [[Set]] on it.
      if (isObject(receiver) && asObject(receiver) == o)
        return typedArraySetElement(rt, asTypedArray(o), key, value);
      if (slot.kind == OwnSlot::None)
        return KILN_VALUE_TRUE;
    }
    if (slot.kind == OwnSlot::None)
      continue;
    if (slot.attributes & KILN_ATTR_ACCESSOR) {
      KilnValue pair = readOwn(o, slot);
      KilnValue setter =
          reinterpret_cast<ValueArray *>(asCell(pair))->values[1];
      if (isUndefined(setter))
        return raiseWithKey(rt, ErrorKind::TypeError,
                            "Cannot set property %s which has only a getter",
                            key);
      KilnValue r = rt.callHook(rt, setter, receiver, &value, 1);
      return isException(r) ? r : KILN_VALUE_TRUE;
    }
    if (!(slot.attributes & KILN_ATTR_WRITABLE))
      return raiseWithKey(rt, ErrorKind::TypeError,
                          "Cannot assign to read only property '%s' of object",
                          key);
    if (isObject(receiver) && asObject(receiver) == o)
      return writeOwn(rt, o, slot, value);
    break; // a writable inherited data property: define on the receiver
  }
  if (!isObject(receiver))
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot create property '%s' on a primitive value",
                        key);
  ObjectCell *target = asObject(receiver);
  if (target != obj) {
    OwnSlot own = findOwn(rt, target, key);
    if (own.kind != OwnSlot::None) {
      if ((own.attributes & KILN_ATTR_ACCESSOR) ||
          !(own.attributes & KILN_ATTR_WRITABLE))
        return raiseWithKey(
            rt, ErrorKind::TypeError,
            "Cannot assign to read only property '%s' of object", key);
      return writeOwn(rt, target, own, value);
    }
  }
  if (!target->isExtensible())
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot add property %s, object is not extensible",
                        key);
  return addOwn(rt, target, key, value, KILN_ATTR_DEFAULT);
}

KilnValue kiln::writeOwn(Runtime &rt, ObjectCell *obj, const OwnSlot &slot,
                         KilnValue value) {
  switch (slot.kind) {
  case OwnSlot::Named:
    obj->slots->values[slot.index] = value;
    return KILN_VALUE_TRUE;
  case OwnSlot::Element:
    obj->elements->values[slot.index] = value;
    return KILN_VALUE_TRUE;
  case OwnSlot::Length:
    return setArrayLengthFromValue(rt, obj, value);
  case OwnSlot::TypedElement:
    return typedArraySetElement(rt, asTypedArray(obj),
                                PropertyKey::fromIndex(slot.index), value);
  case OwnSlot::StringLength:
  case OwnSlot::StringIndex: // read-only: [[Set]] never writes them
  case OwnSlot::None:
    break;
  }
  return KILN_VALUE_TRUE;
}

// --- [[Delete]]
// -----------------------------------------------------------------

KilnValue kiln::deleteProperty(Runtime &rt, ObjectCell *obj,
                               const PropertyKey &key) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  OwnSlot slot = findOwn(rt, obj, key);
  if (slot.kind == OwnSlot::None)
    return KILN_VALUE_TRUE;
  // A typed array's elements are configurable yet cannot be deleted.
  if (!(slot.attributes & KILN_ATTR_CONFIGURABLE) ||
      slot.kind == OwnSlot::TypedElement)
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot delete property '%s' of object", key);
  noteLayoutChange(rt, obj);
  if (slot.kind == OwnSlot::Element) {
    obj->elements->values[slot.index] = KILN_VALUE_EMPTY;
    return KILN_VALUE_TRUE;
  }
  Shape *shape = obj->shape;
  if (!shape->isDictionary() && shape->slot == slot.index && shape->parent) {
    // Deleting the newest property steps back to the shared parent shape.
    obj->shape = shape->parent;
    obj->slots->values[slot.index] = KILN_VALUE_UNDEFINED;
    return KILN_VALUE_TRUE;
  }
  if (!makeDictionary(rt, obj))
    return KILN_VALUE_EXCEPTION;
  shape = obj->shape;
  propmap::remove(shape->map, int32_t(slot.index));
  shape->propertyCount--;
  obj->slots->values[slot.index] = KILN_VALUE_UNDEFINED;
  uint32_t entries = propmap::entryCount(shape->map);
  if (entries >= 16 && shape->propertyCount < entries / 2)
    propmap::compact(shape->map, obj->slots->values);
  return KILN_VALUE_TRUE;
}
