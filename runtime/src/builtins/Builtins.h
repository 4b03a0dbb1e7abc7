//===- Builtins.h - Built-in objects: shared declarations -------*- C++ -*-===//
//
// The interface of the builtins: the installer that creates every object in
// Builtins.def on a VM's global object, the declarations of the native
// functions the table names (one file per built-in defines them), and the
// helpers they share: argument access, primitive wrapper objects (Number and
// Boolean objects carry their [[NumberData]] / [[BooleanData]] in a
// PrimitiveObject cell), own-key listing and error raising. Natives follow
// the VM's NativeFunction convention: they return a value, or
// KILN_VALUE_EXCEPTION with the exception pending in the Runtime.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_BUILTINS_H
#define KILN_BUILTINS_BUILTINS_H

#include "kiln/Runtime.h"
#include "ops/Conversions.h"
#include "vm/VM.h"

#include <string.h>

namespace kiln {

#define KILN_BUILTIN_CONSTRUCTOR(Id, Name, Length, Function, Prototype)        \
  KilnValue Function(Runtime &rt, KilnValue callee, KilnValue thisValue,       \
                     const KilnValue *args, uint32_t argc, bool isConstruct);
#define KILN_BUILTIN_FUNCTION(Holder, Name, Length, Function)                  \
  KilnValue Function(Runtime &rt, KilnValue callee, KilnValue thisValue,       \
                     const KilnValue *args, uint32_t argc, bool isConstruct);
#define KILN_BUILTIN_INTRINSIC_CONSTRUCTOR(Id, Name, Length, Function,         \
                                           Prototype)                          \
  KILN_BUILTIN_FUNCTION(Id, Name, Length, Function)
#define KILN_BUILTIN_GETTER(Holder, Name, Function)                            \
  KILN_BUILTIN_FUNCTION(Holder, Name, 0, Function)
#define KILN_BUILTIN_SYMBOL_FUNCTION(Holder, Symbol, Length, Function)         \
  KILN_BUILTIN_FUNCTION(Holder, "", Length, Function)
#define KILN_BUILTIN_SYMBOL_GETTER(Holder, Symbol, Function)                   \
  KILN_BUILTIN_FUNCTION(Holder, "", 0, Function)
#include "builtins/Builtins.def"

/// The native the table installs for a method \p F: it throws a TypeError
/// under `new` and otherwise calls \p F. Comparing a function's native with
/// &methodThunk<F> tells whether it is that built-in.
template <NativeFunction F>
KilnValue methodThunk(Runtime &rt, KilnValue callee, KilnValue thisValue,
                      const KilnValue *args, uint32_t argc, bool isConstruct) {
  if (isConstruct)
    return rt.raise(ErrorKind::TypeError, "function is not a constructor");
  return F(rt, callee, thisValue, args, argc, false);
}

/// Creates the objects of Builtins.def on \p vm's global object and installs
/// the runtime's ToPrimitive hook; false on OOM.
bool installBuiltins(VM &vm);
/// A native function object with the spec's own `length` and `name`
/// (configurable only); null after raising.
ObjectCell *makeFunction(Runtime &rt, const char *name, uint32_t length,
                         NativeFunction native);

/// A native function over \p env with the spec's own `length` and `name`
/// (configurable only); null after raising.
FunctionCell *newNativeFunction(Runtime &rt, NativeFunction native,
                                KilnValue env, uint32_t length, KilnValue name);

/// Argument \p i, or undefined past the end.
inline KilnValue argAt(const KilnValue *args, uint32_t argc, uint32_t i) {
  return i < argc ? args[i] : KILN_VALUE_UNDEFINED;
}

// Wrapper objects are PrimitiveObjectCells (object/Object.h).

/// A wrapper of \p primitive with prototype \p proto; null after raising.
ObjectCell *newPrimitiveObject(Runtime &rt, ObjectCell *proto,
                               KilnValue primitive);
/// The primitive wrapped by \p v when it is a PrimitiveObject, else EMPTY.
KilnValue wrappedPrimitive(KilnValue v);

/// The own property keys of \p obj in the spec's order (array indices
/// ascending, then strings, then symbols, in creation order), as values
/// (indices as numbers); \p onlyEnumerable drops non-enumerable ones and
/// \p withSymbols keeps symbols. Null after raising.
ValueArray *ownPropertyKeys(Runtime &rt, ObjectCell *obj, bool onlyEnumerable,
                            bool withSymbols);
