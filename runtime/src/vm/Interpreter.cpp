//===- Interpreter.cpp - The register bytecode interpreter ----------------===//
//
// Executes verified bytecode. Dispatch is computed goto with GCC and Clang
// and a switch elsewhere, both generated from Opcodes.def. Calls between
// bytecode functions push a Frame and continue in the same loop, so
// JavaScript recursion does not recurse in C++; only calls that enter from
// C++ (the runtime's call hook, the host) start a nested loop, which returns
// when its first frame does. Every operation is the kiln_rt_* function
// KIROps.def names; handlers inline only the fast paths those functions
// take first (number operands, inline-cache hits, dense array elements),
// which compute the same results. An exception continues at the
// frame's current handler (set by SetHandler) or unwinds the frame.
// Backward jumps poll the VM's interrupt flag.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "object/ElementFastPaths.h"
#include "object/PropertyCache.h"
#include "ops/Conversions.h"
#include "ops/NumberFastPaths.h"
#include "vm/Async.h"
#include "vm/VM.h"

#include <stdio.h>

using namespace kiln;
using bc::Opcode;

namespace {

inline uint32_t u16(const uint8_t *p) { return uint32_t(bc::readLE(p, 2)); }
inline uint32_t u32(const uint8_t *p) { return uint32_t(bc::readLE(p, 4)); }
inline int32_t s32(const uint8_t *p) { return int32_t(bc::readLE(p, 4)); }

template <Opcode op> constexpr uint32_t sizeOf() {
  return bc::kOpcodeInfo[unsigned(op)].size();
}

/// The value of environment slot \p slot, \p depth parents up from \p env;
/// null when the module's environment operands do not fit the records.
KilnValue *envSlot(KilnValue env, uint32_t depth, uint32_t slot) {
  for (;;) {
    if (!isInternalCell(env) || asCell(env)->kind != CellKind::ValueArray)
      return nullptr;
    ValueArray *record = reinterpret_cast<ValueArray *>(asCell(env));
    if (depth == 0)
      return slot + 1 < record->length ? &record->values[slot + 1] : nullptr;
    env = record->values[0];
    --depth;
  }
}

/// ToBoolean with the boolean and int32 cases inline.
inline bool truthy(KilnValue v) {
  if (isBool(v))
    return asBool(v);
  if (isInt32(v))
    return asInt32(v) != 0;
  return toBoolean(v);
}

KilnValue notCallable(Runtime &rt, const char *what) {
  return rt.raise(ErrorKind::TypeError, what);
}

} // namespace

