//===- PrivateNames.cpp - Private names and private elements --------------===//
//
// A Private Name is an internal cell (a ValueArray, see PrivateName below)
// made once per evaluation of the class that declares it. An object's
// private elements are own properties keyed by that cell: the key is
// neither a string nor a symbol, so every operation that lists or looks up
// properties by string or symbol keys (Object.keys, for-in, JSON,
// getOwnPropertyNames, console.log, proxies of the future) never sees them,
// while the shape machinery stores them like any other key (objects of one
// class share shapes, so private field access is as fast as public). A
// field is a writable data property, a private method a read-only one
// holding the function, and a private accessor an accessor whose pair is
// the name cell itself (its values 0 and 1 are the getter and setter).
// Elements are added regardless of extensibility, as the spec's
// PrivateFieldAdd does.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "object/ObjectInternal.h"
#include "ops/Conversions.h"
#include "vm/VM.h"

#include <stdio.h>

using namespace kiln;

namespace {

/// The layout of a Private Name cell. Values 0 and 1 double as the
/// accessor pair of private accessors (getter, setter).
enum PrivateName : uint32_t {
  /// The method (kind Method) or getter (kind Accessor), else undefined.
  kMethodOrGetter,
  kSetter,
  /// The atom naming it, without the '#'.
  kDescription,
  /// An int32 PrivateKind.
  kKind,
  kNameLength
};

enum PrivateKind : int32_t { kField = -1, kMethod = 0, kAccessor = 1 };

ValueArray *nameCell(KilnValue name) {
  return reinterpret_cast<ValueArray *>(asCell(name));
}

bool isPrivateName(KilnValue v) {
  return isInternalCell(v) && asCell(v)->kind == CellKind::ValueArray &&
         nameCell(v)->length == kNameLength;
}

/// Raises \p kind with \p format's %s replaced by "#description".
KilnValue raisePrivate(Runtime &rt, ErrorKind kind, const char *format,
                       KilnValue name) {
  char text[96] = "#?";
  KilnValue description =
      isPrivateName(name) ? nameCell(name)->values[kDescription] : name;
  if (isString(description)) {
    StringCell *flat = flattenString(rt, asString(description));
    if (flat && utf8Length(flat) + 2 < sizeof text) {
      writeUtf8(flat, text + 1);
      text[1 + utf8Length(flat)] = 0;
    }
  }
  char message[220];
  snprintf(message, sizeof message, format, text);
  return rt.raise(kind, message);
}

/// The own slot of \p object's private element \p name (None if absent).
OwnSlot findPrivate(Runtime &rt, ObjectCell *object, KilnValue name) {
  return findOwn(rt, object, PropertyKey::fromName(name));
}

KilnValue addPrivate(Runtime &rt, KilnValue object, KilnValue name,
                     KilnValue value, uint8_t attributes) {
  KilnValue r = addNamed(rt, asObject(object), name, value, attributes);
  return isException(r) ? r : KILN_VALUE_TRUE;
}

} // namespace

extern "C" {

KilnValue kiln_rt_create_private_name(KilnRuntime *krt, KilnValue description) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(description);
  ValueArray *name = ValueArray::create(rt.heap, kNameLength);
  if (!name)
    return rt.raiseOutOfMemory();
  name->values[kDescription] = description;
  name->values[kKind] = makeInt32(kField);
  return cellValue(name);
}

KilnValue kiln_rt_get_private(KilnRuntime *krt, KilnValue object,
                              KilnValue name) {
  Runtime &rt = fromABI(krt);
  OwnSlot slot;
  if (isObject(object))
    slot = findPrivate(rt, asObject(object), name);
  if (slot.kind == OwnSlot::None)
    return raisePrivate(rt, ErrorKind::TypeError,
                        "Cannot read private member %s from an object whose "
                        "class did not declare it",
                        name);
  if (!(slot.attributes & KILN_ATTR_ACCESSOR))
    return readOwn(asObject(object), slot);
  KilnValue getter = nameCell(name)->values[kMethodOrGetter];
  if (isUndefined(getter))
    return raisePrivate(rt, ErrorKind::TypeError,
                        "'%s' was defined without a getter", name);
  return callFunction(rt, getter, object, nullptr, 0, false);
}