/// Calls \p visit(keyValue, key, value) for each own enumerable property of
/// \p from (symbols included), in ownPropertyKeys order, with the value read
/// by [[Get]]: the loop of Object.assign, Object.defineProperties and the
/// spec's CopyDataProperties. False when reading raises or \p visit returns
/// false (with an exception pending).
template <typename Visit>
bool forEachOwnEnumerableProperty(Runtime &rt, ObjectCell *from,
                                  Visit &&visit) {
  RootScope scope(rt.heap);
  scope.keep(from);
  ValueArray *keys = ownPropertyKeys(rt, from, false, true);
  if (!keys)
    return false;
  scope.keep(keys);
  for (uint32_t i = 0; i < keys->length; ++i) {
    PropertyKey key;
    PropertyDescriptor own;
    if (!toPropertyKey(rt, keys->values[i], key))
      return false;
    if (!getOwnProperty(rt, from, key, own) ||
        !(own.attributes & KILN_ATTR_ENUMERABLE))
      continue;
    KilnValue value = getProperty(rt, from, key, objectValue(from));
    if (isException(value) || !visit(keys->values[i], key, value))
      return false;
  }
  return true;
}
/// OrdinaryToPrimitive(object, hint) (\p hint a PrimitiveHint: String
/// tries toString first, otherwise valueOf first); EXCEPTION after raising.
KilnValue ordinaryToPrimitive(Runtime &rt, KilnValue object, uint8_t hint);
/// OrdinaryHasInstance(\p target, \p value): `instanceof` without
/// @@hasInstance; TRUE, FALSE or EXCEPTION.
KilnValue ordinaryHasInstance(Runtime &rt, KilnValue target, KilnValue value);
/// ToObject; null after raising a TypeError for undefined/null.
ObjectCell *toObject(Runtime &rt, KilnValue v);
/// ToIntegerOrInfinity; false with an exception pending.
bool toIntegerOrInfinity(Runtime &rt, KilnValue v, double &out);
/// ToLength(Get(obj, "length")), clamped to uint32 (Kiln's array limit);
/// false with an exception pending.
bool lengthOfArrayLike(Runtime &rt, ObjectCell *obj, uint32_t &out);
/// ToIntegerOrInfinity of a relative index argument resolved against
/// \p length (negative counts from the end), clamped to [0, length];
/// \p fallback when the argument is undefined. False after raising.
bool relativeIndex(Runtime &rt, KilnValue arg, uint32_t length,
                   uint32_t fallback, uint32_t &out);
/// A new array holding \p count values; EXCEPTION on OOM.
KilnValue arrayFromValues(Runtime &rt, const KilnValue *values, uint32_t count);

/// ToPropertyDescriptor; false with an exception pending.
bool toPropertyDescriptor(Runtime &rt, KilnValue v, PropertyDescriptor &desc);
/// FromPropertyDescriptor of a complete descriptor; EXCEPTION on OOM.
KilnValue fromPropertyDescriptor(Runtime &rt, const PropertyDescriptor &desc);
/// SetIntegrityLevel(\p v, sealed or \p frozen): Object.seal and
/// Object.freeze; non-objects are returned as they are. \p v, or EXCEPTION.
KilnValue setIntegrityLevel(Runtime &rt, KilnValue v, bool frozen);
/// TestIntegrityLevel(\p v, sealed or \p frozen): Object.isSealed and
/// Object.isFrozen; TRUE, FALSE or EXCEPTION.
KilnValue testIntegrityLevel(Runtime &rt, KilnValue v, bool frozen);
/// The atom for the NUL-terminated \p text; EXCEPTION on OOM.
inline KilnValue atomFromCString(Runtime &rt, const char *text) {
  return kiln_rt_atom_from_utf8(toABI(rt), text, strlen(text));
}
/// \p obj.\p name by [[Get]] (getters run); EXCEPTION after raising.
inline KilnValue getNamedProperty(Runtime &rt, ObjectCell *obj,
                                  const char *name) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  KilnValue key = atomFromCString(rt, name);
  if (isException(key))
    return key;
  return getProperty(rt, obj, PropertyKey::fromName(key), objectValue(obj));
}
/// getNamedProperty of \p object when it is an object, else undefined.
inline KilnValue getNamedProperty(Runtime &rt, KilnValue object,
                                  const char *name) {
  return isObject(object) ? getNamedProperty(rt, asObject(object), name)
                          : KILN_VALUE_UNDEFINED;
}
/// Defines \p obj.\p name as a data property with \p attributes (by
/// default writable and configurable but not enumerable, as built-ins are
/// installed). False after raising.
bool defineNamedValue(Runtime &rt, ObjectCell *obj, const char *name,
                      KilnValue value,
                      uint8_t attributes = KILN_ATTR_WRITABLE |
                                           KILN_ATTR_CONFIGURABLE);
/// ObjectDefineProperties(obj, properties): every descriptor is read and
/// validated before any is defined. False after raising.
bool defineProperties(Runtime &rt, ObjectCell *obj, KilnValue properties);

} // namespace kiln

#endif // KILN_BUILTINS_BUILTINS_H
