//===- Symbol.cpp - The Symbol function and Symbol.prototype --------------===//
//
// Symbol([description]) makes a new unique symbol (it is not a
// constructor); Symbol.for / Symbol.keyFor use the runtime's registry, an
// object with a null prototype keyed by the description's atom; the
// well-known symbols are constant properties of Symbol (Install.cpp, from
// WellKnownSymbols.def). Symbol.prototype's methods accept a symbol or a
// Symbol wrapper object as `this`. Object.getOwnPropertySymbols lives here
// too, as the one Object function that is about symbols, and
// Function.prototype[@@hasInstance] (OrdinaryHasInstance, which
// `instanceof` uses unless a class defines its own @@hasInstance).
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

#include "string/Symbol.h"

#include <stdio.h>

using namespace kiln;

namespace {

/// thisSymbolValue; EXCEPTION after raising a TypeError.
KilnValue thisSymbol(Runtime &rt, KilnValue v, const char *method) {
  if (isSymbol(v))
    return v;
  KilnValue wrapped = wrappedPrimitive(v);
  if (isSymbol(wrapped))
    return wrapped;
  char message[96];
  snprintf(message, sizeof message,
           "Symbol.prototype.%s requires that 'this' be a Symbol", method);
  return rt.raise(ErrorKind::TypeError, message);
}

/// The registry object, made on first use; null after raising.
ObjectCell *registry(Runtime &rt) {
  if (!isObject(rt.symbolRegistry)) {
    ObjectCell *obj = newObject(rt, nullptr);
    if (!obj)
      return nullptr;
    rt.symbolRegistry = objectValue(obj);
  }
  return asObject(rt.symbolRegistry);
}

} // namespace

KilnValue kiln::symbolConstructor(Runtime &rt, KilnValue, KilnValue,
                                  const KilnValue *args, uint32_t argc,
                                  bool isConstruct) {
  if (isConstruct)
    return rt.raise(ErrorKind::TypeError, "Symbol is not a constructor");
  KilnValue description = argAt(args, argc, 0);
  if (!isUndefined(description)) {
    StringCell *s = toString(rt, description);
    if (!s)
      return KILN_VALUE_EXCEPTION;
    description = stringValue(s);
  }
  SymbolCell *symbol = newSymbol(rt, description);
  return symbol ? symbolValue(symbol) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::symbolFor(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  StringCell *key = toString(rt, argAt(args, argc, 0));
  StringCell *atom = key ? rt.atoms.intern(rt, key) : nullptr;
  if (!atom)
    return KILN_VALUE_EXCEPTION;
  scope.keep(atom);
  ObjectCell *table = registry(rt);
  if (!table)
    return KILN_VALUE_EXCEPTION;
  PropertyKey name = PropertyKey::fromName(stringValue(atom));
  PropertyDescriptor existing;
  if (getOwnProperty(rt, table, name, existing))
    return existing.value;
  SymbolCell *symbol = newSymbol(rt, stringValue(atom));
  if (!symbol)
    return KILN_VALUE_EXCEPTION;
  symbol->header.flags |= kSymbolRegistered;
  KilnValue value = symbolValue(symbol);
  scope.keep(value);
  if (isException(defineOwnProperty(
          rt, table, name, PropertyDescriptor::data(value, KILN_ATTR_DEFAULT))))
    return KILN_VALUE_EXCEPTION;
  return value;
}

KilnValue kiln::symbolKeyFor(Runtime &rt, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  KilnValue symbol = argAt(args, argc, 0);
  if (!isSymbol(symbol))
    return rt.raise(ErrorKind::TypeError, "Symbol.keyFor: not a symbol");
  return asSymbol(symbol)->isRegistered() ? asSymbol(symbol)->description
                                          : KILN_VALUE_UNDEFINED;
}

KilnValue kiln::symbolProtoToString(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *, uint32_t, bool) {
  KilnValue symbol = thisSymbol(rt, thisValue, "toString");
  if (isException(symbol))
    return symbol;
  StringCell *s = symbolDescriptiveString(rt, symbol);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::symbolProtoValueOf(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  return thisSymbol(rt, thisValue, "valueOf");
}

KilnValue kiln::symbolProtoDescription(Runtime &rt, KilnValue,
                                       KilnValue thisValue, const KilnValue *,
                                       uint32_t, bool) {
  KilnValue symbol = thisSymbol(rt, thisValue, "description");
  return isException(symbol) ? symbol : asSymbol(symbol)->description;
}

KilnValue kiln::symbolProtoToPrimitive(Runtime &rt, KilnValue,
                                       KilnValue thisValue, const KilnValue *,
                                       uint32_t, bool) {
  return thisSymbol(rt, thisValue, "[Symbol.toPrimitive]");
}

KilnValue kiln::objectGetOwnPropertySymbols(Runtime &rt, KilnValue, KilnValue,
                                            const KilnValue *args,
                                            uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *obj = toObject(rt, argAt(args, argc, 0));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  ValueArray *keys = ownPropertyKeys(rt, obj, false, true);
  if (!keys)
    return KILN_VALUE_EXCEPTION;
  uint32_t first = 0;
  while (first < keys->length && !isSymbol(keys->values[first]))
    ++first;
  scope.keep(keys);
  return arrayFromValues(rt, keys->values + first, keys->length - first);
}

KilnValue kiln::functionProtoHasInstance(Runtime &rt, KilnValue,
                                         KilnValue thisValue,
                                         const KilnValue *args, uint32_t argc,
                                         bool) {
  if (!isCallable(thisValue))
    return KILN_VALUE_FALSE;
  return ordinaryHasInstance(rt, thisValue, argAt(args, argc, 0));
}
