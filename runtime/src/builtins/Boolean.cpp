//===- Boolean.cpp - The Boolean constructor and prototype ----------------===//
//
// Boolean called as a function is ToBoolean; under `new` it makes a wrapper
// object. Boolean.prototype (itself a wrapper of false) has toString and
// valueOf, which accept a boolean or a Boolean wrapper as `this`.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

using namespace kiln;

namespace {

/// thisBooleanValue; EXCEPTION after raising a TypeError.
KilnValue thisBoolean(Runtime &rt, KilnValue v, const char *message) {
  if (isBool(v))
    return v;
  KilnValue wrapped = wrappedPrimitive(v);
  if (isBool(wrapped))
    return wrapped;
  return rt.raise(ErrorKind::TypeError, message);
}

} // namespace

KilnValue kiln::booleanConstructor(Runtime &rt, KilnValue, KilnValue,
                                   const KilnValue *args, uint32_t argc,
                                   bool isConstruct) {
  KilnValue b = makeBool(toBoolean(argAt(args, argc, 0)));
  if (!isConstruct)
    return b;
  ObjectCell *obj =
      newPrimitiveObject(rt, rt.prototype(Runtime::kBooleanPrototype), b);
  return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::booleanProtoValueOf(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *, uint32_t, bool) {
  return thisBoolean(
      rt, thisValue,
      "Boolean.prototype.valueOf requires that 'this' be a Boolean");
}

KilnValue kiln::booleanProtoToString(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *,
                                     uint32_t, bool) {
  KilnValue b = thisBoolean(
      rt, thisValue,
      "Boolean.prototype.toString requires that 'this' be a Boolean");
  if (isException(b))
    return b;
  return rt.atomValue(asBool(b) ? PredefinedAtom::true_
                                : PredefinedAtom::false_);
}
