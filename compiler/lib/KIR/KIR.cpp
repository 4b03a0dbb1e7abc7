//===- KIR.cpp - Opcode table, functions and the builder
//-------------------===//
//
// The opcode properties generated from KIROps.def, block management of
// Function (creation and removal of unreachable blocks) and the Builder that
// appends instructions.
//
//===----------------------------------------------------------------------===//
#include "kiln/KIR/KIR.h"

#include "llvm/ADT/DenseSet.h"

#include <algorithm>

using namespace kiln;
using namespace kiln::kir;

static const OpcodeInfo opcodeInfos[] = {
#define KIR_OP(Name, Spelling, Operands, Result, Effects_, Terminator,         \
               Runtime)                                                        \
  {Spelling,          Operands,        Result != 0,                            \
   Effects::Effects_, Terminator != 0, Runtime},
#include "kiln/KIR/KIROps.def"
};

const OpcodeInfo &kir::getOpcodeInfo(Opcode op) {
  assert(op < Opcode::NumOpcodes && "invalid opcode");
  return opcodeInfos[unsigned(op)];
}

bool kir::mayThrow(Opcode op) {
  return getOpcodeInfo(op).effects == Effects::Call;
}

BasicBlock *Function::newBlock() {
  blocks_.push_back(std::make_unique<BasicBlock>(uint32_t(blocks_.size())));
  return blocks_.back().get();
}

void Function::removeUnreachableBlocks() {
  if (blocks_.empty())
    return;
  llvm::DenseSet<BasicBlock *> reached;
  llvm::SmallVector<BasicBlock *, 16> work{blocks_.front().get()};
  reached.insert(blocks_.front().get());
  auto reach = [&](BasicBlock *bb) {
    if (bb && reached.insert(bb).second)
      work.push_back(bb);
  };
  while (!work.empty()) {
    BasicBlock *bb = work.pop_back_val();
    reach(bb->getUnwindTarget());
    for (const Instruction &inst : bb->getInstructions())
      for (const Operand &op : inst.getOperands())
        if (op.getKind() == Operand::Kind::Block)
          reach(op.getBlock());
  }
  std::vector<std::unique_ptr<BasicBlock>> kept;
  for (auto &bb : blocks_)
    if (reached.count(bb.get()))
      kept.push_back(std::move(bb));
  std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) {
    if (a->getLayoutOrder() != b->getLayoutOrder())
      return a->getLayoutOrder() < b->getLayoutOrder();
    return a->getID() < b->getID();
  });
  blocks_ = std::move(kept);
  for (uint32_t i = 0; i < blocks_.size(); ++i)
    blocks_[i]->setID(i);
}

void Function::renumberRegisters() {
  std::vector<Reg> newNumber(numRegs_, NoReg);
  Reg next = 0;
  for (auto &bb : blocks_)
    for (Instruction &inst : bb->getInstructions())
      if (inst.getResult() != NoReg && inst.getResult() < numRegs_) {
        newNumber[inst.getResult()] = next;
        inst.setResult(next++);
      }
  for (auto &bb : blocks_)
    for (Instruction &inst : bb->getInstructions())
      for (Operand &op : inst.getOperands())
        if (op.getKind() == Operand::Kind::Reg && op.getReg() < numRegs_ &&
            newNumber[op.getReg()] != NoReg)
          op.setReg(newNumber[op.getReg()]);
  numRegs_ = next;
}

Reg Builder::emit(Opcode op, std::initializer_list<Operand> operands) {
  return emit(op, llvm::ArrayRef<Operand>(operands.begin(), operands.size()));
}

Reg Builder::emit(Opcode op, llvm::ArrayRef<Operand> operands) {
  assert(bb_ && !bb_->isTerminated() && "emitting into a terminated block");
  Reg result = getOpcodeInfo(op).hasResult ? fn_->newReg() : NoReg;
  bb_->getInstructions().emplace_back(op, result, operands, loc_);
  return result;
}
