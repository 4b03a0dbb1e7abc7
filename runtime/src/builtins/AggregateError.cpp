//===- AggregateError.cpp - The AggregateError constructor ----------------===//
//
// AggregateError(errors, message, options), the error Promise.any rejects
// with: an Error whose own `errors` is an array of the iterable's values.
// Its prototype inherits from Error.prototype (made by vm/Globals.cpp, so
// the constructor is installed after the table's builtins, from
// initGlobals). Instances carry `message`, an optional `cause` and a
// `stack` like every Kiln error ("AggregateError: <message>" and the
// frames).
//
//===----------------------------------------------------------------------===//
#include "builtins/Promise.h"

#include <string.h>

using namespace kiln;

namespace {

KilnValue aggregateErrorConstructor(Runtime &rt, KilnValue callee, KilnValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  RootScope scope(rt.heap);
  scope.keep(callee);
  KilnValue proto = getNamedProperty(rt, asObject(callee), "prototype");
  if (isException(proto))
    return proto;
  scope.keep(proto);
  ObjectCell *obj =
      newObject(rt, isObject(proto) ? asObject(proto)
                                    : rt.prototype(Runtime::kObjectPrototype));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  obj->header.flags |= kObjectErrorData;
  scope.keep(obj);
  KilnValue message = argAt(args, argc, 1);
  if (!isUndefined(message)) {
    message = kiln_rt_to_string(toABI(rt), message);
    if (isException(message))
      return message;
    scope.keep(message);
    if (!defineNamedValue(rt, obj, "message", message))
      return KILN_VALUE_EXCEPTION;
  }
  KilnValue options = argAt(args, argc, 2);
  if (isObject(options)) {
    KilnValue key = atomFromCString(rt, "cause");
    if (isException(key))
      return key;
    scope.keep(key);
    if (hasProperty(rt, asObject(options), PropertyKey::fromName(key))) {
      KilnValue cause = getProperty(rt, asObject(options),
                                    PropertyKey::fromName(key), options);
      if (isException(cause) || !defineNamedValue(rt, obj, "cause", cause))
        return KILN_VALUE_EXCEPTION;
    }
  }
  // IterableToList(errors), as an array.
  KilnValue errors = kiln_rt_new_array(toABI(rt), 0);
  if (isException(errors))
    return errors;
  scope.keep(errors);
  if (isException(kiln_rt_array_append_spread(toABI(rt), errors,
                                              argAt(args, argc, 0))) ||
      !defineNamedValue(rt, obj, "errors", errors))
    return KILN_VALUE_EXCEPTION;
  // The stack, headed like every error's: "<name>: <message>".
  KilnValue name = getNamedProperty(rt, obj, "name");
  if (isException(name))
    return name;
  StringCell *header =
      isString(name) ? asString(name) : newStringFromAscii(rt, "Error");
  if (!header)
    return KILN_VALUE_EXCEPTION;
  if (isString(message) && asString(message)->length) {
    RootScope inner(rt.heap);
    inner.keep(header);
    StringCell *colon = newStringFromAscii(rt, ": ");
    if (!colon || !(header = concatStrings(rt, header, colon)) ||
        !(header = concatStrings(rt, header, asString(message))))
      return KILN_VALUE_EXCEPTION;
  }
  StringCell *stack = captureStack(*rt.vm, stringValue(header));
  if (!stack || !defineNamedValue(rt, obj, "stack", stringValue(stack)))
    return KILN_VALUE_EXCEPTION;
  return objectValue(obj);
}

} // namespace

bool kiln::installAggregateError(VM &vm) {
  Runtime &rt = *vm.rt;
  RootScope scope(rt.heap);
  KilnValue errorProto = vm.slots[VM::kFirstErrorPrototype];
  if (!isObject(errorProto))
    return false;
  KilnValue errorCtor =
      getNamedProperty(rt, asObject(errorProto), "constructor");
  if (isException(errorCtor))
    return false;
  scope.keep(errorCtor);
  ObjectCell *proto = newObject(rt, asObject(errorProto));
  if (!proto)
    return false;
  scope.keep(proto);
  KilnValue name = atomFromCString(rt, "AggregateError");
  if (isException(name))
    return false;
  scope.keep(name);
  FunctionCell *ctor = newFunction(rt, nullptr, aggregateErrorConstructor,
                                   KILN_VALUE_UNDEFINED, name);
  if (!ctor)
    return false;
  scope.keep(&ctor->object);
  if (isObject(errorCtor))
    ctor->object.proto = asObject(errorCtor);
  return defineNamedValue(rt, proto, "name", name) &&
         defineNamedValue(rt, proto, "message",
                          stringValue(rt.emptyString())) &&
         defineNamedValue(rt, proto, "constructor",
                          objectValue(&ctor->object)) &&
         defineNamedValue(rt, &ctor->object, "length", makeInt32(2),
                          KILN_ATTR_CONFIGURABLE) &&
         defineNamedValue(rt, &ctor->object, "name", name,
                          KILN_ATTR_CONFIGURABLE) &&
         defineNamedValue(rt, &ctor->object, "prototype", objectValue(proto),
                          0) &&
         defineNamedValue(rt, asObject(vm.slots[VM::kGlobal]), "AggregateError",
                          objectValue(&ctor->object));
}
