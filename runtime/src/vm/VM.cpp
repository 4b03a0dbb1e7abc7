//===- VM.cpp - VM lifetime, script loading and calls from C++ ------------===//
//
// Creates a runtime's VM on first use (register and frame stacks, a root
// callback that marks the live part of the register stack, the runtime
// hooks and the global object), loads verified modules into Scripts (string
// atoms and constants materialized once, inline caches sized from the code),
// defines function objects and their tracer, and implements calls that
// enter JavaScript from C++ and the kiln_vm_* entry points.
//
//===----------------------------------------------------------------------===//
#include "kiln/VM.h"

#include "object/PropertyCache.h"
#include "ops/Conversions.h"
#include "support/Fatal.h"
#include "vm/Jobs.h"
#include "vm/VM.h"

#include <new>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

using namespace kiln;

namespace {

/// Prints "error: <message>" to standard error.
void reportError(const char *message, const char *detail = "") {
  char text[400];
  int n = snprintf(text, sizeof text, "error: %s%s\n", message, detail);
  if (n > 0 &&
      write(2, text, size_t(n) < sizeof text ? size_t(n) : sizeof text - 1) < 0)
    return;
}

void markStack(Marker &marker, void *context) {
  VM *vm = static_cast<VM *>(context);
  marker.markValues(vm->stack, vm->top);
  for (uint32_t i = 0; i < vm->depth; ++i)
    marker.markValue(vm->frames[i].newTarget);
  for (uint32_t i = 0; i < vm->depth; ++i)
    if (vm->frames[i].async)
      marker.markCell(reinterpret_cast<GCCell *>(vm->frames[i].async));
  marker.markValues(vm->slots, VM::kNumSlots);
}

KilnValue callHook(Runtime &rt, KilnValue callee, KilnValue thisValue,
                   const KilnValue *args, uint32_t argc) {
  return callFunction(rt, callee, thisValue, args, argc, false);
}

/// The string \p view of a module as a runtime string; null on OOM.
StringCell *loadString(Runtime &rt, const bc::StringView &view) {
  if (!view.isUtf16)
    return newStringFromLatin1(rt, view.data, view.length);
  uint16_t *units =
      static_cast<uint16_t *>(malloc(size_t(view.length) * 2 + 2));
  if (!units)
    return nullptr;
  memcpy(units, view.data, size_t(view.length) * 2);
  StringCell *s = newStringFromUtf16(rt, units, view.length);
  free(units);
  return s;
}

/// Size of the inline-cache array of \p fn: one past its largest Cache16.
uint32_t cacheCount(const bc::FunctionView &fn) {
  uint32_t count = 0;
  for (uint32_t pc = 0; pc < fn.codeSize;) {
    const bc::OpcodeInfo &info = bc::kOpcodeInfo[fn.code[pc]];
    const uint8_t *p = fn.code + pc + 1;
    for (unsigned n = 0; n < info.operandCount(); ++n) {
      const bc::OperandFormatInfo &format =
          bc::kOperandFormatInfo[unsigned(info.operands[n])];
      if (info.operands[n] == bc::OperandFormat::Cache16) {
        uint32_t index = uint32_t(bc::readLE(p, 2));
        if (index + 1 > count)
          count = index + 1;
      }
      p += format.bytes;
    }
    pc += info.size();
  }
  return count;
}

/// Loads a verified module; null after printing why not.
Script *loadScript(VM &vm, const uint8_t *bytes, size_t size,
                   const char *fileName) {
  Runtime &rt = *vm.rt;
  Script *script = static_cast<Script *>(calloc(1, sizeof(Script)));
  if (!script)
    return nullptr;
  new (&script->module) bc::LoadedModule();
  if (!script->module.load(bytes, size)) {
    reportError("invalid bytecode module: ", script->module.error());
    script->module.~LoadedModule();
    free(script);
    return nullptr;
  }
  bc::LoadedModule &m = script->module;
  script->fileName = strdup(fileName ? fileName : "<input>");
  script->valueCount = m.stringCount() + m.constantCount();
  script->values = static_cast<KilnValue *>(
      malloc(sizeof(KilnValue) * (script->valueCount + 1)));
  script->functions =
      static_cast<VMFunction *>(calloc(m.functionCount(), sizeof(VMFunction)));
  if (!script->fileName || !script->values || !script->functions)
    fatal("out of memory loading a module");
  for (uint32_t i = 0; i < script->valueCount; ++i)
    script->values[i] = KILN_VALUE_UNDEFINED;
  if (!rt.heap.addRootRange(script->values, script->valueCount))
    fatal("out of memory loading a module");
  for (uint32_t i = 0; i < m.stringCount(); ++i) {
    StringCell *s = loadString(rt, m.string(i));
    StringCell *atom = s ? rt.atoms.intern(rt, s) : nullptr;
    if (!atom)
      fatal("out of memory loading a module");
    script->values[i] = stringValue(atom);
  }
  for (uint32_t i = 0; i < m.constantCount(); ++i) {
    bc::ConstantEntry c = m.constant(i);
    KilnValue v = KILN_VALUE_UNDEFINED;
    switch (bc::ConstantTag(c.tag)) {
    case bc::ConstantTag::Undefined:
      break;
    case bc::ConstantTag::Null:
      v = KILN_VALUE_NULL;
      break;
    case bc::ConstantTag::Boolean:
      v = makeBool(c.payload != 0);
      break;
    case bc::ConstantTag::Number:
      v = makeNumber(bitsToDouble(c.payload));
      break;
    case bc::ConstantTag::String:
      v = script->values[uint32_t(c.payload)];
      break;
    }
    script->values[m.stringCount() + i] = v;
  }
  for (uint32_t i = 0; i < m.functionCount(); ++i) {
    VMFunction &fn = script->functions[i];
    fn.script = script;
    fn.index = i;
    fn.view = m.function(i);
    fn.cacheCount = cacheCount(fn.view);
    fn.caches = static_cast<KilnPropertyCache *>(
        calloc(fn.cacheCount + 1, sizeof(KilnPropertyCache)));
    if (!fn.caches || !registerPropertyCaches(rt, fn.caches, fn.cacheCount))
      fatal("out of memory loading a module");
  }
  script->next = vm.scripts;
  vm.scripts = script;
  return script;
}

} // namespace

