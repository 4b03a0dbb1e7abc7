//===- Printer.cpp - KIR's stable text form
//--------------------------------===//
//
// Prints a Module for `kilnc --emit=ir` and FileCheck tests. The format is
// part of Kiln's test contract and changes only deliberately:
//
//   function @1 f(a, b) params=2 locals=2 env=none
//   bb0:
//     %0 = load_param 0
//     store_local 0, %0
//     ...
//   bb3: unwind=bb5
//
// Registers print as %N, blocks as bbN, functions as @N, numbers in shortest
// round-trip form and strings double-quoted with JSON-style escapes.
// `env=N` is the size of the environment the function creates on entry.
//
//===----------------------------------------------------------------------===//
#include "kiln/KIR/KIR.h"
#include "kiln/Support/NumberFormat.h"
#include "kiln/Support/Quoting.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace kiln;
using namespace kiln::kir;

static void printOperand(const Operand &op, llvm::raw_ostream &os) {
  switch (op.getKind()) {
  case Operand::Kind::Reg:
    os << '%' << op.getReg();
    return;
  case Operand::Kind::Imm:
    os << op.getImm();
    return;
  case Operand::Kind::Number:
    os << formatShortestDouble(op.getNumber());
    return;
  case Operand::Kind::String:
    writeQuoted(os, op.getString().str());
    return;
  case Operand::Kind::Block:
    os << "bb" << op.getBlock()->getID();
    return;
  case Operand::Kind::Function:
    os << '@' << op.getFunction()->getIndex();
    return;
  }
}

/// Methods and class constructors are marked in the function's header;
/// normal functions and arrows (told apart by their names) are not.
static const char *kindSuffix(FunctionKind kind) {
  switch (kind) {
  case FunctionKind::Method:
    return " method";
  case FunctionKind::ClassConstructor:
    return " constructor";
  case FunctionKind::DerivedConstructor:
    return " derived-constructor";
  case FunctionKind::Normal:
  case FunctionKind::Arrow:
    break;
  }
  return "";
}

static void printFunction(const Function &fn, llvm::raw_ostream &os) {
  os << "function @" << fn.getIndex() << ' ' << fn.getName() << '(';
  for (size_t i = 0; i < fn.getParamNames().size(); ++i)
    os << (i ? ", " : "") << fn.getParamNames()[i];
  os << ")" << (fn.isAsync() ? " async" : "") << kindSuffix(fn.getKind())
     << " params=" << fn.getParamNames().size()
     << " locals=" << fn.getNumLocals() << " env=";
  if (fn.getEnvSlots())
    os << fn.getEnvSlots();
  else
    os << "none";
  if (fn.getParent())
    os << " parent=@" << fn.getParent()->getIndex();
  os << '\n';
  for (const auto &bb : fn.getBlocks()) {
    os << "bb" << bb->getID() << ':';
    if (BasicBlock *unwind = bb->getUnwindTarget())
      os << " unwind=bb" << unwind->getID();
    os << '\n';
    for (const Instruction &inst : bb->getInstructions()) {
      os << "  ";
      if (inst.getResult() != NoReg)
        os << '%' << inst.getResult() << " = ";
      os << inst.getInfo().spelling;
      bool first = true;
      for (const Operand &op : inst.getOperands()) {
        os << (first ? " " : ", ");
        first = false;
        printOperand(op, os);
      }
      os << '\n';
    }
  }
}

void kir::printModule(const Module &module, llvm::raw_ostream &os) {
  bool first = true;
  for (const auto &fn : module.getFunctions()) {
    if (!first)
      os << '\n';
    first = false;
    printFunction(*fn, os);
  }
}
