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
struct AsyncFrameCell;
struct JobQueue;

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
  /// The template objects of the script's tagged-template sites, indexed
  /// by site (undefined until the site is first evaluated); a root range
  /// grown by templateObjectSlot (vm/TemplateObjects.cpp).
  KilnValue *templateObjects;
  uint32_t templateObjectCount;
};

/// The cache slot of template site \p site of \p script (growing the
/// script's slots as needed), or null with an exception raised (out of
/// memory, or a site index no valid module uses).
KilnValue *templateObjectSlot(Runtime &rt, Script &script, uint32_t site);

/// A function implemented in C++. \p isConstruct: called by `new` (or
/// super()); \p thisValue is then new.target when that is not the callee
/// itself (a subclass constructing through super()), else undefined.
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
  /// A method's [[HomeObject]] (whose prototype `super.x` reads), which
  /// the arrows it creates inherit; undefined for other functions.
  KilnValue homeObject;
  /// A class constructor's field initializer (a method that defines the
  /// fields and private methods of each new instance), or undefined.
  KilnValue fieldInitializer;
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
  /// new.target of a construct frame (the callee for `new`, the derived
  /// class for super()); undefined otherwise. Marked by the collector.
  KilnValue newTarget;
  /// An async function's frame after its first await: the heap cell it is
  /// saved to and resumed from (vm/Async.h), marked by the collector; null
  /// before that and for every other frame.
  AsyncFrameCell *async;
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
    /// The `stack` accessor of new error objects and the internal key of
    /// their captured frames (vm/ErrorStack.cpp).
    kErrorStackGetter = kFirstErrorPrototype + 8,
    kErrorStackSetter,
    kErrorFramesKey,
    kNumSlots
  };
  KilnValue slots[kNumSlots];
  /// Set asynchronously to stop a running script at its next back edge.
  volatile bool interruptRequested;
  /// How many interrupts were honoured (a host compares it around a call
  /// to tell an interruption from the script's own exceptions).
  uint32_t interruptsTaken;
  /// The microtask queue (vm/Jobs.h), created on first use.
  JobQueue *jobs;
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
/// Pushes callee, this and \p args as a call window on the register stack
/// (vm.top moves past it; the caller restores it); null after raising a
/// RangeError when the stack is exhausted.
inline KilnValue *pushCallWindow(VM &vm, KilnValue callee, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc) {
  if (uint64_t(vm.top) + 2 + argc > kRegisterStackSize) {
    vm.rt->raise(ErrorKind::RangeError, "Maximum call stack size exceeded");
    return nullptr;
  }
  KilnValue *window = vm.stack + vm.top;
  window[0] = callee;
  window[1] = thisValue;
  for (uint32_t i = 0; i < argc; ++i)
    window[2 + i] = args[i];
  vm.top += 2 + argc;
  return window;
}
/// Runs from the frame on top (pushed with returnsToHost) until it returns:
/// its result or EXCEPTION.
KilnValue interpret(VM &vm);
/// callee.prototype, created on first use for bytecode functions (an
/// object whose `constructor` is the function); EXCEPTION on failure.
KilnValue functionPrototype(Runtime &rt, KilnValue callee);
/// The object `new callee` starts from (its prototype from
/// callee.prototype); EMPTY for a derived class constructor (super()
/// makes it); EXCEPTION on failure or for a non-constructor.
KilnValue constructThis(Runtime &rt, KilnValue callee);

// --- Classes (vm/Classes.cpp) -----------------------------------------------

/// True if functions with these bytecode flags are constructors (plain
/// function declarations and expressions, and class constructors).
inline bool isConstructorCode(uint32_t flags) {
  return !(flags & (bc::FunctionFlagArrow | bc::FunctionFlagMethod |
                    bc::FunctionFlagAsync));
}
/// IsConstructor(\p v): bytecode constructors and native functions.
bool isConstructor(KilnValue v);
/// A closure of \p code over \p env with its `length` and `name` (no
/// `prototype`); null after raising.
FunctionCell *newClosure(Runtime &rt, VMFunction *code, KilnValue env);
/// The define_class instruction: a closure of \p ctor over \p env made
/// the class constructor (kiln_rt_define_class); EXCEPTION on failure.
KilnValue defineClass(Runtime &rt, VMFunction *ctor, KilnValue env,
                      KilnValue heritage);
/// The TypeError of `new` on \p callee, which is not a constructor; always
/// EXCEPTION.
KilnValue raiseNotConstructor(Runtime &rt, KilnValue callee);
/// The TypeError of calling the class constructor \p callee without `new`;
/// always EXCEPTION.
KilnValue raiseClassCall(Runtime &rt, KilnValue callee);
/// Construct(\p ctor, args, \p newTarget) from C++: result or EXCEPTION.
KilnValue constructWithNewTarget(Runtime &rt, KilnValue ctor,
                                 KilnValue newTarget, const KilnValue *args,
                                 uint32_t argc);

// --- Error stacks (vm/ErrorStack.cpp) ----------------------------------------

/// Creates the shared `stack` accessor functions and the frames key.
bool initErrorStack(VM &vm);
/// Error.prototype.toString: "name: message", leaving out an empty part.
KilnValue errorProtoToString(Runtime &rt, KilnValue callee, KilnValue thisValue,
                             const KilnValue *args, uint32_t argc,
                             bool isConstruct);
/// Captures the current frames (see captureStack) into \p error and gives
/// it a `stack` that is formatted on first read, from the `name` and
/// `message` the error has then (as V8 does, so a subclass constructor may
/// set `this.name` after super()). False on OOM.
bool installErrorStack(Runtime &rt, ObjectCell *error, KilnValue skipUntil);

/// Fills the global object (console, globalThis, Error constructors).
bool initGlobals(VM &vm);
/// The ErrorFactory the VM installs: Error objects with a stack.
KilnValue makeError(Runtime &rt, ErrorKind kind, const char *message);
/// "    at name (file:line:column)" lines of the current frames.
/// With \p skipUntil (a constructor), the frames up to and including its
/// construct frame are left out, as for `super(message)` in an Error
/// subclass.
StringCell *captureStack(VM &vm, KilnValue header,
                         KilnValue skipUntil = KILN_VALUE_UNDEFINED);
/// Prints an exception that escaped to the host: "Uncaught ..." + stack
/// (\p prefix replaces "Uncaught ", e.g. for unhandled rejections).
void reportUncaught(Runtime &rt, KilnValue exception,
                    const char *prefix = "Uncaught ");

} // namespace kiln

#endif