KilnValue kiln_rt_put_private(KilnRuntime *krt, KilnValue object,
                              KilnValue name, KilnValue value) {
  Runtime &rt = fromABI(krt);
  OwnSlot slot;
  if (isObject(object))
    slot = findPrivate(rt, asObject(object), name);
  if (slot.kind == OwnSlot::None)
    return raisePrivate(rt, ErrorKind::TypeError,
                        "Cannot write private member %s to an object whose "
                        "class did not declare it",
                        name);
  if (slot.attributes & KILN_ATTR_ACCESSOR) {
    KilnValue setter = nameCell(name)->values[kSetter];
    if (isUndefined(setter))
      return raisePrivate(rt, ErrorKind::TypeError,
                          "'%s' was defined without a setter", name);
    KilnValue r = callFunction(rt, setter, object, &value, 1, false);
    return isException(r) ? r : KILN_VALUE_TRUE;
  }
  if (!(slot.attributes & KILN_ATTR_WRITABLE))
    return raisePrivate(rt, ErrorKind::TypeError,
                        "Private method '%s' is not writable", name);
  return writeOwn(rt, asObject(object), slot, value);
}

KilnValue kiln_rt_define_private_field(KilnRuntime *krt, KilnValue object,
                                       KilnValue name, KilnValue value) {
  Runtime &rt = fromABI(krt);
  if (!isObject(object) ||
      findPrivate(rt, asObject(object), name).kind != OwnSlot::None)
    return raisePrivate(rt, ErrorKind::TypeError,
                        "Cannot initialize %s twice on the same object", name);
  return addPrivate(rt, object, name, value, KILN_ATTR_WRITABLE);
}

KilnValue kiln_rt_set_private_method(KilnRuntime *krt, KilnValue name,
                                     KilnValue fn, uint32_t kind) {
  if (!isPrivateName(name))
    return fromABI(krt).raise(ErrorKind::TypeError, "invalid private name");
  ValueArray *cell = nameCell(name);
  cell->values[kind == 2 ? kSetter : kMethodOrGetter] = fn;
  cell->values[kKind] = makeInt32(kind == 0 ? kMethod : kAccessor);
  return KILN_VALUE_TRUE;
}

KilnValue kiln_rt_add_private_methods(KilnRuntime *krt, KilnValue object,
                                      KilnValue name) {
  Runtime &rt = fromABI(krt);
  if (!isPrivateName(name) || !isObject(object))
    return rt.raise(ErrorKind::TypeError, "invalid private name");
  if (findPrivate(rt, asObject(object), name).kind != OwnSlot::None)
    return raisePrivate(rt, ErrorKind::TypeError,
                        "Cannot initialize private methods of %s twice on the "
                        "same object",
                        name);
  ValueArray *cell = nameCell(name);
  if (asInt32(cell->values[kKind]) == kMethod)
    return addPrivate(rt, object, name, cell->values[kMethodOrGetter], 0);
  return addPrivate(rt, object, name, name, KILN_ATTR_ACCESSOR);
}

KilnValue kiln_rt_private_in(KilnRuntime *krt, KilnValue name,
                             KilnValue object) {
  Runtime &rt = fromABI(krt);
  if (!isObject(object)) {
    char buf[64] = "value";
    if (isNumber(object))
      formatNumber(asNumber(object), buf);
    char format[160];
    snprintf(format, sizeof format,
             "Cannot use 'in' operator to search for '%%s' in %s", buf);
    return raisePrivate(rt, ErrorKind::TypeError, format, name);
  }
  return makeBool(findPrivate(rt, asObject(object), name).kind !=
                  OwnSlot::None);
}

} // extern "C"
