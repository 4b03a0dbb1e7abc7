//===- ErrorStack.cpp - The lazily formatted `stack` of error objects -----===//
//
// An error object records the "    at fn (file:line:col)" lines of the frames
// running when it was made, under an internal key (invisible to every
// string- or symbol-keyed operation, like a private element), and gets an
// own `stack` accessor shared by all errors. Its first read formats
// "Name: message" from the `name` and `message` the error has at that
// moment, prepends it to the frames and replaces the accessor with an
// ordinary data property holding the result (writable and configurable,
// not enumerable); writing `stack` first simply stores the value. This is
// V8's behaviour that code relies on: `class HttpError extends Error`
// whose constructor sets `this.name` after super() prints as "HttpError:
// message". Frames of the subclass constructors themselves are left out
// (captureStack's skipUntil).
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "object/ObjectInternal.h"
#include "ops/Conversions.h"
#include "vm/VM.h"

#include <string.h>

using namespace kiln;

namespace {

PropertyKey stackKey(Runtime &rt) {
  KilnValue key = kiln_rt_atom_from_utf8(toABI(rt), "stack", 5);
  return PropertyKey::fromName(key);
}

/// Defines \p error's own `stack` as the data property \p value.
KilnValue defineStack(Runtime &rt, ObjectCell *error, KilnValue value) {
  RootScope scope(rt.heap);
  scope.keep(error);
  scope.keep(value);
  PropertyKey key = stackKey(rt);
  if (isException(key.name))
    return key.name;
  return defineOwnProperty(
      rt, error, key,
      PropertyDescriptor::data(value,
                               KILN_ATTR_WRITABLE | KILN_ATTR_CONFIGURABLE));
}

/// Get(error, name) as a string: \p fallback when undefined, else
/// ToString; null after raising.
StringCell *stringProperty(Runtime &rt, KilnValue error, const char *name,
                           StringCell *fallback) {
  KilnValue key = kiln_rt_atom_from_utf8(toABI(rt), name, strlen(name));
  if (isException(key))
    return nullptr;
  KilnValue v =
      getProperty(rt, asObject(error), PropertyKey::fromName(key), error);
  if (isException(v))
    return nullptr;
  if (isUndefined(v))
    return fallback;
  return toString(rt, v);
}

/// "Name: message" as Error.prototype.toString makes it; null after
/// raising.
StringCell *errorHeader(Runtime &rt, KilnValue error) {
  RootScope scope(rt.heap);
  StringCell *errorName = newStringFromAscii(rt, "Error");
  if (!errorName)
    return nullptr;
  scope.keep(errorName);
  StringCell *name = scope.keep(stringProperty(rt, error, "name", errorName));
  if (!name)
    return nullptr;
  StringCell *message =
      scope.keep(stringProperty(rt, error, "message", rt.emptyString()));
  if (!message)
    return nullptr;
  if (!name->length)
    return message;
  if (!message->length)
    return name;
  StringCell *separator = scope.keep(newStringFromAscii(rt, ": "));
  StringCell *head =
      separator ? scope.keep(concatStrings(rt, name, separator)) : nullptr;
  return head ? concatStrings(rt, head, message) : nullptr;
}

KilnValue stackGetter(Runtime &rt, KilnValue, KilnValue thisValue,
                      const KilnValue *, uint32_t, bool) {
  VM *vm = rt.vm;
  if (!vm || !isObject(thisValue))
    return KILN_VALUE_UNDEFINED;
  ObjectCell *error = asObject(thisValue);
  OwnSlot slot =
      findOwn(rt, error, PropertyKey::fromName(vm->slots[VM::kErrorFramesKey]));
  if (slot.kind == OwnSlot::None)
    return KILN_VALUE_UNDEFINED;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  KilnValue frames = readOwn(error, slot);
  scope.keep(frames);
  StringCell *header = errorHeader(rt, thisValue);
  if (!header)
    return KILN_VALUE_EXCEPTION;
  StringCell *stack =
      isString(frames) ? concatStrings(rt, header, asString(frames)) : header;
  if (!stack)
    return KILN_VALUE_EXCEPTION;
  KilnValue value = stringValue(stack);
  scope.keep(value);
  if (isException(defineStack(rt, error, value)))
    return KILN_VALUE_EXCEPTION;
  // The frames are in the formatted stack now.
  slot =
      findOwn(rt, error, PropertyKey::fromName(vm->slots[VM::kErrorFramesKey]));
  if (slot.kind != OwnSlot::None)
    writeOwn(rt, error, slot, KILN_VALUE_UNDEFINED);
  return value;
}

KilnValue stackSetter(Runtime &rt, KilnValue, KilnValue thisValue,
                      const KilnValue *args, uint32_t argc, bool) {
  if (!isObject(thisValue))
    return KILN_VALUE_UNDEFINED;
  KilnValue r = defineStack(rt, asObject(thisValue),
                            argc ? args[0] : KILN_VALUE_UNDEFINED);
  return isException(r) ? r : KILN_VALUE_UNDEFINED;
}

} // namespace

KilnValue kiln::errorProtoToString(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  if (!isObject(thisValue)) {
    rt.raise(ErrorKind::TypeError,
             "Error.prototype.toString called on a non-object");
    return KILN_VALUE_EXCEPTION;
  }
  StringCell *header = errorHeader(rt, thisValue);
  return header ? stringValue(header) : KILN_VALUE_EXCEPTION;
}

bool kiln::initErrorStack(VM &vm) {
  Runtime &rt = *vm.rt;
  KilnValue name = kiln_rt_atom_from_utf8(toABI(rt), "stack", 5);
  if (isException(name))
    return false;
  RootScope scope(rt.heap);
  scope.keep(name);
  FunctionCell *getter =
      newFunction(rt, nullptr, stackGetter, KILN_VALUE_UNDEFINED, name);
  if (!getter)
    return false;
  vm.slots[VM::kErrorStackGetter] = objectValue(&getter->object);
  FunctionCell *setter =
      newFunction(rt, nullptr, stackSetter, KILN_VALUE_UNDEFINED, name);
  if (!setter)
    return false;
  vm.slots[VM::kErrorStackSetter] = objectValue(&setter->object);
  ValueArray *key = ValueArray::create(rt.heap, 1);
  if (!key)
    return false;
  vm.slots[VM::kErrorFramesKey] = cellValue(key);
  return true;
}

bool kiln::installErrorStack(Runtime &rt, ObjectCell *error,
                             KilnValue skipUntil) {
  VM *vm = rt.vm;
  if (!vm || !isInternalCell(vm->slots[VM::kErrorFramesKey]))
    return false;
  RootScope scope(rt.heap);
  scope.keep(error);
  StringCell *frames =
      captureStack(*vm, stringValue(rt.emptyString()), skipUntil);
  if (!frames)
    return false;
  scope.keep(frames);
  if (isException(addNamed(rt, error, vm->slots[VM::kErrorFramesKey],
                           stringValue(frames), 0)))
    return false;
  PropertyKey key = stackKey(rt);
  return !isException(key.name) &&
         !isException(defineOwnProperty(
             rt, error, key,
             PropertyDescriptor::accessor(vm->slots[VM::kErrorStackGetter],
                                          vm->slots[VM::kErrorStackSetter],
                                          KILN_ATTR_CONFIGURABLE)));
}
