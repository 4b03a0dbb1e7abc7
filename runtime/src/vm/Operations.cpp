//===- Operations.cpp - kiln_rt_* operations of KIR instructions ----------===//
//
// The runtime operations that KIROps.def names and that the core runtime did
// not yet provide: environments, globals, TDZ and constant errors, `in` and
// `instanceof`, increments, literal definitions, spreads and calls. The
// bytecode VM calls them from its handlers and LLVM-generated code will call
// the same functions, so each operation is implemented here once.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"
#include "kiln/Runtime.h"

#include "object/ObjectInternal.h"
#include "ops/Conversions.h"
#include "vm/Iteration.h"
#include "vm/VM.h"

#include <stdio.h>

using namespace kiln;

namespace {

KilnValue raiseNamed(Runtime &rt, ErrorKind kind, const char *format,
                     KilnValue name) {
  char text[160];
  char buf[96] = "?";
  if (isString(name)) {
    StringCell *flat = flattenString(rt, asString(name));
    if (flat && utf8Length(flat) < sizeof buf) {
      writeUtf8(flat, buf);
      buf[utf8Length(flat)] = 0;
    }
  }
  snprintf(text, sizeof text, format, buf);
  return rt.raise(kind, text);
}

/// True if \p name is the string "this".
bool isThisBindingName(Runtime &rt, KilnValue name) {
  if (!isString(name) || asString(name)->length != 4)
    return false;
  StringCell *flat = flattenString(rt, asString(name));
  if (!flat)
    return false;
  StringView v = viewFlat(flat);
  return v.at(0) == 't' && v.at(1) == 'h' && v.at(2) == 'i' && v.at(3) == 's';
}

ObjectCell *globalObject(Runtime &rt) {
  VM *vm = vmOf(rt);
  return vm ? asObject(vm->slots[VM::kGlobal]) : nullptr;
}

} // namespace

extern "C" {

KilnValue kiln_rt_create_env(KilnRuntime *krt, KilnValue parent,
                             uint32_t slots) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(parent);
  ValueArray *env = ValueArray::create(rt.heap, slots + 1);
  if (!env)
    return rt.raiseOutOfMemory();
  // KIR's contract (KIROps.def): slots start undefined; the generator
  // stores the TDZ marker itself into lexical bindings that need one.
  env->values[0] = parent;
  for (uint32_t i = 1; i <= slots; ++i)
    env->values[i] = KILN_VALUE_UNDEFINED;
  return cellValue(env);
}

KilnValue kiln_rt_load_global(KilnRuntime *krt, KilnValue name) {
  Runtime &rt = fromABI(krt);
  ObjectCell *global = globalObject(rt);
  if (!global)
    return rt.raiseOutOfMemory();
  PropertyKey key = PropertyKey::fromName(name);
  if (!hasProperty(rt, global, key))
    return raiseNamed(rt, ErrorKind::ReferenceError, "%s is not defined", name);
  return getProperty(rt, global, key, objectValue(global));
}

KilnValue kiln_rt_store_global(KilnRuntime *krt, KilnValue name,
                               KilnValue value) {
  Runtime &rt = fromABI(krt);
  ObjectCell *global = globalObject(rt);
  if (!global)
    return rt.raiseOutOfMemory();
  PropertyKey key = PropertyKey::fromName(name);
  if (!hasProperty(rt, global, key))
    return raiseNamed(rt, ErrorKind::ReferenceError, "%s is not defined", name);
  return setProperty(rt, global, key, value, objectValue(global));
}

KilnValue kiln_rt_typeof_global(KilnRuntime *krt, KilnValue name) {
  Runtime &rt = fromABI(krt);
  ObjectCell *global = globalObject(rt);
  if (!global)
    return rt.raiseOutOfMemory();
  PropertyKey key = PropertyKey::fromName(name);
  if (!hasProperty(rt, global, key))
    return rt.atomValue(PredefinedAtom::undefined);
  KilnValue v = getProperty(rt, global, key, objectValue(global));
  return isException(v) ? v : kiln_rt_typeof(krt, v);
}

KilnValue kiln_rt_throw_tdz(KilnRuntime *krt, KilnValue name) {
  // `this` is checked under its own name only in derived constructors.
  if (isThisBindingName(fromABI(krt), name))
    return fromABI(krt).raise(
        ErrorKind::ReferenceError,
        "Must call super constructor in derived class before accessing "
        "'this' or returning from derived constructor");
  return raiseNamed(fromABI(krt), ErrorKind::ReferenceError,
                    "Cannot access '%s' before initialization", name);
}

KilnValue kiln_rt_throw_const_assign(KilnRuntime *krt, KilnValue name) {
  return raiseNamed(fromABI(krt), ErrorKind::TypeError,
                    "Assignment to constant variable.", name);
}

KilnValue kiln_rt_not(KilnValue v) { return makeBool(!toBoolean(v)); }

