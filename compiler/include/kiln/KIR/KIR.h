//===- KIR.h - Kiln's mid-level intermediate representation -----*- C++ -*-===//
//
// KIR is the single input of Kiln's back ends (the register bytecode VM and
// the LLVM back end). A Module holds Functions; a Function is a control-flow
// graph of BasicBlocks; a BasicBlock is a list of Instructions ending in
// exactly one terminator. Instructions read and define numbered virtual
// registers. KIR is not SSA: a register is defined by exactly one
// instruction, but JavaScript variables that are not captured live in
// numbered per-function *locals* read and written with load_local /
// store_local. A register VM maps locals to frame registers directly, and
// the LLVM back end maps each local to an alloca that mem2reg promotes, so
// neither back end needs phi construction from KIRGen. Captured variables
// live in heap environment records (create_env / load_env / store_env).
//
// Exception edges: a block may name an unwind target; every instruction in
// it that may throw transfers control there, where a `catch` instruction
// yields the exception (LLVM: invoke / a checked call's error branch).
//
// Instruction semantics are named, not implemented: each opcode's runtime
// operation is listed in KIROps.def.
//
// Async functions: a Function marked async is lowered like any other, and
// each `await` ends its block with the terminator `await %value, resume`.
// The resume block begins with `resume_value`, which yields the settled
// value or throws the rejection reason; the resume block has the same
// unwind target as the await's block, so a rejection inside `try` reaches
// its `catch`. Every register and local of the function survives the
// suspension, so KIRGen needs no spilling:
//  - the VM allocates the frame of an async function on the heap; `await`
//    saves the resume block's address in it and returns to the event loop,
//    and the promise reaction re-enters the frame there;
//  - the LLVM back end lowers an async function to an LLVM coroutine
//    (switch-resumed: llvm.coro.id / begin / suspend), one suspend point
//    per await with its resume block as the resume destination; CoroSplit
//    puts whatever is live across a suspend point into the coroutine frame.
// Calling an async function creates its promise and runs it to its first
// await (kiln_rt_call does this for functions flagged async); `return`
// resolves that promise and an exception leaving the function rejects it.
//
// Modules: the function of an ES module's top level ends by building its
// namespace object (new_object, set_literal_proto null, one define_prop per
// exported name in code-unit order) and returns it; a script's returns
// undefined. Hosts find a handler's exports there (docs/bytecode.md).
//
// Tagged templates: KIRGen numbers a module's tagged-template sites from 0
// and lowers each to `get_template_object site, %cooked..., %raw...` and a
// call of the tag. The back end owns one GC-rooted cache slot per site (the
// VM: Script::templateObjects; the LLVM back end: a rooted module global per
// site) and passes it to kiln_rt_get_template_object, which makes the frozen
// template object once and returns the cached one afterwards, so the same
// site yields the same object on every evaluation, as GetTemplateObject
// requires.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_KIR_KIR_H
#define KILN_KIR_KIR_H

#include "kiln/Support/Atom.h"
#include "kiln/Support/SourceManager.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace kiln::kir {

enum class Opcode : uint8_t {
#define KIR_OP(Name, Spelling, Operands, Result, Effects, Terminator, Runtime) \
  Name,
#include "kiln/KIR/KIROps.def"
  NumOpcodes
};

enum class Effects : uint8_t { None, Read, Write, Call };

/// Properties of an opcode, from KIROps.def.
struct OpcodeInfo {
  llvm::StringRef spelling;
  /// The operand signature (see KIROps.def).
  llvm::StringRef operands;
  bool hasResult;
  Effects effects;
  bool isTerminator;
  llvm::StringRef runtime;
};
const OpcodeInfo &getOpcodeInfo(Opcode op);
/// True if the instruction may throw (its effects are Call).
bool mayThrow(Opcode op);

class BasicBlock;
class Function;

