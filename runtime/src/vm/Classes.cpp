//===- Classes.cpp - Classes, methods, super and derived constructors -----===//
//
// The runtime half of ClassDefinitionEvaluation and of the method forms of
// object literals: define_class gives a constructor closure its prototype
// object and parent, define_method / define_accessor install methods with
// their [[HomeObject]] (naming unnamed ones after their key), field
// initializers run through init_fields, and `super` works through the home
// object (super.x reads the home object's prototype with `this` as the
// receiver) and through Construct with an explicit new.target (super()
// constructs the active function's [[Prototype]]). Derived constructors
// start with `this` EMPTY; constructThis (Calls.cpp) leaves it so and
// kiln_rt_derived_ctor_result checks it on return. Private names live in
// PrivateNames.cpp.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "object/ObjectInternal.h"
#include "ops/Conversions.h"
#include "string/Symbol.h"
#include "vm/VM.h"

#include <stdio.h>

using namespace kiln;

namespace {

/// Writes a short text for \p v into \p buf (a function's name, a string's
/// characters, a number, ...) for error messages.
const char *describeValue(Runtime &rt, KilnValue v, char *buf, size_t size) {
  if (isUndefined(v))
    return "undefined";
  if (isNull(v))
    return "null";
  if (isBool(v))
    return asBool(v) ? "true" : "false";
  if (isObject(v)) {
    if (isCallable(v) && isString(asFunction(v)->name))
      v = asFunction(v)->name;
    else
      return "#<Object>";
  }
  if (isNumber(v)) {
    formatNumber(asNumber(v), buf);
    return buf;
  }
  if (!isString(v))
    return "Symbol()";
  StringCell *flat = flattenString(rt, asString(v));
  if (!flat || utf8Length(flat) >= size)
    return "?";
  writeUtf8(flat, buf);
  buf[utf8Length(flat)] = 0;
  return buf;
}

KilnValue raiseValue(Runtime &rt, ErrorKind kind, const char *format,
                     KilnValue v) {
  char buf[96], message[200];
  snprintf(message, sizeof message, format,
           describeValue(rt, v, buf, sizeof buf));
  return rt.raise(kind, message);
}

/// The name SetFunctionName gives a function stored under \p key: the key's
/// text, a symbol's description in brackets, with \p prefix ("get ") in
/// front; null after raising.
StringCell *nameForKey(Runtime &rt, const PropertyKey &key,
                       const char *prefix) {
  RootScope scope(rt.heap);
  StringCell *name;
  if (key.isIndex()) {
    name = indexToAtom(rt, key.index);
  } else if (isSymbol(key.name)) {
    KilnValue description = asSymbol(key.name)->description;
    if (!isString(description)) {
      name = rt.emptyString();
    } else {
      scope.keep(description);
      StringCell *open = scope.keep(newStringFromAscii(rt, "["));
      StringCell *close = scope.keep(newStringFromAscii(rt, "]"));
      StringCell *inner =
          open ? scope.keep(concatStrings(rt, open, asString(description)))
               : nullptr;
      name = inner && close ? concatStrings(rt, inner, close) : nullptr;
    }
  } else {
    name = asString(key.name);
  }
  if (!name || !*prefix)
    return name;
  scope.keep(name);
  StringCell *head = newStringFromAscii(rt, prefix);
  return head ? concatStrings(rt, head, name) : nullptr;
}

/// SetFunctionName for a method of \p key, unless the compiler already
/// named it (methods with a literal key). TRUE or EXCEPTION.
KilnValue nameMethod(Runtime &rt, KilnValue fn, const PropertyKey &key,
                     const char *prefix) {
  FunctionCell *f = asFunction(fn);
  if (!isString(f->name) || asString(f->name)->length)
    return KILN_VALUE_TRUE;
  // A class with a static `name` member keeps it.
  PropertyKey nameKey =
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::name));
  PropertyDescriptor own;
  if (getOwnProperty(rt, &f->object, nameKey, own) &&
      ((own.attributes & KILN_ATTR_ACCESSOR) || !isString(own.value)))
    return KILN_VALUE_TRUE;
  RootScope scope(rt.heap);
  scope.keep(fn);
  scope.keep(key.name);
  StringCell *name = nameForKey(rt, key, prefix);
  if (!name)
    return KILN_VALUE_EXCEPTION;
  f->name = stringValue(name);
  return defineOwnProperty(
      rt, &f->object, nameKey,
      PropertyDescriptor::data(f->name, KILN_ATTR_CONFIGURABLE));
}

