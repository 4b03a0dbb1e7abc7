//===- Interpreter.cpp - The register bytecode interpreter ----------------===//
//
// Executes verified bytecode. Dispatch is computed goto with GCC and Clang
// and a switch elsewhere, both generated from Opcodes.def. Calls between
// bytecode functions push a Frame and continue in the same loop, so
// JavaScript recursion does not recurse in C++; only calls that enter from
// C++ (the runtime's call hook, the host) start a nested loop, which returns
// when its first frame does. Every operation is the kiln_rt_* function
// KIROps.def names; handlers inline only the int32 fast paths those
// functions would compute the same way. An exception continues at the
// frame's current handler (set by SetHandler) or unwinds the frame.
// Backward jumps poll the VM's interrupt flag.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "ops/Conversions.h"
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
  pc = code;

#if defined(__GNUC__)
  static void *const kLabels[] = {
#define KILN_OPCODE(Name, Flow, ...) &&op_##Name,
#include "kiln/Opcodes.def"
  };
#define DISPATCH()                                                             \
  do {                                                                         \
    frame->pc = uint32_t(pc - code);                                           \
    goto *kLabels[*pc];                                                        \
  } while (0)
#define CASE(Name) op_##Name:
#else
#define DISPATCH() goto dispatch
#define CASE(Name) case Opcode::Name:
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
#define COMPARE(Name, fn, op)                                                  \
  CASE(Name) {                                                                 \
    KilnValue a = R(3), b = R(5), r;                                           \
    if (isInt32(a) && isInt32(b))                                              \
      r = makeBool(asInt32(a) op asInt32(b));                                  \
    else                                                                       \
      r = fn(krt, a, b);                                                       \
    CHECK(r);                                                                  \
    R(1) = r;                                                                  \
    NEXT(Name);                                                                \
  }