KilnValue kiln_rt_to_numeric(KilnRuntime *krt, KilnValue v) {
  return kiln_rt_to_number(krt, v);
}

KilnValue kiln_rt_inc(KilnRuntime *krt, KilnValue v) {
  KilnValue n = kiln_rt_to_number(krt, v);
  return isException(n) ? n : kiln_rt_add(krt, n, makeInt32(1));
}

KilnValue kiln_rt_dec(KilnRuntime *krt, KilnValue v) {
  KilnValue n = kiln_rt_to_number(krt, v);
  return isException(n) ? n : kiln_rt_sub(krt, n, makeInt32(1));
}

KilnValue kiln_rt_in(KilnRuntime *krt, KilnValue key, KilnValue object) {
  Runtime &rt = fromABI(krt);
  if (!isObject(object))
    return rt.raise(ErrorKind::TypeError,
                    "Cannot use 'in' operator to search for a key in a "
                    "non-object");
  RootScope scope(rt.heap);
  scope.keep(object);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  return makeBool(hasProperty(rt, asObject(object), pk));
}

KilnValue kiln_rt_instanceof(KilnRuntime *krt, KilnValue value,
                             KilnValue target) {
  Runtime &rt = fromABI(krt);
  if (!isObject(target))
    return rt.raise(ErrorKind::TypeError,
                    "Right-hand side of 'instanceof' is not an object");
  // A @@hasInstance method other than Function.prototype's decides.
  RootScope scope(rt.heap);
  scope.keep(value);
  scope.keep(target);
  KilnValue handler = getProperty(
      rt, asObject(target),
      PropertyKey::fromName(rt.symbol(WellKnownSymbol::hasInstance)), target);
  if (isException(handler))
    return handler;
  if (!isNullish(handler) &&
      !(isCallable(handler) &&
        asFunction(handler)->native == methodThunk<functionProtoHasInstance>)) {
    KilnValue result = callFunction(rt, handler, target, &value, 1, false);
    return isException(result) ? result : makeBool(toBoolean(result));
  }
  return ordinaryHasInstance(rt, target, value);
}

} // extern "C"

KilnValue kiln::ordinaryHasInstance(Runtime &rt, KilnValue target,
                                    KilnValue value) {
  if (!isCallable(target))
    return rt.raise(ErrorKind::TypeError,
                    "Right-hand side of 'instanceof' is not callable");
  if (!isObject(value))
    return KILN_VALUE_FALSE;
  KilnValue proto = functionPrototype(rt, target);
  if (isException(proto))
    return proto;
  if (!isObject(proto))
    return rt.raise(ErrorKind::TypeError,
                    "Function has non-object prototype in instanceof check");
  for (ObjectCell *o = asObject(value)->proto; o; o = o->proto)
    if (o == asObject(proto))
      return KILN_VALUE_TRUE;
  return KILN_VALUE_FALSE;
}

extern "C" {

KilnValue kiln_rt_define_prop(KilnRuntime *krt, KilnValue object,
                              KilnValue name, KilnValue value) {
  Runtime &rt = fromABI(krt);
  PropertyKey pk;
  if (!toPropertyKey(rt, name, pk))
    return KILN_VALUE_EXCEPTION;
  return defineOwnProperty(rt, asObject(object), pk,
                           PropertyDescriptor::data(value, KILN_ATTR_DEFAULT));
}

KilnValue kiln_rt_define_elem(KilnRuntime *krt, KilnValue object, KilnValue key,
                              KilnValue value) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(object);
  scope.keep(value);
  PropertyKey pk;
  if (!toPropertyKey(rt, key, pk))
    return KILN_VALUE_EXCEPTION;
  scope.keep(pk.name);
  return defineOwnProperty(rt, asObject(object), pk,
                           PropertyDescriptor::data(value, KILN_ATTR_DEFAULT));
}

KilnValue kiln_rt_define_index(KilnRuntime *krt, KilnValue array,
                               uint32_t index, KilnValue value) {
  return defineOwnProperty(fromABI(krt), asObject(array),
                           PropertyKey::fromIndex(index),
                           PropertyDescriptor::data(value, KILN_ATTR_DEFAULT));
}

KilnValue kiln_rt_array_append(KilnRuntime *krt, KilnValue array,
                               KilnValue value) {
  ObjectCell *a = asObject(array);
  return kiln_rt_define_index(krt, array, a->length, value);
}

KilnValue kiln_rt_array_append_hole(KilnRuntime *krt, KilnValue array) {
  ObjectCell *a = asObject(array);
  return setArrayLength(fromABI(krt), a, a->length + 1);
}

KilnValue kiln_rt_array_append_spread(KilnRuntime *krt, KilnValue array,
                                      KilnValue iterable) {
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  scope.keep(array);
  KilnValue iter = getIterator(rt, iterable);
  if (isException(iter))
    return iter;
  scope.keep(iter);
  for (;;) {
    KilnValue v = iteratorStepValue(rt, iter);
    if (isException(v) || isEmpty(v))
      return isEmpty(v) ? KILN_VALUE_TRUE : v;
    if (isException(kiln_rt_array_append(krt, array, v)))
      return KILN_VALUE_EXCEPTION;
  }
}

