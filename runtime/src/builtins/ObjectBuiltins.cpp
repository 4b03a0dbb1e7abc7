//===- ObjectBuiltins.cpp - The Object constructor and Object.prototype ---===//
//
// Object's static functions (keys/values/entries, assign, freeze and the
// integrity checks, prototype access, create, defineProperty and the
// descriptor conversions) and Object.prototype's methods. They are thin
// layers over the object model's internal methods in object/, following the
// spec's steps and their order of observable conversions. Own keys come from
// ownPropertyKeys (Install.cpp) in the spec's order.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

#include "support/PodVector.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

namespace {

using PD = PropertyDescriptor;

KilnValue atomOf(Runtime &rt, const char *name) {
  return kiln_rt_atom_from_utf8(toABI(rt), name, strlen(name));
}

/// HasProperty then Get for descriptor field \p name: false when absent,
/// EXCEPTION in \p out after a throw.
bool descriptorField(Runtime &rt, ObjectCell *obj, const char *name,
                     KilnValue &out) {
  KilnValue key = atomOf(rt, name);
  if (isException(key)) {
    out = key;
    return true;
  }
  if (!hasProperty(rt, obj, PropertyKey::fromName(key)))
    return false;
  out = getProperty(rt, obj, PropertyKey::fromName(key), objectValue(obj));
  return true;
}

enum class Listing { Keys, Values, Entries };

/// EnumerableOwnProperties(O, kind) as an array.
KilnValue enumerableOwn(Runtime &rt, KilnValue v, Listing kind) {
  ObjectCell *obj = toObject(rt, v);
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(obj);
  ValueArray *keys = ownPropertyKeys(rt, obj, kind == Listing::Keys, false);
  if (!keys)
    return KILN_VALUE_EXCEPTION;
  scope.keep(keys);
  if (kind == Listing::Keys)
    return arrayFromValues(rt, keys->values, keys->length);
  ObjectCell *result = newArray(rt, keys->length);
  if (!result)
    return KILN_VALUE_EXCEPTION;
  scope.keep(result);
  for (uint32_t i = 0; i < keys->length; ++i) {
    PropertyKey key;
    PD own;
    if (!toPropertyKey(rt, keys->values[i], key))
      return KILN_VALUE_EXCEPTION;
    if (!getOwnProperty(rt, obj, key, own) ||
        !(own.attributes & KILN_ATTR_ENUMERABLE))
      continue;
    KilnValue value = getProperty(rt, obj, key, objectValue(obj));
    if (isException(value))
      return value;
    if (kind == Listing::Entries) {
      KilnValue pair[2] = {keys->values[i], value};
      scope.keep(value);
      value = arrayFromValues(rt, pair, 2);
      if (isException(value))
        return value;
    }
    if (isException(
            kiln_rt_array_append(toABI(rt), objectValue(result), value)))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(result);
}

/// The keys of \p obj including an array's `length`, for the integrity
/// operations.
ValueArray *allOwnKeys(Runtime &rt, ObjectCell *obj) {
  return ownPropertyKeys(rt, obj, false, true);
}

} // namespace

KilnValue kiln::setIntegrityLevel(Runtime &rt, KilnValue v, bool frozen) {
  if (!isObject(v))
    return v;
  RootScope scope(rt.heap);
  scope.keep(v);
  ObjectCell *obj = asObject(v);
  preventExtensions(obj);
  ValueArray *keys = allOwnKeys(rt, obj);
  if (!keys)
    return KILN_VALUE_EXCEPTION;
  scope.keep(keys);
  for (uint32_t i = 0; i < keys->length; ++i) {
    PropertyKey key;
    if (!toPropertyKey(rt, keys->values[i], key))
      return KILN_VALUE_EXCEPTION;
    PD desc;
    desc.has = PD::kHasConfigurable;
    if (frozen) {
      PD current;
      if (!getOwnProperty(rt, obj, key, current))
        continue;
      if (!(current.attributes & KILN_ATTR_ACCESSOR))
        desc.has |= PD::kHasWritable;
    }
    if (isException(defineOwnProperty(rt, obj, key, desc)))
      return KILN_VALUE_EXCEPTION;
  }
  return v;
}

KilnValue kiln::testIntegrityLevel(Runtime &rt, KilnValue v, bool frozen) {
  if (!isObject(v))
    return KILN_VALUE_TRUE;
  ObjectCell *obj = asObject(v);
  if (obj->isExtensible())
    return KILN_VALUE_FALSE;
  RootScope scope(rt.heap);
  scope.keep(v);
  ValueArray *keys = allOwnKeys(rt, obj);
  if (!keys)
    return KILN_VALUE_EXCEPTION;
  scope.keep(keys);
  for (uint32_t i = 0; i < keys->length; ++i) {
    PropertyKey key;
    PD current;
    if (!toPropertyKey(rt, keys->values[i], key))
      return KILN_VALUE_EXCEPTION;
    if (!getOwnProperty(rt, obj, key, current))
      continue;
    if (current.attributes & KILN_ATTR_CONFIGURABLE)
      return KILN_VALUE_FALSE;
    if (frozen && !(current.attributes & KILN_ATTR_ACCESSOR) &&
        (current.attributes & KILN_ATTR_WRITABLE))
      return KILN_VALUE_FALSE;
  }
  return KILN_VALUE_TRUE;
}

bool kiln::toPropertyDescriptor(Runtime &rt, KilnValue v, PD &desc) {
  if (!isObject(v)) {
    rt.raise(ErrorKind::TypeError, "Property description must be an object");
    return false;
  }
  RootScope scope(rt.heap);
  scope.keep(v);
  ObjectCell *obj = asObject(v);
  desc = PD();
  KilnValue field;
  struct Flag {
    const char *name;
    uint8_t has, attribute;
  } const flags[] = {
      {"enumerable", PD::kHasEnumerable, KILN_ATTR_ENUMERABLE},
      {"configurable", PD::kHasConfigurable, KILN_ATTR_CONFIGURABLE}};
  for (const Flag &flag : flags)
    if (descriptorField(rt, obj, flag.name, field)) {
      if (isException(field))
        return false;
      desc.has |= flag.has;
      if (toBoolean(field))
        desc.attributes |= flag.attribute;
    }
  if (descriptorField(rt, obj, "value", field)) {
    if (isException(field))
      return false;
    desc.has |= PD::kHasValue;
    desc.value = field;
    scope.keep(field);
  }
  if (descriptorField(rt, obj, "writable", field)) {
    if (isException(field))
      return false;
    desc.has |= PD::kHasWritable;
    if (toBoolean(field))
      desc.attributes |= KILN_ATTR_WRITABLE;
  }
  const char *names[2] = {"get", "set"};
  for (int i = 0; i < 2; ++i)
    if (descriptorField(rt, obj, names[i], field)) {
      if (isException(field))
        return false;
      if (!isUndefined(field) && !isCallable(field)) {
        rt.raise(ErrorKind::TypeError,
                 i ? "Setter must be a function" : "Getter must be a function");
        return false;
      }
      scope.keep(field);
      desc.has |= i ? PD::kHasSet : PD::kHasGet;
      (i ? desc.setter : desc.getter) = field;
    }
  if ((desc.has & (PD::kHasGet | PD::kHasSet)) &&
      (desc.has & (PD::kHasValue | PD::kHasWritable))) {
    rt.raise(ErrorKind::TypeError,
             "Invalid property descriptor. Cannot both specify accessors and "
             "a value or writable attribute");
    return false;
  }
  if (desc.has & (PD::kHasGet | PD::kHasSet))
    desc.attributes |= KILN_ATTR_ACCESSOR;
  return true;
}

KilnValue kiln::fromPropertyDescriptor(Runtime &rt, const PD &desc) {
  RootScope scope(rt.heap);
  scope.keep(desc.value);
  scope.keep(desc.getter);
  scope.keep(desc.setter);
  ObjectCell *obj = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  KilnValue o = objectValue(obj);
  KilnRuntime *krt = toABI(rt);
  auto put = [&](const char *name, KilnValue v) {
    KilnValue key = atomOf(rt, name);
    return !isException(key) &&
           !isException(kiln_rt_define_prop(krt, o, key, v));
  };
  bool ok;
  if (desc.attributes & KILN_ATTR_ACCESSOR)
    ok = put("get", desc.getter) && put("set", desc.setter);
  else
    ok = put("value", desc.value) &&
         put("writable", makeBool(desc.attributes & KILN_ATTR_WRITABLE));
  ok = ok &&
       put("enumerable", makeBool(desc.attributes & KILN_ATTR_ENUMERABLE)) &&
       put("configurable", makeBool(desc.attributes & KILN_ATTR_CONFIGURABLE));
  return ok ? o : KILN_VALUE_EXCEPTION;
}

bool kiln::defineProperties(Runtime &rt, ObjectCell *obj,
                            KilnValue properties) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  ObjectCell *props = toObject(rt, properties);
  if (!props)
    return false;
  scope.keep(props);
  // Every descriptor is read and checked before the first one is applied:
  // [key, value, getter, setter] per descriptor, plus its has/attributes.
  ValueArray *keys = ownPropertyKeys(rt, props, false, true);
  if (!keys)
    return false;
  scope.keep(keys);
  ValueArray *fields =
      ValueArray::create(rt.heap, keys->length ? 4 * keys->length : 1);
  if (!fields) {
    rt.raiseOutOfMemory();
    return false;
  }
  scope.keep(fields);
  PodVector<uint16_t> bits;
  uint32_t count = 0;
  if (!forEachOwnEnumerableProperty(
          rt, props,
          [&](KilnValue keyValue, const PropertyKey &, KilnValue descObj) {
            PD desc;
            if (!toPropertyDescriptor(rt, descObj, desc))
              return false;
            KilnValue *at = fields->values + 4 * count++;
            at[0] = keyValue;
            at[1] = desc.value;
            at[2] = desc.getter;
            at[3] = desc.setter;
            if (!bits.push(uint16_t(desc.has | desc.attributes << 8))) {
              rt.raiseOutOfMemory();
              return false;
            }
            return true;
          }))
    return false;
  for (uint32_t i = 0; i < count; ++i) {
    const KilnValue *at = fields->values + 4 * i;
    PropertyKey key;
    if (!toPropertyKey(rt, at[0], key))
      return false;
    PD desc;
    desc.value = at[1];
    desc.getter = at[2];
    desc.setter = at[3];
    desc.has = uint8_t(bits[i]);
    desc.attributes = uint8_t(bits[i] >> 8);
    if (isException(defineOwnProperty(rt, obj, key, desc)))
      return false;
  }
  return true;
}

