//===- Calls.cpp - Frames and calls into bytecode functions ---------------===//
//
// Pushing frames on the VM's register stack, the `this` object of `new`
// (with the lazily created `prototype` of bytecode functions), windows for
// calls with spread arguments, and calls that enter JavaScript from C++
// (the runtime's call hook, builtins, the host), which run a nested
// interpreter loop until the callee returns.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "ops/Conversions.h"
#include "vm/VM.h"

using namespace kiln;

bool kiln::pushFrame(VM &vm, VMFunction *fn, KilnValue *window, uint32_t argc,
                     bool construct, uint32_t resultReg, bool returnsToHost) {
  uint32_t count = fn->view.registerCount;
  if (!construct && (fn->view.flags & bc::FunctionFlagClassConstructor)) {
    raiseClassCall(*vm.rt, window[0]);
    return false;
  }
  if (vm.depth >= kMaxFrames || vm.top + count > kRegisterStackSize) {
    vm.rt->raise(ErrorKind::RangeError, "Maximum call stack size exceeded");
    return false;
  }
  Frame &f = vm.frames[vm.depth++];
  f.fn = fn;
  f.regs = vm.stack + vm.top;
  f.window = window;
  f.argc = argc;
  f.pc = 0;
  f.resumePc = 0;
  f.handler = kNoHandler;
  f.resultReg = resultReg;
  f.windowSlots = 0;
  f.isConstruct = construct;
  f.returnsToHost = returnsToHost;
  f.async = nullptr;
  f.newTarget = construct ? window[0] : KILN_VALUE_UNDEFINED;
  for (uint32_t i = 0; i < count; ++i)
    f.regs[i] = KILN_VALUE_UNDEFINED;
  vm.top += count;
  return true;
}

KilnValue kiln::functionPrototype(Runtime &rt, KilnValue callee) {
  PropertyKey key =
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::prototype));
  KilnValue proto = getProperty(rt, asObject(callee), key, callee);
  if (!isUndefined(proto) || !asFunction(callee)->code ||
      !isConstructorCode(asFunction(callee)->code->view.flags))
    return proto;
  PropertyDescriptor existing;
  if (getOwnProperty(rt, asObject(callee), key, existing))
    return proto;
  RootScope scope(rt.heap);
  scope.keep(callee);
  ObjectCell *obj = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  if (isException(defineOwnProperty(
          rt, obj,
          PropertyKey::fromName(rt.atomValue(PredefinedAtom::constructor)),
          PropertyDescriptor::data(callee, KILN_ATTR_WRITABLE |
                                               KILN_ATTR_CONFIGURABLE))) ||
      isException(defineOwnProperty(
          rt, asObject(callee), key,
          PropertyDescriptor::data(objectValue(obj), KILN_ATTR_WRITABLE))))
    return KILN_VALUE_EXCEPTION;
  return objectValue(obj);
}

KilnValue kiln::constructThis(Runtime &rt, KilnValue callee) {
  if (VMFunction *code = asFunction(callee)->code) {
    if (!isConstructorCode(code->view.flags))
      return raiseNotConstructor(rt, callee);
    // A derived constructor's `this` stays unbound until super() returns.
    if (code->view.flags & bc::FunctionFlagDerivedConstructor)
      return KILN_VALUE_EMPTY;
  }
  KilnValue proto = functionPrototype(rt, callee);
  if (isException(proto))
    return proto;
  ObjectCell *obj =
      newObject(rt, isObject(proto) ? asObject(proto)
                                    : rt.prototype(Runtime::kObjectPrototype));
  return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}

KilnValue *kiln::pushSpreadWindow(VM &vm, KilnValue callee, KilnValue thisValue,
                                  KilnValue array) {
  Runtime &rt = *vm.rt;
  if (!isObject(array) || !asObject(array)->isArray()) {
    rt.raise(ErrorKind::TypeError, "spread arguments are not an array");
    return nullptr;
  }
  uint32_t argc = asObject(array)->length;
  if (uint64_t(vm.top) + 2 + argc > kRegisterStackSize) {
    rt.raise(ErrorKind::RangeError, "Maximum call stack size exceeded");
    return nullptr;
  }
  uint32_t saved = vm.top;
  KilnValue *window = vm.stack + vm.top;
  for (uint32_t i = 0; i < 2 + argc; ++i)
    window[i] = KILN_VALUE_UNDEFINED;
  vm.top += 2 + argc;
  window[0] = callee;
  window[1] = thisValue;
  for (uint32_t i = 0; i < argc; ++i) {
    KilnValue v =
        getProperty(rt, asObject(array), PropertyKey::fromIndex(i), array);
    if (isException(v)) {
      vm.top = saved;
      return nullptr;
    }
    window[2 + i] = v;
  }
  return window;
}

KilnValue kiln::callFunction(Runtime &rt, KilnValue callee, KilnValue thisValue,
                             const KilnValue *args, uint32_t argc,
                             bool construct) {
  if (!isCallable(callee))
    return rt.raise(ErrorKind::TypeError, construct
                                              ? "value is not a constructor"
                                              : "value is not a function");
  FunctionCell *f = asFunction(callee);
  if (f->native)
    return f->native(rt, callee, thisValue, args, argc, construct);
  VM *vm = rt.vm ? rt.vm : vmOf(rt);
  if (!vm)
    return rt.raiseOutOfMemory();
  uint32_t saved = vm->top;
  KilnValue *window = pushCallWindow(*vm, callee, thisValue, args, argc);
  if (!window)
    return KILN_VALUE_EXCEPTION;
  KilnValue result = KILN_VALUE_EXCEPTION;
  if (construct)
    window[1] = constructThis(rt, callee);
  if (!isException(window[1]) &&
      pushFrame(*vm, f->code, window, argc, construct, 0, true))
    result = interpret(*vm);
  vm->top = saved;
  return result;
}