void kiln::destroyVM(VM *vm) {
  destroyJobQueue(*vm);
  forgetPropertyCaches(*vm->rt);
  for (Script *s = vm->scripts; s;) {
    Script *next = s->next;
    for (uint32_t i = 0; i < s->module.functionCount(); ++i)
      free(s->functions[i].caches);
    free(s->functions);
    free(s->values);
    free(s->templateObjects);
    free(s->fileName);
    s->module.~LoadedModule();
    free(s);
    s = next;
  }
  free(vm->stack);
  free(vm->frames);
  free(vm);
}

void kiln::traceFunction(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
  FunctionCell *f = reinterpret_cast<FunctionCell *>(cell);
  marker.markValue(f->env);
  marker.markValue(f->name);
  marker.markValue(f->homeObject);
  marker.markValue(f->fieldInitializer);
}

VM *kiln::vmOf(Runtime &rt) {
  if (rt.vm)
    return rt.vm;
  VM *vm = static_cast<VM *>(calloc(1, sizeof(VM)));
  if (!vm)
    return nullptr;
  vm->rt = &rt;
  vm->stack =
      static_cast<KilnValue *>(malloc(sizeof(KilnValue) * kRegisterStackSize));
  vm->frames = static_cast<Frame *>(malloc(sizeof(Frame) * kMaxFrames));
  if (!vm->stack || !vm->frames) {
    destroyVM(vm);
    return nullptr;
  }
  for (KilnValue &v : vm->slots)
    v = KILN_VALUE_UNDEFINED;
  if (!rt.heap.addRootCallback(markStack, vm)) {
    destroyVM(vm);
    return nullptr;
  }
  rt.vm = vm;
  rt.callHook = callHook;
  rt.errorFactory = makeError;
  if (!initGlobals(*vm))
    return nullptr;
  return vm;
}

FunctionCell *kiln::newFunction(Runtime &rt, VMFunction *code,
                                NativeFunction native, KilnValue env,
                                KilnValue name) {
  RootScope scope(rt.heap);
  scope.keep(env);
  scope.keep(name);
  FunctionCell *f = rt.heap.allocate<FunctionCell>(CellKind::Function);
  if (!f) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  f->object.shape = rt.rootShape();
  f->object.proto = rt.prototype(Runtime::kFunctionPrototype);
  f->code = code;
  f->native = native;
  f->env = env;
  f->name = name;
  f->homeObject = KILN_VALUE_UNDEFINED;
  f->fieldInitializer = KILN_VALUE_UNDEFINED;
  return f;
}

namespace {

/// Loads, verifies and runs a module's top-level code, then drains the
/// microtask queue (settling a top-level-await body's promise); on success
/// \p completion (if not null) receives what the body returned: an ES
/// module's namespace object, undefined for a script.
int runTopLevel(KilnRuntime *krt, const uint8_t *bytes, size_t size,
                const char *fileName, KilnValue *completion) {
  Runtime &rt = fromABI(krt);
  VM *vm = vmOf(rt);
  if (!vm) {
    reportError("out of memory starting the VM");
    return KILN_VM_INVALID_MODULE;
  }
  Script *script = loadScript(*vm, bytes, size, fileName);
  if (!script)
    return KILN_VM_INVALID_MODULE;
  if (script->module.functionCount() == 0) {
    reportError("invalid bytecode module: no top-level code");
    return KILN_VM_INVALID_MODULE;
  }
  FunctionCell *main =
      newFunction(rt, &script->functions[0], nullptr, KILN_VALUE_UNDEFINED,
                  stringValue(rt.emptyString()));
  // A script's top-level `this` is the global object; a module's is
  // undefined.
  KilnValue topLevelThis =
      script->module.isModule() ? KILN_VALUE_UNDEFINED : vm->slots[VM::kGlobal];
  KilnValue result = main ? callFunction(rt, objectValue(&main->object),
                                         topLevelThis, nullptr, 0, false)
                          : KILN_VALUE_EXCEPTION;
  if (isException(result)) {
    reportUncaught(rt, rt.takeException());
    return KILN_VM_UNCAUGHT;
  }
  RootScope scope(rt.heap);
  scope.keep(result);
  // Then the jobs the script queued, and those they queue, in order; a
  // module body with top-level await returned its promise, which the host
  // settles.
  int status = (script->functions[0].view.flags & bc::FunctionFlagAsync)
                   ? drainForTopLevel(*vm, result, &result)
                   : drainJobs(*vm);
  if (status == KILN_VM_OK && completion)
    *completion = result;
  return status;
}

} // namespace

extern "C" int kiln_vm_run_script(KilnRuntime *krt, const uint8_t *bytes,
                                  size_t size, const char *fileName) {
  return runTopLevel(krt, bytes, size, fileName, nullptr);
}

extern "C" int kiln_vm_run_module(KilnRuntime *krt, const uint8_t *bytes,
                                  size_t size, const char *fileName,
                                  KilnValue *exports) {
  *exports = KILN_VALUE_UNDEFINED;
  return runTopLevel(krt, bytes, size, fileName, exports);
}