/// GetPrototypeFromConstructor(\p newTarget, %Object.prototype%); null
/// after raising.
ObjectCell *prototypeFromConstructor(Runtime &rt, KilnValue newTarget) {
  KilnValue proto = functionPrototype(rt, newTarget);
  if (isException(proto))
    return nullptr;
  return isObject(proto) ? asObject(proto)
                         : rt.prototype(Runtime::kObjectPrototype);
}

} // namespace

bool kiln::isConstructor(KilnValue v) {
  if (!isCallable(v))
    return false;
  FunctionCell *f = asFunction(v);
  return f->native || isConstructorCode(f->code->view.flags);
}

KilnValue kiln::raiseNotConstructor(Runtime &rt, KilnValue callee) {
  if (isCallable(callee) && isString(asFunction(callee)->name) &&
      asString(asFunction(callee)->name)->length)
    return raiseValue(rt, ErrorKind::TypeError, "%s is not a constructor",
                      callee);
  return rt.raise(ErrorKind::TypeError, "value is not a constructor");
}

KilnValue kiln::raiseClassCall(Runtime &rt, KilnValue callee) {
  return raiseValue(rt, ErrorKind::TypeError,
                    "Class constructor %s cannot be invoked without 'new'",
                    callee);
}

FunctionCell *kiln::newClosure(Runtime &rt, VMFunction *code, KilnValue env) {
  uint32_t name = code->view.name;
  FunctionCell *f =
      newFunction(rt, code, nullptr, env,
                  name == bc::kNoName ? stringValue(rt.emptyString())
                                      : code->script->values[name]);
  if (!f)
    return nullptr;
  RootScope scope(rt.heap);
  scope.keep(f);
  // `length` and `name`: configurable only, as for every function.
  if (isException(defineOwnProperty(
          rt, &f->object,
          PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)),
          PropertyDescriptor::data(makeInt32(code->view.paramCount),
                                   KILN_ATTR_CONFIGURABLE))) ||
      isException(defineOwnProperty(
          rt, &f->object,
          PropertyKey::fromName(rt.atomValue(PredefinedAtom::name)),
          PropertyDescriptor::data(f->name, KILN_ATTR_CONFIGURABLE))))
    return nullptr;
  return f;
}

KilnValue kiln::defineClass(Runtime &rt, VMFunction *ctor, KilnValue env,
                            KilnValue heritage) {
  RootScope scope(rt.heap);
  scope.keep(heritage);
  FunctionCell *f = newClosure(rt, ctor, env);
  if (!f)
    return KILN_VALUE_EXCEPTION;
  return kiln_rt_define_class(toABI(rt), objectValue(&f->object), heritage);
}