/// CopyDataProperties(target, source, excluded): defines on \p target each
/// own enumerable property of \p source whose key is not an element of the
/// array \p excluded (compared as property keys). Undefined and null copy
/// nothing.
static KilnValue copyDataProperties(KilnRuntime *krt, KilnValue target,
                                    KilnValue source, KilnValue excluded) {
  Runtime &rt = fromABI(krt);
  if (isNullish(source))
    return KILN_VALUE_TRUE;
  RootScope scope(rt.heap);
  scope.keep(target);
  scope.keep(excluded);
  ObjectCell *src = toObject(rt, source);
  if (!src)
    return KILN_VALUE_EXCEPTION;
  ObjectCell *skip = isObject(excluded) ? asObject(excluded) : nullptr;
  auto isExcluded = [&](const PropertyKey &key) {
    for (uint32_t i = 0; skip && i < skip->length; ++i) {
      KilnValue k = getProperty(rt, skip, PropertyKey::fromIndex(i), excluded);
      PropertyKey other;
      if (!isException(k) && toPropertyKey(rt, k, other) && other == key)
        return true;
    }
    return false;
  };
  bool ok = forEachOwnEnumerableProperty(
      rt, src, [&](KilnValue keyValue, const PropertyKey &key, KilnValue v) {
        return isExcluded(key) ||
               !isException(kiln_rt_define_elem(krt, target, keyValue, v));
      });
  return ok ? KILN_VALUE_TRUE : KILN_VALUE_EXCEPTION;
}

KilnValue kiln_rt_copy_data_properties(KilnRuntime *krt, KilnValue target,
                                       KilnValue source) {
  return copyDataProperties(krt, target, source, KILN_VALUE_UNDEFINED);
}

KilnValue kiln_rt_delete_prop(KilnRuntime *krt, KilnValue object,
                              KilnValue name) {
  return kiln_rt_delete_elem(krt, object, name);
}

KilnValue kiln_rt_call(KilnRuntime *krt, KilnValue callee, KilnValue thisValue,
                       const KilnValue *args, uint32_t argc) {
  return callFunction(fromABI(krt), callee, thisValue, args, argc, false);
}

KilnValue kiln_rt_construct(KilnRuntime *krt, KilnValue callee,
                            const KilnValue *args, uint32_t argc) {
  return callFunction(fromABI(krt), callee, KILN_VALUE_UNDEFINED, args, argc,
                      true);
}

KilnValue kiln_rt_rest_params(KilnRuntime *krt, const KilnValue *args,
                              uint32_t argc, uint32_t from) {
  Runtime &rt = fromABI(krt);
  uint32_t n = from < argc ? argc - from : 0;
  KilnValue array = kiln_rt_new_array(krt, n);
  if (isException(array))
    return array;
  RootScope scope(rt.heap);
  scope.keep(array);
  for (uint32_t i = 0; i < n; ++i)
    if (isException(kiln_rt_define_index(krt, array, i, args[from + i])))
      return KILN_VALUE_EXCEPTION;
  return array;
}

} // extern "C"

extern "C" {

KilnValue kiln_rt_copy_env(KilnRuntime *krt, KilnValue env) {
  Runtime &rt = fromABI(krt);
  if (!isInternalCell(env) || asCell(env)->kind != CellKind::ValueArray)
    return rt.raise(ErrorKind::TypeError, "invalid environment");
  RootScope scope(rt.heap);
  scope.keep(env);
  ValueArray *from = reinterpret_cast<ValueArray *>(asCell(env));
  ValueArray *copy = ValueArray::create(rt.heap, from->length);
  if (!copy)
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < from->length; ++i)
    copy->values[i] = from->values[i];
  return cellValue(copy);
}

KilnValue kiln_rt_require_object_coercible(KilnRuntime *krt, KilnValue v) {
  if (isNullish(v))
    return fromABI(krt).raise(ErrorKind::TypeError,
                              isNull(v)
                                  ? "Cannot destructure 'null' as it is null."
                                  : "Cannot destructure 'undefined' as it "
                                    "is undefined.");
  return KILN_VALUE_TRUE;
}

KilnValue kiln_rt_copy_data_properties_except(KilnRuntime *krt,
                                              KilnValue target,
                                              KilnValue source,
                                              KilnValue excluded) {
  // Object rest: unlike spread, undefined and null are a TypeError.
  if (isNullish(source))
    return kiln_rt_require_object_coercible(krt, source);
  return copyDataProperties(krt, target, source, excluded);
}

KilnValue kiln_rt_create_arguments(KilnRuntime *krt, const KilnValue *args,
                                   uint32_t argc) {
  return kiln_rt_rest_params(krt, args, argc, 0);
}

} // extern "C"