#define JUMP(offset)                                                           \
  do {                                                                         \
    int32_t o_ = (offset);                                                     \
    if (o_ <= 0 && vm.interruptRequested) {                                    \
      vm.interruptRequested = false;                                           \
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

    CASE(Nop) { NEXT(Nop); }
    CASE(LoadConst) {
      regs[pc[1]] = script->values[script->module.stringCount() +
                                   fn->view.constantBase + u16(pc + 2)];
      NEXT(LoadConst);
    }
    CASE(LoadConstLong) {
      R(1) = script->values[script->module.stringCount() +
                            fn->view.constantBase + u32(pc + 3)];
      NEXT(LoadConstLong);
    }
    CASE(LoadInt) {
      regs[pc[1]] = makeInt32(s32(pc + 2));
      NEXT(LoadInt);
    }
    CASE(Mov) {
      regs[pc[1]] = regs[pc[2]];
      NEXT(Mov);
    }
    CASE(MovLong) {
      R(1) = R(3);
      NEXT(MovLong);
    }
    CASE(Jmp) { JUMP(s32(pc + 1)); }
    CASE(JmpShort) { JUMP(int8_t(pc[1])); }
    CASE(JmpIfTrue) {
      if (toBoolean(regs[pc[1]]))
        JUMP(s32(pc + 2));
      NEXT(JmpIfTrue);
    }
    CASE(JmpIfFalse) {
      if (!toBoolean(regs[pc[1]]))
        JUMP(s32(pc + 2));
      NEXT(JmpIfFalse);
    }
    CASE(JmpIfFalseLong) {
      if (!toBoolean(R(1)))
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
    CASE(LoadUndefined) {
      R(1) = KILN_VALUE_UNDEFINED;
      NEXT(LoadUndefined);
    }
    CASE(LoadNull) {
      R(1) = KILN_VALUE_NULL;
      NEXT(LoadNull);
    }
    CASE(LoadTrue) {
      R(1) = KILN_VALUE_TRUE;
      NEXT(LoadTrue);
    }
    CASE(LoadFalse) {
      R(1) = KILN_VALUE_FALSE;
      NEXT(LoadFalse);
    }
    CASE(LoadEmpty) {
      R(1) = KILN_VALUE_EMPTY;
      NEXT(LoadEmpty);
    }
    CASE(LoadString) {
      R(1) = STRING(3);
      NEXT(LoadString);
    }
    CASE(LoadParam) {
      uint32_t i = u16(pc + 3);
      R(1) = i < frame->argc ? frame->window[2 + i] : KILN_VALUE_UNDEFINED;
      NEXT(LoadParam);
    }
    RESULT(LoadRestParams, kiln_rt_rest_params(krt, frame->window + 2,
                                               frame->argc, u16(pc + 3)))
    CASE(LoadThis) {
      R(1) = frame->window[1];
      NEXT(LoadThis);
    }
    CASE(LoadCallee) {
      R(1) = frame->window[0];
      NEXT(LoadCallee);
    }
    CASE(LoadClosureEnv) {
      R(1) = asFunction(frame->window[0])->env;
      NEXT(LoadClosureEnv);
    }
    RESULT(CreateEnv, kiln_rt_create_env(krt, R(3), u16(pc + 5)))
    CASE(LoadEnv) {
      KilnValue *slot = envSlot(R(3), u16(pc + 5), u16(pc + 7));
      if (!slot) {
        rt.raise(ErrorKind::TypeError, "invalid environment access");
        goto exception;
      }
      R(1) = *slot;
      NEXT(LoadEnv);
    }
    CASE(StoreEnv) {
      KilnValue *slot = envSlot(R(1), u16(pc + 3), u16(pc + 5));
      if (!slot) {
        rt.raise(ErrorKind::TypeError, "invalid environment access");
        goto exception;
      }
      *slot = R(7);
      NEXT(StoreEnv);
    }
    CASE(CheckTDZ) {
      if (isEmpty(R(1))) {
        kiln_rt_throw_tdz(krt, STRING(3));
        goto exception;
      }
      NEXT(CheckTDZ);
    }
    CASE(ThrowConstAssign) {
      kiln_rt_throw_const_assign(krt, STRING(1));
      goto exception;
    }
    RESULT(LoadGlobal, kiln_rt_load_global(krt, STRING(3)))
    CASE(StoreGlobal) {
      CHECK(kiln_rt_store_global(krt, STRING(1), R(5)));
      NEXT(StoreGlobal);
    }
    RESULT(TypeofGlobal, kiln_rt_typeof_global(krt, STRING(3)))
    CASE(Add) {
      KilnValue a = R(3), b = R(5), r;
      int32_t sum;
      if (isInt32(a) && isInt32(b) &&
          !__builtin_add_overflow(asInt32(a), asInt32(b), &sum))
        r = makeInt32(sum);
      else
        r = kiln_rt_add(krt, a, b);
      CHECK(r);
      R(1) = r;
      NEXT(Add);
    }
    CASE(Sub) {
      KilnValue a = R(3), b = R(5), r;
      int32_t diff;
      if (isInt32(a) && isInt32(b) &&
          !__builtin_sub_overflow(asInt32(a), asInt32(b), &diff))
        r = makeInt32(diff);
      else
        r = kiln_rt_sub(krt, a, b);
      CHECK(r);
      R(1) = r;
      NEXT(Sub);
    }
    BINARY(Mul, kiln_rt_mul)
    BINARY(Div, kiln_rt_div)
    BINARY(Mod, kiln_rt_mod)
    BINARY(Exp, kiln_rt_exp)
    BINARY(Shl, kiln_rt_shl)
    BINARY(Shr, kiln_rt_shr)
    BINARY(UShr, kiln_rt_ushr)
    BINARY(BitAnd, kiln_rt_bitand)
    BINARY(BitOr, kiln_rt_bitor)
    BINARY(BitXor, kiln_rt_bitxor)
    BINARY(Eq, kiln_rt_loose_equals)
    CASE(Ne) {
      KilnValue r = kiln_rt_loose_equals(krt, R(3), R(5));
      CHECK(r);
      R(1) = makeBool(!asBool(r));
      NEXT(Ne);
    }
    CASE(StrictEq) {
      R(1) = kiln_rt_strict_equals(R(3), R(5));
      NEXT(StrictEq);
    }
    CASE(StrictNe) {
      R(1) = makeBool(!asBool(kiln_rt_strict_equals(R(3), R(5))));
      NEXT(StrictNe);
    }
    COMPARE(Lt, kiln_rt_less_than, <)
    COMPARE(Le, kiln_rt_less_equal, <=)
    COMPARE(Gt, kiln_rt_greater_than, >)
    COMPARE(Ge, kiln_rt_greater_equal, >=)
    BINARY(In, kiln_rt_in)
    BINARY(InstanceOf, kiln_rt_instanceof)
    UNARY(Neg, kiln_rt_neg)
    UNARY(ToNumber, kiln_rt_to_number)
    UNARY(ToNumeric, kiln_rt_to_numeric)
    UNARY(ToString, kiln_rt_to_string)
    UNARY(BitNot, kiln_rt_bitnot)
    UNARY(Typeof, kiln_rt_typeof)
    UNARY(Inc, kiln_rt_inc)
    UNARY(Dec, kiln_rt_dec)
    CASE(IsNullish) {
      R(1) = makeBool(isNullish(R(3)));
      NEXT(IsNullish);
    }
    CASE(Not) {
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
    CASE(GetProp) {
      uint32_t cache = u16(pc + 9);
      KilnValue r =
          kiln_rt_get_prop_ic(krt, R(3), STRING(5), &fn->caches[cache]);
      CHECK(r);
      R(1) = r;
      NEXT(GetProp);
    }
    CASE(PutProp) {
      uint32_t cache = u16(pc + 9);
      CHECK(
          kiln_rt_put_prop_ic(krt, R(1), STRING(3), R(7), &fn->caches[cache]));
      NEXT(PutProp);
    }
    BINARY(GetElem, kiln_rt_get_elem)
    CASE(PutElem) {
      CHECK(kiln_rt_put_elem(krt, R(1), R(3), R(5)));
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
      // Non-arrow functions are constructors with an own `prototype` that
      // scripts may read and extend before any `new`.
      if (!(target->view.flags & bc::FunctionFlagArrow) &&
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
      R(1) = frame->isConstruct ? frame->window[0] : KILN_VALUE_UNDEFINED;
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
#if !defined(__GNUC__)
  }
#endif

exception:
  for (;;) {
    if (frame->handler != kNoHandler) {
      pc = code + frame->handler;
      DISPATCH();
    }
    bool toHost = frame->returnsToHost;
    vm.top = uint32_t(frame->regs - vm.stack) - frame->windowSlots;
    --vm.depth;
    if (toHost)
      return KILN_VALUE_EXCEPTION;
    LOAD_FRAME();
  }
}