KilnValue kiln::constructWithNewTarget(Runtime &rt, KilnValue ctor,
                                       KilnValue newTarget,
                                       const KilnValue *args, uint32_t argc) {
  if (!isConstructor(ctor))
    return raiseNotConstructor(rt, ctor);
  RootScope scope(rt.heap);
  scope.keep(ctor);
  scope.keep(newTarget);
  FunctionCell *f = asFunction(ctor);
  if (f->native) {
    // Built-in constructors make their object from their own prototype;
    // a subclass instance gets new.target's instead.
    KilnValue result = f->native(
        rt, ctor, newTarget == ctor ? KILN_VALUE_UNDEFINED : newTarget, args,
        argc, true);
    if (isException(result) || newTarget == ctor || !isObject(result))
      return result;
    scope.keep(result);
    ObjectCell *proto = prototypeFromConstructor(rt, newTarget);
    if (!proto)
      return KILN_VALUE_EXCEPTION;
    setObjectPrototype(rt, asObject(result), proto);
    return result;
  }
  VM *vm = vmOf(rt);
  if (!vm)
    return rt.raiseOutOfMemory();
  uint32_t saved = vm->top;
  KilnValue *window =
      pushCallWindow(*vm, ctor, KILN_VALUE_UNDEFINED, args, argc);
  if (!window)
    return KILN_VALUE_EXCEPTION;
  KilnValue result = KILN_VALUE_EXCEPTION;
  bool ok = true;
  if (f->code->view.flags & bc::FunctionFlagDerivedConstructor) {
    window[1] = KILN_VALUE_EMPTY;
  } else {
    ObjectCell *proto = prototypeFromConstructor(rt, newTarget);
    ObjectCell *self = proto ? newObject(rt, proto) : nullptr;
    ok = self != nullptr;
    if (ok)
      window[1] = objectValue(self);
  }
  if (ok && pushFrame(*vm, f->code, window, argc, true, 0, true)) {
    vm->frames[vm->depth - 1].newTarget = newTarget;
    result = interpret(*vm);
  }
  vm->top = saved;
  return result;
}

namespace {

/// The start of `super[key]` in a method whose [[HomeObject]] is \p home:
/// GetSuperBase (\p proto, null when home's prototype is null) before
/// ToPropertyKey(\p key) (\p pk); both are rooted in \p scope. False after
/// raising.
bool superReference(Runtime &rt, RootScope &scope, KilnValue home,
                    KilnValue key, ObjectCell *&proto, PropertyKey &pk) {
  if (!isObject(home)) {
    rt.raise(ErrorKind::SyntaxError, "'super' keyword unexpected here");
    return false;
  }
  scope.keep(home);
  proto = scope.keep(asObject(home)->proto);
  if (!toPropertyKey(rt, key, pk))
    return false;
  scope.keep(pk.name);
  return true;
}

} // namespace

extern "C" {

KilnValue kiln_rt_define_class(KilnRuntime *krt, KilnValue constructor,
                               KilnValue heritage) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(constructor);
  scope.keep(heritage);
  ObjectCell *protoParent = rt.prototype(Runtime::kObjectPrototype);
  ObjectCell *constructorParent = rt.prototype(Runtime::kFunctionPrototype);
  if (isNull(heritage)) {
    protoParent = nullptr;
  } else if (!isEmpty(heritage)) {
    if (!isConstructor(heritage))
      return raiseValue(rt, ErrorKind::TypeError,
                        "Class extends value %s is not a constructor or null",
                        heritage);
    KilnValue parentProto = getProperty(
        rt, asObject(heritage),
        PropertyKey::fromName(rt.atomValue(PredefinedAtom::prototype)),
        heritage);
    if (isException(parentProto))
      return parentProto;
    if (!isObject(parentProto) && !isNull(parentProto))
      return raiseValue(rt, ErrorKind::TypeError,
                        "Class extends value does not have valid prototype "
                        "property %s",
                        parentProto);
    protoParent = isNull(parentProto) ? nullptr : asObject(parentProto);
    constructorParent = asObject(heritage);
  }
  scope.keep(protoParent);
  ObjectCell *proto = scope.keep(newObject(rt, protoParent));
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  FunctionCell *f = asFunction(constructor);
  f->object.proto = constructorParent;
  f->homeObject = objectValue(proto);
  if (isException(defineOwnProperty(
          rt, &f->object,
          PropertyKey::fromName(rt.atomValue(PredefinedAtom::prototype)),
          PropertyDescriptor::data(objectValue(proto), 0))) ||
      isException(defineOwnProperty(
          rt, proto,
          PropertyKey::fromName(rt.atomValue(PredefinedAtom::constructor)),
          PropertyDescriptor::data(constructor, KILN_ATTR_WRITABLE |
                                                    KILN_ATTR_CONFIGURABLE))))
    return KILN_VALUE_EXCEPTION;
  return constructor;
}