/// What kind of callable a Function is; the back ends derive from it
/// whether the function is a constructor and how it binds `this`.
enum class FunctionKind : uint8_t {
  /// A function declaration or expression (and the top-level code).
  Normal,
  /// An arrow function: lexical `this`, not a constructor.
  Arrow,
  /// A method, getter or setter of a class or object literal, a class's
  /// field initializer or static element: not a constructor.
  Method,
  /// The constructor of a class without `extends`: only `new` may call it.
  ClassConstructor,
  /// The constructor of a class with `extends`: `this` starts unbound.
  DerivedConstructor,
};

/// A virtual register number within one function.
using Reg = uint32_t;
constexpr Reg NoReg = ~0u;

class Operand {
public:
  enum class Kind : uint8_t { Reg, Imm, Number, String, Block, Function };

  static Operand reg(Reg r) { return Operand(Kind::Reg, r); }
  static Operand imm(uint32_t v) { return Operand(Kind::Imm, v); }
  static Operand number(double d) {
    Operand o(Kind::Number, 0);
    o.number_ = d;
    return o;
  }
  static Operand string(Atom a) {
    Operand o(Kind::String, 0);
    o.string_ = a;
    return o;
  }
  static Operand block(BasicBlock *bb) {
    Operand o(Kind::Block, 0);
    o.block_ = bb;
    return o;
  }
  static Operand function(Function *fn) {
    Operand o(Kind::Function, 0);
    o.function_ = fn;
    return o;
  }

  Kind getKind() const { return kind_; }
  Reg getReg() const { return value_; }
  void setReg(Reg r) {
    assert(kind_ == Kind::Reg);
    value_ = r;
  }
  uint32_t getImm() const { return value_; }
  double getNumber() const { return number_; }
  Atom getString() const { return string_; }
  BasicBlock *getBlock() const { return block_; }
  Function *getFunction() const { return function_; }

private:
  Operand(Kind k, uint32_t v) : kind_(k), value_(v) {}
  Kind kind_;
  uint32_t value_;
  double number_ = 0;
  Atom string_;
  BasicBlock *block_ = nullptr;
  Function *function_ = nullptr;
};

class Instruction {
public:
  Instruction(Opcode op, Reg result, llvm::ArrayRef<Operand> operands,
              SourceLoc loc)
      : op_(op), result_(result), operands_(operands.begin(), operands.end()),
        loc_(loc) {}

  Opcode getOpcode() const { return op_; }
  const OpcodeInfo &getInfo() const { return getOpcodeInfo(op_); }
  bool isTerminator() const { return getInfo().isTerminator; }
  /// The defined register, or NoReg.
  Reg getResult() const { return result_; }
  llvm::ArrayRef<Operand> getOperands() const { return operands_; }
  llvm::MutableArrayRef<Operand> getOperands() { return operands_; }
  void setResult(Reg r) { result_ = r; }
  SourceLoc getLoc() const { return loc_; }

private:
  Opcode op_;
  Reg result_;
  llvm::SmallVector<Operand, 3> operands_;
  SourceLoc loc_;
};

class BasicBlock {
public:
  explicit BasicBlock(uint32_t id) : id_(id) {}
  uint32_t getID() const { return id_; }
  void setID(uint32_t id) { id_ = id; }
  std::vector<Instruction> &getInstructions() { return insts_; }
  const std::vector<Instruction> &getInstructions() const { return insts_; }
  bool isTerminated() const {
    return !insts_.empty() && insts_.back().isTerminator();
  }
  /// Layout position: the order in which lowering started filling blocks
  /// (~0u until then); dumps list blocks in this order.
  uint32_t getLayoutOrder() const { return layout_; }
  void setLayoutOrder(uint32_t n) { layout_ = n; }
  /// Where throwing instructions of this block transfer control; null when
  /// an exception leaves the function.
  BasicBlock *getUnwindTarget() const { return unwind_; }
  void setUnwindTarget(BasicBlock *bb) { unwind_ = bb; }

private:
  uint32_t id_;
  uint32_t layout_ = ~0u;
  BasicBlock *unwind_ = nullptr;
  std::vector<Instruction> insts_;
};

class Function {
public:
  Function(uint32_t index, std::string name, Function *parent)
      : index_(index), name_(std::move(name)), parent_(parent) {}

