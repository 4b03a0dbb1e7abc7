//===- JSON.cpp - The JSON object -----------------------------------------===//
//
// JSON.parse and JSON.stringify themselves: argument handling around the
// parser (JSONParse.cpp) and the serializer (JSONStringify.cpp). For parse,
// the spec's InternalizeJSONProperty walk when a reviver is given; for
// stringify, the replacer's property list (strings and numbers, their
// wrapper objects, without repeats) and the gap (up to ten spaces or the
// first ten code units of a string).
//
//===----------------------------------------------------------------------===//
#include "builtins/JSON.h"

#include "builtins/Builtins.h"
#include "object/ObjectInternal.h"

using namespace kiln;

namespace {

/// The spec's InternalizeJSONProperty(holder, name, reviver); \p name is a
/// string value. Roots what it holds across calls.
KilnValue internalize(Runtime &rt, ObjectCell *holder, KilnValue name,
                      KilnValue reviver, uint32_t depth) {
  if (depth > kJSONMaxDepth)
    return rt.raise(ErrorKind::RangeError, "Maximum call stack size exceeded");
  RootScope scope(rt.heap);
  scope.keep(holder);
  scope.keep(name);
  PropertyKey key;
  if (!toPropertyKey(rt, name, key))
    return KILN_VALUE_EXCEPTION;
  KilnValue *val =
      scope.keep(getProperty(rt, holder, key, objectValue(holder)));
  if (isException(*val))
    return KILN_VALUE_EXCEPTION;
  if (isObject(*val)) {
    ObjectCell *obj = asObject(*val);
    // Visits one property of obj: replaces it with the reviver's result, or
    // deletes it for undefined. Like CreateDataProperty and [[Delete]],
    // failing to redefine or delete a non-configurable property is ignored.
    auto revive = [&](KilnValue elementName) -> bool {
      KilnValue result = internalize(rt, obj, elementName, reviver, depth + 1);
      if (isException(result))
        return false;
      RootScope inner(rt.heap);
      inner.keep(result);
      PropertyKey elementKey;
      if (!toPropertyKey(rt, elementName, elementKey))
        return false;
      inner.keep(elementKey.name);
      PropertyDescriptor own;
      bool exists = getOwnProperty(rt, obj, elementKey, own);
      if (exists && !(own.attributes & KILN_ATTR_CONFIGURABLE))
        return true;
      if (isUndefined(result))
        return !exists || !isException(deleteProperty(rt, obj, elementKey));
      if (!exists && !obj->isExtensible())
        return true;
      return !isException(defineOwnProperty(
          rt, obj, elementKey,
          PropertyDescriptor::data(result, KILN_ATTR_DEFAULT)));
    };
    if (obj->isArray()) {
      uint32_t length;
      if (!lengthOfArrayLike(rt, obj, length))
        return KILN_VALUE_EXCEPTION;
      for (uint32_t i = 0; i < length; ++i) {
        StringCell *indexName = indexToAtom(rt, i);
        if (!indexName || !revive(stringValue(indexName)))
          return KILN_VALUE_EXCEPTION;
      }
    } else {
      ValueArray *keys = scope.keep(ownPropertyKeys(rt, obj, true, false));
      if (!keys)
        return KILN_VALUE_EXCEPTION;
      for (uint32_t i = 0; i < keys->length; ++i)
        if (!revive(keys->values[i]))
          return KILN_VALUE_EXCEPTION;
    }
  }
  KilnValue args[2] = {name, *val};
  return callFunction(rt, reviver, objectValue(holder), args, 2, false);
}

/// The replacer's property list: strings and numbers (and their wrapper
/// objects) of the array \p replacer, as atoms, without repeats. Null
/// after raising.
ValueArray *propertyListOf(Runtime &rt, ObjectCell *replacer) {
  RootScope scope(rt.heap);
  scope.keep(replacer);
  uint32_t length;
  if (!lengthOfArrayLike(rt, replacer, length))
    return nullptr;
  ObjectCell *list = scope.keep(newArray(rt, 0));
  if (!list)
    return nullptr;
  for (uint32_t i = 0; i < length; ++i) {
    KilnValue v = getProperty(rt, replacer, PropertyKey::fromIndex(i),
                              objectValue(replacer));
    if (isException(v))
      return nullptr;
    KilnValue primitive = isObject(v) ? wrappedPrimitive(v) : v;
    if (!isString(primitive) && !isNumber(primitive))
      continue;
    StringCell *item = toString(rt, v);
    if (!item || !(item = rt.atoms.intern(rt, item)))
      return nullptr;
    bool seen = false;
    for (uint32_t j = 0; j < list->length && !seen; ++j)
      seen = list->elements->values[j] == stringValue(item);
    if (!seen && isException(kiln_rt_array_append(toABI(rt), objectValue(list),
                                                  stringValue(item))))
      return nullptr;
  }
  ValueArray *out = ValueArray::create(rt.heap, list->length);
  if (!out) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  for (uint32_t i = 0; i < list->length; ++i)
    out->values[i] = list->elements->values[i];
  return out;
}

/// The gap for \p space: up to ten spaces for a number, the first ten
/// code units of a string, else empty. Null after raising.
StringCell *gapOf(Runtime &rt, KilnValue space) {
  KilnValue primitive = isObject(space) ? wrappedPrimitive(space) : space;
  if (isNumber(primitive)) {
    double n;
    if (!toIntegerOrInfinity(rt, space, n))
      return nullptr;
    uint32_t count = n < 1 ? 0 : n > 10 ? 10 : uint32_t(n);
    return newStringFromLatin1(
        rt, reinterpret_cast<const uint8_t *>("          "), count);
  }
  if (isString(primitive)) {
    StringCell *s = toString(rt, space);
    if (!s || !(s = flattenString(rt, s)))
      return nullptr;
    return s->length <= 10 ? s : substring(rt, s, 0, 10);
  }
  return rt.emptyString();
}

} // namespace