KilnValue kiln_rt_define_method(KilnRuntime *krt, KilnValue object,
                                KilnValue key, KilnValue fn,
                                uint32_t enumerable) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(object);
  scope.keep(fn);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  scope.keep(pk.name);
  asFunction(fn)->homeObject = object;
  if (isException(nameMethod(rt, fn, pk, "")))
    return KILN_VALUE_EXCEPTION;
  uint8_t attrs = KILN_ATTR_WRITABLE | KILN_ATTR_CONFIGURABLE |
                  (enumerable ? KILN_ATTR_ENUMERABLE : 0);
  return defineOwnProperty(rt, asObject(object), pk,
                           PropertyDescriptor::data(fn, attrs));
}

KilnValue kiln_rt_define_accessor(KilnRuntime *krt, KilnValue object,
                                  KilnValue key, KilnValue fn, uint32_t kind) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(object);
  scope.keep(fn);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  scope.keep(pk.name);
  bool setter = kind & 1;
  asFunction(fn)->homeObject = object;
  if (isException(nameMethod(rt, fn, pk, setter ? "set " : "get ")))
    return KILN_VALUE_EXCEPTION;
  PropertyDescriptor desc;
  if (setter)
    desc.setter = fn;
  else
    desc.getter = fn;
  desc.has =
      (setter ? PropertyDescriptor::kHasSet : PropertyDescriptor::kHasGet) |
      PropertyDescriptor::kHasEnumerable | PropertyDescriptor::kHasConfigurable;
  desc.attributes = KILN_ATTR_ACCESSOR | KILN_ATTR_CONFIGURABLE |
                    ((kind & 2) ? KILN_ATTR_ENUMERABLE : 0);
  return defineOwnProperty(rt, asObject(object), pk, desc);
}

void kiln_rt_set_home_object(KilnRuntime *, KilnValue fn, KilnValue home) {
  asFunction(fn)->homeObject = home;
}

void kiln_rt_set_field_initializer(KilnRuntime *, KilnValue constructor,
                                   KilnValue fn) {
  asFunction(constructor)->fieldInitializer = fn;
}

KilnValue kiln_rt_init_fields(KilnRuntime *krt, KilnValue constructor,
                              KilnValue thisValue) {
  KilnValue init = asFunction(constructor)->fieldInitializer;
  if (!isCallable(init))
    return KILN_VALUE_TRUE;
  KilnValue r = callFunction(fromABI(krt), init, thisValue, nullptr, 0, false);
  return isException(r) ? r : KILN_VALUE_TRUE;
}

KilnValue kiln_rt_define_field(KilnRuntime *krt, KilnValue object,
                               KilnValue key, KilnValue value) {
  Runtime &rt = fromABI(krt);
  if (!isObject(object))
    return rt.raise(ErrorKind::TypeError,
                    "Cannot define a field on a primitive");
  RootScope scope(rt.heap);
  scope.keep(object);
  scope.keep(value);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  return defineOwnProperty(rt, asObject(object), pk,
                           PropertyDescriptor::data(value, KILN_ATTR_DEFAULT));
}

KilnValue kiln_rt_super_call(KilnRuntime *krt, KilnValue activeFunction,
                             KilnValue newTarget, const KilnValue *args,
                             uint32_t argc) {
  Runtime &rt = fromABI(krt);
  ObjectCell *parent =
      isObject(activeFunction) ? asObject(activeFunction)->proto : nullptr;
  KilnValue parentValue = parent ? objectValue(parent) : KILN_VALUE_NULL;
  if (!isConstructor(parentValue)) {
    // `extends null` leaves Function.prototype as the parent.
    if (parent == rt.prototype(Runtime::kFunctionPrototype))
      parentValue = KILN_VALUE_NULL;
    char buf[96], name[96], message[260];
    const char *className =
        describeValue(rt, activeFunction, name, sizeof name);
    snprintf(message, sizeof message,
             "Super constructor %s of %s is not a constructor",
             describeValue(rt, parentValue, buf, sizeof buf),
             *className ? className : "anonymous class");
    return rt.raise(ErrorKind::TypeError, message);
  }
  return constructWithNewTarget(rt, parentValue, newTarget, args, argc);
}

