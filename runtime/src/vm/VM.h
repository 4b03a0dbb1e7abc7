//===- VM.h - The bytecode interpreter's state ------------------*- C++ -*-===//
//
// One VM per Runtime: the loaded scripts, the register stack that holds every
// frame's registers (scanned by the collector as roots up to its top), the
// frame stack, the global object and the Error prototypes. Function objects
// (FunctionCell) point at a VMFunction — a verified function of a loaded
// script plus its inline caches — or at a native C++ function. Environments
// of captured variables are ValueArrays whose value 0 is the parent
// environment (or undefined) and whose values 1.. are the slots.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_VM_VM_H
#define KILN_VM_VM_H

#include "bytecode/ModuleReader.h"
#include "core/Runtime.h"
#include "kiln/Config.h"
#include "object/Object.h"

namespace kiln {

struct Script;

/// A verified bytecode function and the run-time data the VM keeps for it.
struct VMFunction {
  Script *script;
  uint32_t index;
  bc::FunctionView view;
  /// Inline caches, indexed by the Cache16 operands of the code.
  KilnPropertyCache *caches;
  uint32_t cacheCount;
};

/// A loaded module.
struct Script {
  bc::LoadedModule module;
  char *fileName;
  /// Values indexed [0, strings) by string index (atoms), then the
  /// constants; registered as a root range.
  KilnValue *values;
  uint32_t valueCount;
  VMFunction *functions;
  Script *next;
};

/// A function implemented in C++. \p isConstruct: called by `new`.
using NativeFunction = KilnValue (*)(Runtime &rt, KilnValue callee,
                                     KilnValue thisValue, const KilnValue *args,
                                     uint32_t argc, bool isConstruct);

/// Layout: an ObjectCell (so every object operation applies) and then the
/// function's own fields.
struct FunctionCell {
  ObjectCell object;
  /// Exactly one of code and native is set.
  VMFunction *code;
  NativeFunction native;
  /// The closure's environment (a ValueArray as an internal-cell value) or
  /// undefined.
  KilnValue env;
  /// The name, a string value, for stack traces and printing.
  KilnValue name;
  /// Per-native data (the ErrorKind of an Error constructor).
  uint32_t nativeData;
  uint32_t reserved;
};

inline FunctionCell *asFunction(KilnValue v) {
  return reinterpret_cast<FunctionCell *>(asCell(v));
}

/// A call's activation record. The registers lie on the register stack;
/// `window` points at the caller's callee/this/arguments window.
struct Frame {
  VMFunction *fn;
  KilnValue *regs;
  KilnValue *window;
  uint32_t argc;
  /// Offset of the instruction running (or, in callers, calling).
  uint32_t pc;
  /// Where a caller continues when this frame's callee returns.
  uint32_t resumePc;
  /// Handler offset for exceptions raised here, or kNoHandler.
  uint32_t handler;
  /// Caller's register receiving the result.
  uint32_t resultReg;
  /// Stack slots below `regs` that this frame's call pushed (the window of
  /// a call with spread arguments); popped with the frame.
  uint32_t windowSlots;
  bool isConstruct;
  /// Returning from this frame leaves the interpreter loop.
  bool returnsToHost;
};

constexpr uint32_t kNoHandler = ~0u;
/// Frames deeper than this raise "Maximum call stack size exceeded".
constexpr uint32_t kMaxFrames = KILN_VM_MAX_FRAMES;
/// Registers of all frames together.
constexpr uint32_t kRegisterStackSize = KILN_VM_REGISTER_STACK_SIZE;

struct VM {
  Runtime *rt;
  KilnValue *stack;
  uint32_t top;
  Frame *frames;
  uint32_t depth;
  Script *scripts;
  /// Rooted values: the global object, Error prototypes, ...
  enum Slot : unsigned {
    kGlobal,
    kFirstErrorPrototype,
    kNumSlots = kFirstErrorPrototype + 8
  };
  KilnValue slots[kNumSlots];
  /// Set asynchronously to stop a running script at its next back edge.
  volatile bool interruptRequested;
};

/// The runtime's VM, created (and the hooks installed) on first use; null on
/// OOM.
VM *vmOf(Runtime &rt);

/// Frees \p vm and its scripts (Runtime's destructor).
void destroyVM(VM *vm);
/// Allocates a function object; null after raising OOM.
FunctionCell *newFunction(Runtime &rt, VMFunction *code, NativeFunction native,
                          KilnValue env, KilnValue name);
/// Calls \p callee from C++ (runtime hooks, builtins): result or EXCEPTION.
KilnValue callFunction(Runtime &rt, KilnValue callee, KilnValue thisValue,
                       const KilnValue *args, uint32_t argc, bool construct);
/// Pushes a frame for \p fn called through \p window (on the register
/// stack); false after raising a RangeError when the stack is exhausted.
bool pushFrame(VM &vm, VMFunction *fn, KilnValue *window, uint32_t argc,
               bool construct, uint32_t resultReg, bool returnsToHost);
/// Pushes callee, this and the elements of \p array as a call window on the
/// register stack (vm.top moves past it); null after raising.
KilnValue *pushSpreadWindow(VM &vm, KilnValue callee, KilnValue thisValue,
                            KilnValue array);
/// Runs from the frame on top (pushed with returnsToHost) until it returns:
/// its result or EXCEPTION.
KilnValue interpret(VM &vm);
/// callee.prototype, created on first use for bytecode functions (an
/// object whose `constructor` is the function); EXCEPTION on failure.
KilnValue functionPrototype(Runtime &rt, KilnValue callee);
/// The object `new callee` starts from (its prototype from
/// callee.prototype); EXCEPTION on failure.
KilnValue constructThis(Runtime &rt, KilnValue callee);

/// Fills the global object (console, globalThis, Error constructors).
bool initGlobals(VM &vm);
/// The ErrorFactory the VM installs: Error objects with a stack.
KilnValue makeError(Runtime &rt, ErrorKind kind, const char *message);
/// "    at name (file:line:column)" lines of the current frames.
StringCell *captureStack(VM &vm, KilnValue header);
/// Prints an exception that escaped to the host: "Uncaught ..." + stack.
void reportUncaught(Runtime &rt, KilnValue exception);

} // namespace kiln

#endif