KilnValue kiln::interpret(VM &vm) {
  Runtime &rt = *vm.rt;
  KilnRuntime *krt = toABI(rt);
  Frame *frame;
  VMFunction *fn;
  Script *script;
  KilnValue *regs;
  const uint8_t *code;
  const uint8_t *pc;
  bool construct = false;
  KilnValue result;

#define LOAD_FRAME()                                                           \
  do {                                                                         \
    frame = &vm.frames[vm.depth - 1];                                          \
    fn = frame->fn;                                                            \
    script = fn->script;                                                       \
    regs = frame->regs;                                                        \
    code = fn->view.code;                                                      \
  } while (0)

  LOAD_FRAME();
  // A new frame starts at 0; a resumed async function at its resume pc.
  pc = code + frame->pc;

// frame->pc (stack traces, the position of an error) is stored by every
// handler on entry (CASE); HOT_CASE handlers store it only on their slow
// paths (SYNC_PC), before anything that can throw or call. Dispatch itself
// is one load and one indirect jump, which the compiler copies into each
// handler.
#define SYNC_PC() (frame->pc = uint32_t(pc - code))
#if defined(__GNUC__)
  static void *const kLabels[] = {
#define KILN_OPCODE(Name, Flow, ...) &&op_##Name,
#include "kiln/Opcodes.def"
  };
#define DISPATCH() goto *kLabels[*pc]
#define CASE(Name) op_##Name : SYNC_PC();
#define HOT_CASE(Name) op_##Name:
#else
#define DISPATCH() goto dispatch
#define CASE(Name) case Opcode::Name:
#define HOT_CASE(Name) case Opcode::Name:
#endif
#define R(off) regs[u16(pc + (off))]
#define NEXT(Name)                                                             \
  do {                                                                         \
    pc += sizeOf<Opcode::Name>();                                              \
    DISPATCH();                                                                \
  } while (0)
#define CHECK(v)                                                               \
  do {                                                                         \
    if (isException(v))                                                        \
      goto exception;                                                          \
  } while (0)
#define STRING(off) script->values[u32(pc + (off))]
#define RESULT(Name, expr)                                                     \
  CASE(Name) {                                                                 \
    KilnValue r = expr;                                                        \
    CHECK(r);                                                                  \
    R(1) = r;                                                                  \
    NEXT(Name);                                                                \
  }
#define BINARY(Name, fn)                                                       \
  CASE(Name) {                                                                 \
    KilnValue r = fn(krt, R(3), R(5));                                         \
    CHECK(r);                                                                  \
    R(1) = r;                                                                  \
    NEXT(Name);                                                                \
  }
#define UNARY(Name, fn)                                                        \
  CASE(Name) {                                                                 \
    KilnValue r = fn(krt, R(3));                                               \
    CHECK(r);                                                                  \
    R(1) = r;                                                                  \
    NEXT(Name);                                                                \
  }
#define COMPARE(Name, fn, relation)                                            \
  HOT_CASE(Name) {                                                             \
    KilnValue a = R(3), b = R(5), r;                                           \
    if (!fastpath::compare<fastpath::Relation::relation>(a, b, r)) {           \
      SYNC_PC();                                                               \
      r = fn(krt, a, b);                                                       \
      CHECK(r);                                                                \
    }                                                                          \
    R(1) = r;                                                                  \
    NEXT(Name);                                                                \
  }
// An operator whose number cases (ops/NumberFastPaths.h) run inline.
#define FAST_BINARY(Name, fast, fn)                                            \
  HOT_CASE(Name) {                                                             \
    KilnValue a = R(3), b = R(5), r;                                           \
    if (!fast(a, b, r)) {                                                      \
      SYNC_PC();                                                               \
      r = fn(krt, a, b);                                                       \
      CHECK(r);                                                                \
    }                                                                          \
    R(1) = r;                                                                  \
    NEXT(Name);                                                                \
  }
#define FAST_UNARY(Name, fast, fn)                                             \
  HOT_CASE(Name) {                                                             \
    KilnValue a = R(3), r;                                                     \
    if (!fast(a, r)) {                                                         \
      SYNC_PC();                                                               \
      r = fn(krt, a);                                                          \
      CHECK(r);                                                                \
    }                                                                          \
    R(1) = r;                                                                  \
    NEXT(Name);                                                                \
  }
#define JUMP(offset)                                                           \
  do {                                                                         \
    int32_t o_ = (offset);                                                     \
    if (o_ <= 0 && vm.interruptRequested) {                                    \
      vm.interruptRequested = false;                                           \
      ++vm.interruptsTaken;                                                    \
      SYNC_PC();                                                               \
      rt.raise(ErrorKind::Error, "Script execution was interrupted");          \
      goto exception;                                                          \
    }                                                                          \
    pc += o_;                                                                  \
    DISPATCH();                                                                \
  } while (0)

  DISPATCH();
#if !defined(__GNUC__)
dispatch:
  frame->pc = uint32_t(pc - code);
  switch (Opcode(*pc)) {
#endif

    HOT_CASE(Nop) { NEXT(Nop); }
    HOT_CASE(LoadConst) {
      regs[pc[1]] = script->values[script->module.stringCount() +
                                   fn->view.constantBase + u16(pc + 2)];
      NEXT(LoadConst);
    }
    HOT_CASE(LoadConstLong) {
      R(1) = script->values[script->module.stringCount() +
                            fn->view.constantBase + u32(pc + 3)];
      NEXT(LoadConstLong);
    }
    HOT_CASE(LoadInt) {
      regs[pc[1]] = makeInt32(s32(pc + 2));
      NEXT(LoadInt);
    }
    HOT_CASE(Mov) {
      regs[pc[1]] = regs[pc[2]];
      NEXT(Mov);
    }
    HOT_CASE(MovLong) {
      R(1) = R(3);
      NEXT(MovLong);
    }
    HOT_CASE(Jmp) { JUMP(s32(pc + 1)); }
    HOT_CASE(JmpShort) { JUMP(int8_t(pc[1])); }
    HOT_CASE(JmpIfTrue) {
      if (truthy(regs[pc[1]]))
        JUMP(s32(pc + 2));
      NEXT(JmpIfTrue);
    }
    HOT_CASE(JmpIfFalse) {
      if (!truthy(regs[pc[1]]))
        JUMP(s32(pc + 2));
      NEXT(JmpIfFalse);
    }
    HOT_CASE(JmpIfFalseLong) {
      if (!truthy(R(1)))
        JUMP(s32(pc + 3));
      NEXT(JmpIfFalseLong);
    }
    CASE(Ret) {
      result = regs[pc[1]];
      goto doReturn;
    }
    CASE(RetLong) {
      result = R(1);
    doReturn:
      if (frame->isConstruct && !isObject(result))
        result = frame->window[1];
      if (fn->view.flags & bc::FunctionFlagAsync) {
        result = asyncReturn(vm, *frame, result);
        CHECK(result);
      }
    popFrame:
      bool toHost = frame->returnsToHost;
      uint32_t resultReg = frame->resultReg;
      vm.top = uint32_t(frame->regs - vm.stack) - frame->windowSlots;
      --vm.depth;
      if (toHost)
        return result;
      LOAD_FRAME();
      regs[resultReg] = result;
      pc = code + frame->resumePc;
      DISPATCH();
    }
    HOT_CASE(LoadUndefined) {
      R(1) = KILN_VALUE_UNDEFINED;
      NEXT(LoadUndefined);
    }
    HOT_CASE(LoadNull) {
      R(1) = KILN_VALUE_NULL;
      NEXT(LoadNull);
    }
    HOT_CASE(LoadTrue) {
      R(1) = KILN_VALUE_TRUE;
      NEXT(LoadTrue);
    }
    HOT_CASE(LoadFalse) {
      R(1) = KILN_VALUE_FALSE;
      NEXT(LoadFalse);
    }
    HOT_CASE(LoadEmpty) {
      R(1) = KILN_VALUE_EMPTY;
      NEXT(LoadEmpty);
    }
    HOT_CASE(LoadString) {
      R(1) = STRING(3);
      NEXT(LoadString);
    }
    HOT_CASE(LoadParam) {
      uint32_t i = u16(pc + 3);
      R(1) = i < frame->argc ? frame->window[2 + i] : KILN_VALUE_UNDEFINED;
      NEXT(LoadParam);
    }
    RESULT(LoadRestParams, kiln_rt_rest_params(krt, frame->window + 2,
                                               frame->argc, u16(pc + 3)))
    HOT_CASE(LoadThis) {
      R(1) = frame->window[1];
      NEXT(LoadThis);
    }
    HOT_CASE(LoadCallee) {
      R(1) = frame->window[0];
      NEXT(LoadCallee);
    }
    HOT_CASE(LoadClosureEnv) {
      R(1) = asFunction(frame->window[0])->env;
      NEXT(LoadClosureEnv);
    }
    RESULT(CreateEnv, kiln_rt_create_env(krt, R(3), u16(pc + 5)))
    HOT_CASE(LoadEnv) {
      KilnValue *slot = envSlot(R(3), u16(pc + 5), u16(pc + 7));
      if (!slot) {
        SYNC_PC();
        rt.raise(ErrorKind::TypeError, "invalid environment access");
        goto exception;
      }
      R(1) = *slot;
      NEXT(LoadEnv);
    }
    HOT_CASE(StoreEnv) {
      KilnValue *slot = envSlot(R(1), u16(pc + 3), u16(pc + 5));
      if (!slot) {
        SYNC_PC();
        rt.raise(ErrorKind::TypeError, "invalid environment access");
        goto exception;
      }
      *slot = R(7);
      NEXT(StoreEnv);
    }
    HOT_CASE(CheckTDZ) {
      if (isEmpty(R(1))) {
        SYNC_PC();
        kiln_rt_throw_tdz(krt, STRING(3));
        goto exception;
      }
      NEXT(CheckTDZ);
    }
    CASE(ThrowConstAssign) {
      kiln_rt_throw_const_assign(krt, STRING(1));
      goto exception;
    }
    HOT_CASE(LoadGlobal) {
      KilnPropertyCache *cache = &fn->caches[u16(pc + 7)];
      KilnValue r;
      if (!cachedGlobal(rt, cache, r)) {
        SYNC_PC();
        r = kiln_rt_load_global_ic(krt, STRING(3), cache);
        CHECK(r);
      }
      R(1) = r;
      NEXT(LoadGlobal);
    }
    CASE(StoreGlobal) {
      CHECK(kiln_rt_store_global(krt, STRING(1), R(5)));
      NEXT(StoreGlobal);
    }
    RESULT(TypeofGlobal, kiln_rt_typeof_global(krt, STRING(3)))
    FAST_BINARY(Add, fastpath::add, kiln_rt_add)
    FAST_BINARY(Sub, fastpath::sub, kiln_rt_sub)
    FAST_BINARY(Mul, fastpath::mul, kiln_rt_mul)
    FAST_BINARY(Div, fastpath::div, kiln_rt_div)
    FAST_BINARY(Mod, fastpath::mod, kiln_rt_mod)
    BINARY(Exp, kiln_rt_exp)
    FAST_BINARY(Shl, fastpath::shl, kiln_rt_shl)
    FAST_BINARY(Shr, fastpath::shr, kiln_rt_shr)
    FAST_BINARY(UShr, fastpath::ushr, kiln_rt_ushr)
    FAST_BINARY(BitAnd, fastpath::bitAnd, kiln_rt_bitand)
    FAST_BINARY(BitOr, fastpath::bitOr, kiln_rt_bitor)
    FAST_BINARY(BitXor, fastpath::bitXor, kiln_rt_bitxor)
    BINARY(Eq, kiln_rt_loose_equals)
    CASE(Ne) {
      KilnValue r = kiln_rt_loose_equals(krt, R(3), R(5));
      CHECK(r);
      R(1) = makeBool(!asBool(r));
      NEXT(Ne);
    }
    HOT_CASE(StrictEq) {
      R(1) = kiln_rt_strict_equals(R(3), R(5));
      NEXT(StrictEq);
    }
    HOT_CASE(StrictNe) {
      R(1) = makeBool(!asBool(kiln_rt_strict_equals(R(3), R(5))));
      NEXT(StrictNe);
    }
    COMPARE(Lt, kiln_rt_less_than, Less)
    COMPARE(Le, kiln_rt_less_equal, LessEqual)
    COMPARE(Gt, kiln_rt_greater_than, Greater)
    COMPARE(Ge, kiln_rt_greater_equal, GreaterEqual)
    BINARY(In, kiln_rt_in)
    BINARY(InstanceOf, kiln_rt_instanceof)
    FAST_UNARY(Neg, fastpath::neg, kiln_rt_neg)
    HOT_CASE(ToNumber) {
      KilnValue v = R(3);
      if (!isNumber(v)) {
        SYNC_PC();
        v = kiln_rt_to_number(krt, v);
        CHECK(v);
      }
      R(1) = v;
      NEXT(ToNumber);
    }
    HOT_CASE(ToNumeric) {
      KilnValue v = R(3);
      if (!isNumber(v)) {
        SYNC_PC();
        v = kiln_rt_to_numeric(krt, v);
        CHECK(v);
      }
      R(1) = v;
      NEXT(ToNumeric);
    }
    UNARY(ToString, kiln_rt_to_string)
    UNARY(BitNot, kiln_rt_bitnot)
    UNARY(Typeof, kiln_rt_typeof)
    FAST_UNARY(Inc, fastpath::inc, kiln_rt_inc)
    FAST_UNARY(Dec, fastpath::dec, kiln_rt_dec)
    HOT_CASE(IsNullish) {
      R(1) = makeBool(isNullish(R(3)));
      NEXT(IsNullish);
    }
    HOT_CASE(Not) {
      R(1) = kiln_rt_not(R(3));
      NEXT(Not);
    }
    RESULT(NewObject, kiln_rt_new_object(krt))
    CASE(NewArray) {
      uint32_t length = u32(pc + 3);
      KilnValue r = kiln_rt_new_array(krt, length);
      CHECK(r);
      R(1) = r;
      if (length)
        CHECK(setArrayLength(rt, asObject(r), length));
      NEXT(NewArray);
    }
    // Property and element access: the cache hits and dense-array cases
    // (object/PropertyCache.h, ElementFastPaths.h) inline.
    HOT_CASE(GetProp) {
      KilnPropertyCache *cache = &fn->caches[u16(pc + 9)];
      KilnValue object = R(3), r;
      if (!cachedGet(rt, object, cache, r) &&
          !lengthOf(rt, object, STRING(5), r)) {
        SYNC_PC();
        r = kiln_rt_get_prop_ic(krt, object, STRING(5), cache);
        CHECK(r);
      }
      R(1) = r;
      NEXT(GetProp);
    }
    HOT_CASE(PutProp) {
      KilnPropertyCache *cache = &fn->caches[u16(pc + 9)];
      if (!cachedPut(R(1), cache, R(7))) {
        SYNC_PC();
        CHECK(kiln_rt_put_prop_ic(krt, R(1), STRING(3), R(7), cache));
      }
      NEXT(PutProp);
    }
    HOT_CASE(GetElem) {
      KilnValue object = R(3), key = R(5), r;
      if (!isObject(object) || !isInt32(key) || asInt32(key) < 0 ||
          !denseElement(asObject(object), uint32_t(asInt32(key)), r)) {
        SYNC_PC();
        r = kiln_rt_get_elem(krt, object, key);
        CHECK(r);
      }
      R(1) = r;
      NEXT(GetElem);
    }
    CASE(PutElem) {
      KilnValue object = R(1), key = R(3), stored;
      if (!isObject(object) || !isInt32(key) || asInt32(key) < 0 ||
          !denseSet(rt, asObject(object), uint32_t(asInt32(key)), R(5), stored))
        stored = kiln_rt_put_elem(krt, object, key, R(5));
      CHECK(stored);
      NEXT(PutElem);
    }
    CASE(DefineProp) {
      CHECK(kiln_rt_define_prop(krt, R(1), STRING(3), R(7)));
      NEXT(DefineProp);
    }
    CASE(DefineElem) {
      CHECK(kiln_rt_define_elem(krt, R(1), R(3), R(5)));
      NEXT(DefineElem);
    }
    CASE(DefineIndex) {
      CHECK(kiln_rt_define_index(krt, R(1), u32(pc + 3), R(7)));
      NEXT(DefineIndex);
    }
    CASE(ArrayAppend) {
      CHECK(kiln_rt_array_append(krt, R(1), R(3)));
      NEXT(ArrayAppend);
    }
    CASE(ArrayAppendHole) {
      CHECK(kiln_rt_array_append_hole(krt, R(1)));
      NEXT(ArrayAppendHole);
    }
    CASE(AppendSpread) {
      CHECK(kiln_rt_array_append_spread(krt, R(1), R(3)));
      NEXT(AppendSpread);
    }
    CASE(CopyDataProperties) {
      CHECK(kiln_rt_copy_data_properties(krt, R(1), R(3)));
      NEXT(CopyDataProperties);
    }
    RESULT(DeleteProp, kiln_rt_delete_prop(krt, R(3), STRING(5)))
    BINARY(DeleteElem, kiln_rt_delete_elem)
    CASE(CreateClosure) {
      Script *s = script;
      VMFunction *target = &s->functions[u16(pc + 3)];
      uint32_t name = target->view.name;
      FunctionCell *f =
          newFunction(rt, target, nullptr, R(5),
                      name == bc::kNoName ? stringValue(rt.emptyString())
                                          : s->values[name]);
      if (!f)
        goto exception;
      R(1) = objectValue(&f->object);
      // `length` and `name`: configurable only, as for every function.
      if (isException(defineOwnProperty(
              rt, &f->object,
              PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)),
              PropertyDescriptor::data(makeInt32(target->view.paramCount),
                                       KILN_ATTR_CONFIGURABLE))) ||
          isException(defineOwnProperty(
              rt, &f->object,
              PropertyKey::fromName(rt.atomValue(PredefinedAtom::name)),
              PropertyDescriptor::data(f->name, KILN_ATTR_CONFIGURABLE))))
        goto exception;
      // Arrows see the home object of the method they are created in.
      if (target->view.flags & bc::FunctionFlagArrow)
        f->homeObject = asFunction(frame->window[0])->homeObject;
      // Constructors have an own `prototype` that scripts may read and
      // extend before any `new`.
      if (isConstructorCode(target->view.flags) &&
          isException(functionPrototype(rt, R(1))))
        goto exception;
      NEXT(CreateClosure);
    }
    CASE(Call) {
      static_assert(sizeOf<Opcode::Call>() == sizeOf<Opcode::Construct>());
      construct = false;
      goto doCall;
    doCall:
      uint32_t dst = u16(pc + 1), base = u16(pc + 3), argc = u16(pc + 5);
      if (uint64_t(base) + 2 + argc > fn->view.registerCount) {
        rt.raise(ErrorKind::TypeError, "call arguments outside the frame");
        goto exception;
      }
      KilnValue *window = regs + base;
      KilnValue callee = window[0];
      if (!isCallable(callee)) {
        notCallable(rt, construct ? "value is not a constructor"
                                  : "value is not a function");
        goto exception;
      }
      FunctionCell *f = asFunction(callee);
      if (f->native) {
        KilnValue r =
            f->native(rt, callee, window[1], window + 2, argc, construct);
        CHECK(r);
        regs[dst] = r;
        NEXT(Call);
      }
      if (construct) {
        KilnValue self = constructThis(rt, callee);
        CHECK(self);
        window[1] = self;
      }
      frame->resumePc = uint32_t(pc - code) + sizeOf<Opcode::Call>();
      if (!pushFrame(vm, f->code, window, argc, construct, dst, false))
        goto exception;
      LOAD_FRAME();
      pc = code;
      DISPATCH();
    }
    CASE(Construct) {
      construct = true;
      goto doCall;
    }
    CASE(CallArray) {
      construct = false;
      goto doCallArray;
    doCallArray:
      // The arguments are spread into a window pushed on the register stack
      // above this frame; the callee's frame pops it.
      uint32_t dst = u16(pc + 1);
      KilnValue callee = R(3);
      KilnValue thisValue = construct ? KILN_VALUE_UNDEFINED : R(5);
      KilnValue array = construct ? R(5) : R(7);
      uint32_t size = construct ? sizeOf<Opcode::ConstructArray>()
                                : sizeOf<Opcode::CallArray>();
      uint32_t saved = vm.top;
      KilnValue *window = pushSpreadWindow(vm, callee, thisValue, array);
      if (!window)
        goto exception;
      uint32_t argc = vm.top - saved - 2;
      if (!isCallable(callee)) {
        vm.top = saved;
        notCallable(rt, construct ? "value is not a constructor"
                                  : "value is not a function");
        goto exception;
      }
      FunctionCell *f = asFunction(callee);
      if (f->native) {
        KilnValue r =
            f->native(rt, callee, window[1], window + 2, argc, construct);
        vm.top = saved;
        CHECK(r);
        regs[dst] = r;
        pc += size;
        DISPATCH();
      }
      if (construct) {
        KilnValue self = constructThis(rt, callee);
        if (isException(self)) {
          vm.top = saved;
          goto exception;
        }
        window[1] = self;
      }
      frame->resumePc = uint32_t(pc - code) + size;
      if (!pushFrame(vm, f->code, window, argc, construct, dst, false)) {
        vm.top = saved;
        goto exception;
      }
      vm.frames[vm.depth - 1].windowSlots = 2 + argc;
      LOAD_FRAME();
      pc = code;
      DISPATCH();
    }
    CASE(ConstructArray) {
      construct = true;
      goto doCallArray;
    }
    CASE(Catch) {
      R(1) = rt.takeException();
      NEXT(Catch);
    }
    CASE(SetHandler) {
      frame->handler = uint32_t(int64_t(pc - code) + s32(pc + 1));
      NEXT(SetHandler);
    }
    CASE(ClearHandler) {
      frame->handler = kNoHandler;
      NEXT(ClearHandler);
    }
    CASE(Throw) {
      kiln_rt_throw(krt, R(1));
      goto exception;
    }
    CASE(Unreachable) {
      rt.raise(ErrorKind::Error, "unreachable code was reached");
      goto exception;
    }
    UNARY(CopyEnv, kiln_rt_copy_env)
    UNARY(ToPropertyKey, kiln_rt_to_property_key)
    UNARY(GetIterator, kiln_rt_get_iterator)
    UNARY(IteratorStep, kiln_rt_iterator_step)
    UNARY(IteratorValue, kiln_rt_iterator_value)
    UNARY(ForInKeys, kiln_rt_for_in_keys)
    UNARY(ForInNext, kiln_rt_for_in_next)
    CASE(LoadNewTarget) {
      R(1) = frame->newTarget;
      NEXT(LoadNewTarget);
    }
    RESULT(CreateArguments,
           kiln_rt_create_arguments(krt, frame->window + 2, frame->argc))
    CASE(RequireObjectCoercible) {
      CHECK(kiln_rt_require_object_coercible(krt, R(1)));
      NEXT(RequireObjectCoercible);
    }
    CASE(CopyDataPropertiesExcept) {
      CHECK(kiln_rt_copy_data_properties_except(krt, R(1), R(3), R(5)));
      NEXT(CopyDataPropertiesExcept);
    }
    CASE(IteratorClose) {
      CHECK(kiln_rt_iterator_close(krt, R(1)));
      NEXT(IteratorClose);
    }
    CASE(IteratorCloseAbrupt) {
      kiln_rt_iterator_close_abrupt(krt, R(1));
      NEXT(IteratorCloseAbrupt);
    }
    // Classes, methods and private names (vm/Classes.cpp).
    RESULT(DefineClass,
           defineClass(rt, &script->functions[u16(pc + 3)], R(5), R(7)))
    CASE(DefineMethod) {
      CHECK(kiln_rt_define_method(krt, R(1), R(3), R(5), pc[7]));
      NEXT(DefineMethod);
    }
    CASE(DefineAccessor) {
      CHECK(kiln_rt_define_accessor(krt, R(1), R(3), R(5), pc[7]));
      NEXT(DefineAccessor);
    }
    CASE(SetHomeObject) {
      kiln_rt_set_home_object(krt, R(1), R(3));
      NEXT(SetHomeObject);
    }
    CASE(LoadHomeObject) {
      R(1) = asFunction(frame->window[0])->homeObject;
      NEXT(LoadHomeObject);
    }
    CASE(SetFieldInitializer) {
      kiln_rt_set_field_initializer(krt, R(1), R(3));
      NEXT(SetFieldInitializer);
    }
    CASE(InitFields) {
      CHECK(kiln_rt_init_fields(krt, R(1), R(3)));
      NEXT(InitFields);
    }
    CASE(DefineField) {
      CHECK(kiln_rt_define_field(krt, R(1), R(3), R(5)));
      NEXT(DefineField);
    }
    CASE(SuperCall) {
      uint32_t base = u16(pc + 3), argc = u16(pc + 5);
      if (uint64_t(base) + 2 + argc > fn->view.registerCount) {
        rt.raise(ErrorKind::TypeError, "call arguments outside the frame");
        goto exception;
      }
      KilnValue *w = regs + base;
      KilnValue r = kiln_rt_super_call(krt, w[0], w[1], w + 2, argc);
      CHECK(r);
      R(1) = r;
      NEXT(SuperCall);
    }
    RESULT(SuperCallArray, kiln_rt_super_call_with_array(krt, R(3), R(5), R(7)))
    CASE(CheckThisUnbound) {
      CHECK(kiln_rt_check_this_unbound(krt, R(1)));
      NEXT(CheckThisUnbound);
    }
    BINARY(DerivedCtorResult, kiln_rt_derived_ctor_result)
    RESULT(GetSuper, kiln_rt_get_super(krt, R(3), R(5), R(7)))
    CASE(PutSuper) {
      CHECK(kiln_rt_put_super(krt, R(1), R(3), R(5), R(7)));
      NEXT(PutSuper);
    }
    RESULT(CreatePrivateName, kiln_rt_create_private_name(krt, STRING(3)))
    BINARY(GetPrivate, kiln_rt_get_private)
    CASE(PutPrivate) {
      CHECK(kiln_rt_put_private(krt, R(1), R(3), R(5)));
      NEXT(PutPrivate);
    }
    CASE(DefinePrivateField) {
      CHECK(kiln_rt_define_private_field(krt, R(1), R(3), R(5)));
      NEXT(DefinePrivateField);
    }
    CASE(SetPrivateMethod) {
      CHECK(kiln_rt_set_private_method(krt, R(1), R(3), pc[5]));
      NEXT(SetPrivateMethod);
    }
    CASE(AddPrivateMethods) {
      CHECK(kiln_rt_add_private_methods(krt, R(1), R(3)));
      NEXT(AddPrivateMethods);
    }
    BINARY(PrivateIn, kiln_rt_private_in)
    CASE(SetLiteralProto) {
      kiln_rt_set_literal_proto(krt, R(1), R(3));
      NEXT(SetLiteralProto);
    }
    CASE(SetFunctionName) {
      CHECK(kiln_rt_set_function_name(krt, R(1), R(3)));
      NEXT(SetFunctionName);
    }
    CASE(ThrowDeleteSuper) {
      kiln_rt_throw_delete_super(krt);
      goto exception;
    }
    CASE(GetTemplateObject) {
      uint32_t base = u16(pc + 3), count = u16(pc + 5);
      if (uint64_t(base) + 2 * uint64_t(count) > fn->view.registerCount) {
        rt.raise(ErrorKind::TypeError, "template strings outside the frame");
        goto exception;
      }
      KilnValue *slot = templateObjectSlot(rt, *fn->script, u32(pc + 7));
      KilnValue r =
          slot ? kiln_rt_get_template_object(krt, slot, regs + base, count)
               : KILN_VALUE_EXCEPTION;
      CHECK(r);
      R(1) = r;
      NEXT(GetTemplateObject);
    }
    // Async functions (vm/Async.cpp): Await saves the frame and pops it
    // like a return of the function's promise.
    CASE(Await) {
      KilnValue r = asyncAwait(vm, *frame, R(1),
                               uint32_t(int64_t(pc - code) + s32(pc + 3)));
      CHECK(r);
      result = r;
      goto popFrame;
    }
    RESULT(ResumeValue, asyncResumeValue(vm, *frame))
#if !defined(__GNUC__)
  }
#endif

exception:
  for (;;) {
    if (frame->handler != kNoHandler) {
      pc = code + frame->handler;
      DISPATCH();
    }
    // An exception leaving an async function rejects its promise, which
    // the caller receives as the result.
    if (fn->view.flags & bc::FunctionFlagAsync) {
      result = asyncThrow(vm, *frame);
      if (!isException(result))
        goto popFrame;
    }
    bool toHost = frame->returnsToHost;
    vm.top = uint32_t(frame->regs - vm.stack) - frame->windowSlots;
    --vm.depth;
    if (toHost)
      return KILN_VALUE_EXCEPTION;
    LOAD_FRAME();
  }
}