KilnValue kiln_rt_super_call_with_array(KilnRuntime *krt,
                                        KilnValue activeFunction,
                                        KilnValue newTarget, KilnValue args) {
  Runtime &rt = fromABI(krt);
  VM *vm = vmOf(rt);
  if (!vm)
    return rt.raiseOutOfMemory();
  uint32_t saved = vm->top;
  KilnValue *window = pushSpreadWindow(*vm, activeFunction, newTarget, args);
  if (!window)
    return KILN_VALUE_EXCEPTION;
  KilnValue result = kiln_rt_super_call(krt, window[0], window[1], window + 2,
                                        vm->top - saved - 2);
  vm->top = saved;
  return result;
}

KilnValue kiln_rt_check_this_unbound(KilnRuntime *krt, KilnValue thisValue) {
  if (isEmpty(thisValue))
    return KILN_VALUE_TRUE;
  return fromABI(krt).raise(ErrorKind::ReferenceError,
                            "Super constructor may only be called once");
}

KilnValue kiln_rt_derived_ctor_result(KilnRuntime *krt, KilnValue value,
                                      KilnValue thisValue) {
  Runtime &rt = fromABI(krt);
  if (isObject(value))
    return value;
  if (!isUndefined(value))
    return rt.raise(ErrorKind::TypeError,
                    "Derived constructors may only return object or undefined");
  if (isEmpty(thisValue))
    return rt.raise(ErrorKind::ReferenceError,
                    "Must call super constructor in derived class before "
                    "accessing 'this' or returning from derived constructor");
  return thisValue;
}

KilnValue kiln_rt_get_super(KilnRuntime *krt, KilnValue home, KilnValue key,
                            KilnValue thisValue) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  ObjectCell *proto;
  PropertyKey pk;
  if (!superReference(rt, scope, home, key, proto, pk))
    return KILN_VALUE_EXCEPTION;
  if (!proto)
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot read properties of null (reading '%s')", pk);
  return getProperty(rt, proto, pk, thisValue);
}

KilnValue kiln_rt_put_super(KilnRuntime *krt, KilnValue home, KilnValue key,
                            KilnValue thisValue, KilnValue value) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  scope.keep(value);
  ObjectCell *proto;
  PropertyKey pk;
  if (!superReference(rt, scope, home, key, proto, pk))
    return KILN_VALUE_EXCEPTION;
  if (!proto)
    return raiseWithKey(rt, ErrorKind::TypeError,
                        "Cannot set properties of null (setting '%s')", pk);
  return setProperty(rt, proto, pk, value, thisValue);
}

KilnValue kiln_rt_set_function_name(KilnRuntime *krt, KilnValue fn,
                                    KilnValue key) {
  Runtime &rt = fromABI(krt);
  if (!isCallable(fn))
    return KILN_VALUE_TRUE;
  RootScope scope(rt.heap);
  scope.keep(fn);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  return nameMethod(rt, fn, pk, "");
}

KilnValue kiln_rt_throw_delete_super(KilnRuntime *krt) {
  return fromABI(krt).raise(ErrorKind::ReferenceError,
                            "Unsupported reference to 'super'");
}

void kiln_rt_set_literal_proto(KilnRuntime *, KilnValue object,
                               KilnValue value) {
  if (isObject(value))
    asObject(object)->proto = asObject(value);
  else if (isNull(value))
    asObject(object)->proto = nullptr;
}

} // extern "C"
