//===- Verifier.cpp - Structural checks of KIR
//-----------------------------===//
//
// Implements verifyModule (see Verifier.h). Each problem is reported as
// `kir verifier: @F bbB: message` so a failing dump points at the block.
//
//===----------------------------------------------------------------------===//
#include "kiln/KIR/Verifier.h"

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/raw_ostream.h"

using namespace kiln;
using namespace kiln::kir;

namespace {

class FunctionVerifier {
public:
  FunctionVerifier(const Function &fn, llvm::raw_ostream &errs)
      : fn_(fn), errs_(errs) {}

  bool run() {
    if (fn_.getBlocks().empty()) {
      fail(nullptr, "function has no blocks");
      return ok_;
    }
    for (const auto &bb : fn_.getBlocks())
      blocks_.insert(bb.get());
    // Registers are defined once; collect the definitions first so that a
    // use in a block printed before its definition's block is still legal.
    llvm::BitVector defined(fn_.getNumRegs());
    for (const auto &bb : fn_.getBlocks())
      for (const Instruction &inst : bb->getInstructions()) {
        Reg r = inst.getResult();
        if (r == NoReg)
          continue;
        if (r >= fn_.getNumRegs())
          fail(bb.get(),
               "result register %" + std::to_string(r) + " out of range");
        else if (defined.test(r))
          fail(bb.get(),
               "register %" + std::to_string(r) + " is defined twice");
        else
          defined.set(r);
      }
    llvm::DenseSet<const BasicBlock *> resumeTargets;
    for (const auto &bb : fn_.getBlocks())
      if (!bb->getInstructions().empty() &&
          bb->getInstructions().back().getOpcode() == Opcode::Await) {
        if (!fn_.isAsync())
          fail(bb.get(), "'await' outside an async function");
        resumeTargets.insert(
            bb->getInstructions().back().getOperands()[1].getBlock());
      }
    for (const auto &bb : fn_.getBlocks()) {
      const auto &insts = bb->getInstructions();
      bool startsWithResume =
          !insts.empty() && insts.front().getOpcode() == Opcode::ResumeValue;
      if (resumeTargets.count(bb.get()) != startsWithResume)
        fail(bb.get(), startsWithResume
                           ? "'resume_value' outside an await's resume block"
                           : "await resume block does not begin with "
                             "'resume_value'");
      for (size_t i = 1; i < insts.size(); ++i)
        if (insts[i].getOpcode() == Opcode::ResumeValue)
          fail(bb.get(), "'resume_value' must come first in its block");
    }
    llvm::DenseSet<const BasicBlock *> unwindTargets;
    for (const auto &bb : fn_.getBlocks())
      if (BasicBlock *u = bb->getUnwindTarget()) {
        if (!blocks_.count(u))
          fail(bb.get(), "unwind target is not a block of this function");
        unwindTargets.insert(u);
      }
    for (const auto &bb : fn_.getBlocks())
      verifyBlock(*bb, defined, unwindTargets.count(bb.get()) != 0);
    return ok_;
  }

private:
  void fail(const BasicBlock *bb, const std::string &msg) {
    errs_ << "kir verifier: @" << fn_.getIndex();
    if (bb)
      errs_ << " bb" << bb->getID();
    errs_ << ": " << msg << '\n';
    ok_ = false;
  }

  void verifyBlock(const BasicBlock &bb, const llvm::BitVector &defined,
                   bool isUnwindTarget) {
    const auto &insts = bb.getInstructions();
    if (insts.empty() || !insts.back().isTerminator())
      fail(&bb, "block does not end in a terminator");
    if (isUnwindTarget &&
        (insts.empty() || insts.front().getOpcode() != Opcode::Catch))
      fail(&bb, "unwind target does not begin with 'catch'");
    for (size_t i = 0; i < insts.size(); ++i) {
      const Instruction &inst = insts[i];
      if (inst.isTerminator() && i + 1 != insts.size())
        fail(&bb, "terminator '" + inst.getInfo().spelling.str() +
                      "' before the end of the block");
      if (inst.getOpcode() == Opcode::Catch && (i != 0 || !isUnwindTarget))
        fail(&bb, "'catch' must come first in an unwind target");
      verifyOperands(bb, inst, defined);
    }
  }

  void verifyOperands(const BasicBlock &bb, const Instruction &inst,
                      const llvm::BitVector &defined) {
    const OpcodeInfo &info = inst.getInfo();
    llvm::StringRef sig = info.operands;
    bool variadic = sig.consume_back("*");
    auto ops = inst.getOperands();
    std::string name = "'" + info.spelling.str() + "'";
    if (ops.size() < sig.size() || (!variadic && ops.size() != sig.size())) {
      fail(&bb, name + " has " + std::to_string(ops.size()) + " operands");
      return;
    }
    if ((inst.getResult() != NoReg) != info.hasResult)
      fail(&bb, name + " result does not match its opcode");
    for (size_t i = 0; i < ops.size(); ++i) {
      char want = i < sig.size() ? sig[i] : 'r';
      const Operand &op = ops[i];
      Operand::Kind kind;
      switch (want) {
      case 'r':
        kind = Operand::Kind::Reg;
        break;
      case 'i':
        kind = Operand::Kind::Imm;
        break;
      case 'n':
        kind = Operand::Kind::Number;
        break;
      case 's':
        kind = Operand::Kind::String;
        break;
      case 'b':
        kind = Operand::Kind::Block;
        break;
      default:
        kind = Operand::Kind::Function;
        break;
      }
      if (op.getKind() != kind) {
        fail(&bb, name + " operand " + std::to_string(i) + " has wrong kind");
        continue;
      }
      if (kind == Operand::Kind::Reg &&
          (op.getReg() >= fn_.getNumRegs() || !defined.test(op.getReg())))
        fail(&bb,
             name + " uses undefined register %" + std::to_string(op.getReg()));
      if (kind == Operand::Kind::Block && !blocks_.count(op.getBlock()))
        fail(&bb, name + " jumps to a block of another function");
      if (kind == Operand::Kind::Function && !op.getFunction())
        fail(&bb, name + " names no function");
    }
    Opcode opc = inst.getOpcode();
    if ((opc == Opcode::LoadLocal || opc == Opcode::StoreLocal) &&
        ops[0].getImm() >= fn_.getNumLocals())
      fail(&bb, name + " local " + std::to_string(ops[0].getImm()) +
                    " out of range");
    if (opc == Opcode::LoadParam &&
        ops[0].getImm() >= fn_.getParamNames().size())
      fail(&bb, name + " parameter out of range");
  }

  const Function &fn_;
  llvm::raw_ostream &errs_;
  llvm::DenseSet<const BasicBlock *> blocks_;
  bool ok_ = true;
};

} // namespace

bool kir::verifyModule(const Module &module, llvm::raw_ostream &errs) {
  bool ok = true;
  for (const auto &fn : module.getFunctions())
    ok &= FunctionVerifier(*fn, errs).run();
  return ok;
}