  /// Position in the module; function 0 is the top-level code.
  uint32_t getIndex() const { return index_; }
  llvm::StringRef getName() const { return name_; }
  void setName(std::string name) { name_ = std::move(name); }
  /// An async function (see "Async functions" above).
  bool isAsync() const { return isAsync_; }
  void setAsync(bool v) { isAsync_ = v; }
  FunctionKind getKind() const { return kind_; }
  void setKind(FunctionKind k) { kind_ = k; }
  /// The function this one is nested in (null for the top level).
  Function *getParent() const { return parent_; }

  /// ExpectedArgumentCount: the parameters before the first one with a
  /// default or the rest (the function's `length`).
  uint32_t getLength() const { return length_; }
  void setLength(uint32_t n) { length_ = n; }
  std::vector<std::string> &getParamNames() { return params_; }
  const std::vector<std::string> &getParamNames() const { return params_; }
  uint32_t getNumLocals() const { return numLocals_; }
  uint32_t getNumRegs() const { return numRegs_; }
  /// The number of slots of the environment created on entry, if any.
  uint32_t getEnvSlots() const { return envSlots_; }
  void setEnvSlots(uint32_t n) { envSlots_ = n; }

  uint32_t newLocal() { return numLocals_++; }
  void setNumRegs(uint32_t n) { numRegs_ = n; }
  Reg newReg() { return numRegs_++; }
  BasicBlock *newBlock();
  std::vector<std::unique_ptr<BasicBlock>> &getBlocks() { return blocks_; }
  const std::vector<std::unique_ptr<BasicBlock>> &getBlocks() const {
    return blocks_;
  }
  /// Gives \p bb the next layout position unless it has one.
  void placeBlock(BasicBlock *bb) {
    if (bb->getLayoutOrder() == ~0u)
      bb->setLayoutOrder(nextLayout_++);
  }
  /// Removes blocks unreachable from the entry and renumbers the rest in
  /// layout order.
  void removeUnreachableBlocks();
  /// Renumbers registers densely in the order their definitions appear, so
  /// that dumps read top to bottom whatever order the builder used.
  void renumberRegisters();

private:
  uint32_t index_;
  std::string name_;
  Function *parent_;
  std::vector<std::string> params_;
  uint32_t numLocals_ = 0;
  uint32_t numRegs_ = 0;
  uint32_t envSlots_ = 0;
  bool isAsync_ = false;
  FunctionKind kind_ = FunctionKind::Normal;
  uint32_t length_ = 0;
  uint32_t nextLayout_ = 0;
  std::vector<std::unique_ptr<BasicBlock>> blocks_;
};

class Module {
public:
  Function *newFunction(std::string name, Function *parent) {
    functions_.push_back(std::make_unique<Function>(uint32_t(functions_.size()),
                                                    std::move(name), parent));
    return functions_.back().get();
  }
  const std::vector<std::unique_ptr<Function>> &getFunctions() const {
    return functions_;
  }

private:
  std::vector<std::unique_ptr<Function>> functions_;
};

/// Appends instructions at an insertion point.
class Builder {
public:
  explicit Builder(Function *fn = nullptr) : fn_(fn) {}
  void setFunction(Function *fn) {
    fn_ = fn;
    bb_ = nullptr;
  }
  Function *getFunction() const { return fn_; }
  void setInsertBlock(BasicBlock *bb) {
    bb_ = bb;
    if (bb)
      fn_->placeBlock(bb);
  }
  BasicBlock *getInsertBlock() const { return bb_; }
  void setLoc(SourceLoc loc) { loc_ = loc; }

  /// Appends \p op with \p operands; returns its result register (NoReg for
  /// an opcode without one). The current block must not be terminated.
  Reg emit(Opcode op, std::initializer_list<Operand> operands = {});
  Reg emit(Opcode op, llvm::ArrayRef<Operand> operands);

private:
  Function *fn_;
  BasicBlock *bb_ = nullptr;
  SourceLoc loc_;
};

/// Prints \p module in KIR's stable text form (see Printer.cpp).
void printModule(const Module &module, llvm::raw_ostream &os);

} // namespace kiln::kir

#endif