KilnValue kiln::objectConstructor(Runtime &rt, KilnValue, KilnValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  KilnValue v = argAt(args, argc, 0);
  if (isNullish(v)) {
    ObjectCell *obj = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
    return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
  }
  ObjectCell *obj = toObject(rt, v);
  return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::objectKeys(Runtime &rt, KilnValue, KilnValue,
                           const KilnValue *args, uint32_t argc, bool) {
  return enumerableOwn(rt, argAt(args, argc, 0), Listing::Keys);
}

KilnValue kiln::objectValues(Runtime &rt, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  return enumerableOwn(rt, argAt(args, argc, 0), Listing::Values);
}

KilnValue kiln::objectEntries(Runtime &rt, KilnValue, KilnValue,
                              const KilnValue *args, uint32_t argc, bool) {
  return enumerableOwn(rt, argAt(args, argc, 0), Listing::Entries);
}

KilnValue kiln::objectAssign(Runtime &rt, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  ObjectCell *to = toObject(rt, argAt(args, argc, 0));
  if (!to)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(to);
  for (uint32_t s = 1; s < argc; ++s) {
    if (isNullish(args[s]))
      continue;
    ObjectCell *from = toObject(rt, args[s]);
    if (!from)
      return KILN_VALUE_EXCEPTION;
    if (!forEachOwnEnumerableProperty(
            rt, from, [&](KilnValue, const PropertyKey &key, KilnValue value) {
              return !isException(
                  setProperty(rt, to, key, value, objectValue(to)));
            }))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(to);
}

KilnValue kiln::objectFreeze(Runtime &rt, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  return setIntegrityLevel(rt, argAt(args, argc, 0), true);
}

KilnValue kiln::objectIsFrozen(Runtime &rt, KilnValue, KilnValue,
                               const KilnValue *args, uint32_t argc, bool) {
  return testIntegrityLevel(rt, argAt(args, argc, 0), true);
}

KilnValue kiln::objectPreventExtensions(Runtime &, KilnValue, KilnValue,
                                        const KilnValue *args, uint32_t argc,
                                        bool) {
  KilnValue v = argAt(args, argc, 0);
  if (isObject(v))
    preventExtensions(asObject(v));
  return v;
}

KilnValue kiln::objectIsExtensible(Runtime &, KilnValue, KilnValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  KilnValue v = argAt(args, argc, 0);
  return makeBool(isObject(v) && asObject(v)->isExtensible());
}

KilnValue kiln::objectGetPrototypeOf(Runtime &rt, KilnValue, KilnValue,
                                     const KilnValue *args, uint32_t argc,
                                     bool) {
  KilnValue v = argAt(args, argc, 0);
  ObjectCell *obj = toObject(rt, v);
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  return obj->proto ? objectValue(obj->proto) : KILN_VALUE_NULL;
}

KilnValue kiln::objectSetPrototypeOf(Runtime &rt, KilnValue, KilnValue,
                                     const KilnValue *args, uint32_t argc,
                                     bool) {
  KilnValue v = argAt(args, argc, 0), proto = argAt(args, argc, 1);
  if (isNullish(v))
    return rt.raise(ErrorKind::TypeError,
                    "Object.setPrototypeOf called on null or undefined");
  if (!isObject(proto) && !isNull(proto))
    return rt.raise(ErrorKind::TypeError,
                    "Object prototype may only be an Object or null");
  if (!isObject(v))
    return v;
  ObjectCell *obj = asObject(v);
  ObjectCell *target = isNull(proto) ? nullptr : asObject(proto);
  if (obj->proto == target)
    return v;
  if (!obj->isExtensible())
    return rt.raise(ErrorKind::TypeError, "object is not extensible");
  for (ObjectCell *p = target; p; p = p->proto)
    if (p == obj)
      return rt.raise(ErrorKind::TypeError, "Cyclic __proto__ value");
  setObjectPrototype(rt, obj, target);
  return v;
}

KilnValue kiln::objectCreate(Runtime &rt, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  KilnValue proto = argAt(args, argc, 0);
  if (!isObject(proto) && !isNull(proto))
    return rt.raise(ErrorKind::TypeError,
                    "Object prototype may only be an Object or null");
  ObjectCell *obj = newObject(rt, isNull(proto) ? nullptr : asObject(proto));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  KilnValue properties = argAt(args, argc, 1);
  if (!isUndefined(properties) && !defineProperties(rt, obj, properties))
    return KILN_VALUE_EXCEPTION;
  return objectValue(obj);
}

KilnValue kiln::objectDefineProperty(Runtime &rt, KilnValue, KilnValue,
                                     const KilnValue *args, uint32_t argc,
                                     bool) {
  KilnValue v = argAt(args, argc, 0);
  if (!isObject(v))
    return rt.raise(ErrorKind::TypeError,
                    "Object.defineProperty called on non-object");
  PropertyKey key;
  PD desc;
  RootScope scope(rt.heap);
  if (!toPropertyKey(rt, argAt(args, argc, 1), key))
    return KILN_VALUE_EXCEPTION;
  scope.keep(key.name);
  if (!toPropertyDescriptor(rt, argAt(args, argc, 2), desc))
    return KILN_VALUE_EXCEPTION;
  scope.keep(desc.value);
  if (isException(defineOwnProperty(rt, asObject(v), key, desc)))
    return KILN_VALUE_EXCEPTION;
  return v;
}

KilnValue kiln::objectGetOwnPropertyDescriptor(Runtime &rt, KilnValue,
                                               KilnValue, const KilnValue *args,
                                               uint32_t argc, bool) {
  ObjectCell *obj = toObject(rt, argAt(args, argc, 0));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(obj);
  PropertyKey key;
  if (!toPropertyKey(rt, argAt(args, argc, 1), key))
    return KILN_VALUE_EXCEPTION;
  PD desc;
  if (!getOwnProperty(rt, obj, key, desc))
    return KILN_VALUE_UNDEFINED;
  return fromPropertyDescriptor(rt, desc);
}

KilnValue kiln::objectGetOwnPropertyNames(Runtime &rt, KilnValue, KilnValue,
                                          const KilnValue *args, uint32_t argc,
                                          bool) {
  ObjectCell *obj = toObject(rt, argAt(args, argc, 0));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(obj);
  ValueArray *keys = ownPropertyKeys(rt, obj, false, false);
  if (!keys)
    return KILN_VALUE_EXCEPTION;
  scope.keep(keys);
  return arrayFromValues(rt, keys->values, keys->length);
}

KilnValue kiln::objectIs(Runtime &, KilnValue, KilnValue, const KilnValue *args,
                         uint32_t argc, bool) {
  return makeBool(sameValue(argAt(args, argc, 0), argAt(args, argc, 1)));
}

// --- Object.prototype -------------------------------------------------------

KilnValue kiln::objectProtoHasOwnProperty(Runtime &rt, KilnValue,
                                          KilnValue thisValue,
                                          const KilnValue *args, uint32_t argc,
                                          bool) {
  PropertyKey key;
  if (!toPropertyKey(rt, argAt(args, argc, 0), key))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(key.name);
  ObjectCell *obj = toObject(rt, thisValue);
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  PD desc;
  return makeBool(getOwnProperty(rt, obj, key, desc));
}

KilnValue kiln::objectProtoPropertyIsEnumerable(Runtime &rt, KilnValue,
                                                KilnValue thisValue,
                                                const KilnValue *args,
                                                uint32_t argc, bool) {
  PropertyKey key;
  if (!toPropertyKey(rt, argAt(args, argc, 0), key))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(key.name);
  ObjectCell *obj = toObject(rt, thisValue);
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  PD desc;
  return makeBool(getOwnProperty(rt, obj, key, desc) &&
                  (desc.attributes & KILN_ATTR_ENUMERABLE));
}

KilnValue kiln::objectProtoIsPrototypeOf(Runtime &rt, KilnValue,
                                         KilnValue thisValue,
                                         const KilnValue *args, uint32_t argc,
                                         bool) {
  KilnValue v = argAt(args, argc, 0);
  if (!isObject(v))
    return KILN_VALUE_FALSE;
  ObjectCell *obj = toObject(rt, thisValue);
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  for (ObjectCell *p = asObject(v)->proto; p; p = p->proto)
    if (p == obj)
      return KILN_VALUE_TRUE;
  return KILN_VALUE_FALSE;
}

KilnValue kiln::objectProtoToString(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *, uint32_t, bool) {
  const char *tag = "Object";
  KilnValue v = thisValue;
  KilnValue wrapped = wrappedPrimitive(v);
  if (!isEmpty(wrapped))
    v = wrapped;
  if (isUndefined(v))
    tag = "Undefined";
  else if (isNull(v))
    tag = "Null";
  else if (isNumber(v))
    tag = "Number";
  else if (isBool(v))
    tag = "Boolean";
  else if (isString(v))
    tag = "String";
  else if (isObject(v) && asObject(v)->isArray())
    tag = "Array";
  else if (isCallable(v))
    tag = "Function";
  else if (isObject(v) && asCell(v)->kind == CellKind::Date)
    tag = "Date";
  else if (isObject(v) && (asObject(v)->header.flags & kObjectErrorData))
    tag = "Error";
  // A string @@toStringTag overrides the built-in tag.
  if (!isNullish(thisValue)) {
    KilnValue own = kiln_rt_get_elem(toABI(rt), thisValue,
                                     rt.symbol(WellKnownSymbol::toStringTag));
    if (isException(own))
      return own;
    if (isString(own)) {
      RootScope scope(rt.heap);
      scope.keep(own);
      StringCell *open = newStringFromAscii(rt, "[object ");
      StringCell *withTag =
          open ? concatStrings(rt, open, asString(own)) : nullptr;
      scope.keep(withTag);
      StringCell *close = withTag ? newStringFromAscii(rt, "]") : nullptr;
      StringCell *all = close ? concatStrings(rt, withTag, close) : nullptr;
      return all ? stringValue(all) : KILN_VALUE_EXCEPTION;
    }
  }
  char text[32];
  size_t n = size_t(snprintf(text, sizeof text, "[object %s]", tag));
  StringCell *s =
      newStringFromLatin1(rt, reinterpret_cast<const uint8_t *>(text), n);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::objectProtoToLocaleString(Runtime &rt, KilnValue,
                                          KilnValue thisValue,
                                          const KilnValue *, uint32_t, bool) {
  KilnValue method = kiln_rt_get_elem(toABI(rt), thisValue,
                                      rt.atomValue(PredefinedAtom::toString));
  if (isException(method))
    return method;
  return callFunction(rt, method, thisValue, nullptr, 0, false);
}

KilnValue kiln::objectProtoValueOf(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  ObjectCell *obj = toObject(rt, thisValue);
  return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}