KilnValue kiln::jsonParse(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  StringCell *text = toString(rt, argAt(args, argc, 0));
  if (!text)
    return KILN_VALUE_EXCEPTION;
  KilnValue result = parseJSON(rt, text);
  KilnValue reviver = argAt(args, argc, 1);
  if (isException(result) || !isCallable(reviver))
    return result;
  RootScope scope(rt.heap);
  scope.keep(result);
  ObjectCell *root =
      scope.keep(newObject(rt, rt.prototype(Runtime::kObjectPrototype)));
  if (!root)
    return KILN_VALUE_EXCEPTION;
  KilnValue emptyName = stringValue(rt.emptyString());
  if (isException(addNamed(rt, root, emptyName, result, KILN_ATTR_DEFAULT)))
    return KILN_VALUE_EXCEPTION;
  return internalize(rt, root, emptyName, reviver, 0);
}

KilnValue kiln::stringifyJSON(Runtime &rt, KilnValue value) {
  return serializeJSON(rt, value, KILN_VALUE_UNDEFINED, nullptr,
                       rt.emptyString());
}

KilnValue kiln::jsonStringify(Runtime &rt, KilnValue, KilnValue,
                              const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  KilnValue value = argAt(args, argc, 0), replacer = argAt(args, argc, 1);
  ValueArray *propertyList = nullptr;
  if (isObject(replacer) && !isCallable(replacer)) {
    if (asObject(replacer)->isArray() &&
        !(propertyList = scope.keep(propertyListOf(rt, asObject(replacer)))))
      return KILN_VALUE_EXCEPTION;
    replacer = KILN_VALUE_UNDEFINED;
  } else if (!isCallable(replacer)) {
    replacer = KILN_VALUE_UNDEFINED;
  }
  StringCell *gap = scope.keep(gapOf(rt, argAt(args, argc, 2)));
  if (!gap)
    return KILN_VALUE_EXCEPTION;
  return serializeJSON(rt, value, replacer, propertyList, gap);
}
