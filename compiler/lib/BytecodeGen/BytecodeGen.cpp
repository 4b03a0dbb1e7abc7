//===- BytecodeGen.cpp - Lower KIR functions to register bytecode ---------===//
//
// Walks each KIR function's blocks in layout order and encodes one bytecode
// instruction (sometimes a few) per KIR instruction. Most KIR opcodes have a
// bytecode opcode of the same name whose operands are the KIR result
// register followed by the KIR operands in order, plus an inline-cache index
// for property and global access; the rest (numbers, locals, calls and
// terminators) are lowered by hand below. Jumps to blocks not yet placed are
// recorded and patched once every block has a pc.
//
//===----------------------------------------------------------------------===//
#include "kiln/BytecodeGen/BytecodeGen.h"

#include "kiln/Support/SourceManager.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <cstring>

using namespace kiln;
using namespace kiln::bytecode;

namespace {

constexpr uint32_t kMaxRegisters = 0xFFFF;
constexpr uint32_t kNoBytecode = ~0u;

/// The bytecode opcode named like each KIR opcode, or kNoBytecode for the
/// KIR opcodes lowered by hand.
uint32_t sameNamedOpcode(kir::Opcode op) {
  static const char *const kirNames[] = {
#define KIR_OP(Name, Spelling, Operands, Result, Effects, Terminator, Runtime) \
  #Name,
#include "kiln/KIR/KIROps.def"
  };
  static std::vector<uint32_t> table = [] {
    std::vector<uint32_t> t;
    for (const char *name : kirNames) {
      uint32_t found = kNoBytecode;
      for (unsigned i = 0; i < bc::kOpcodeCount; ++i)
        if (std::strcmp(bc::kOpcodeInfo[i].name, name) == 0)
          found = i;
      t.push_back(found);
    }
    return t;
  }();
  return table[unsigned(op)];
}

/// The bytecode function flags of a KIR function kind.
uint32_t kindFlags(kir::FunctionKind kind) {
  switch (kind) {
  case kir::FunctionKind::Normal:
    return 0;
  case kir::FunctionKind::Arrow:
    return bc::FunctionFlagArrow;
  case kir::FunctionKind::Method:
    return bc::FunctionFlagMethod;
  case kir::FunctionKind::ClassConstructor:
    return bc::FunctionFlagClassConstructor;
  case kir::FunctionKind::DerivedConstructor:
    return bc::FunctionFlagClassConstructor |
           bc::FunctionFlagDerivedConstructor;
  }
  return 0;
}

bool usesCache(bc::Opcode op) {
  return op == bc::Opcode::GetProp || op == bc::Opcode::PutProp ||
         op == bc::Opcode::LoadGlobal;
}

class FunctionLowering {
public:
  FunctionLowering(const kir::Function &fn, const SourceManager &sm,
                   GeneratedModule &out)
      : fn_(fn), sm_(sm), out_(out), enc_(record_.code) {}

  bool run(std::string &error);
  FunctionRecord &record() { return record_; }

private:
  uint32_t reg(kir::Reg r) const { return fn_.getNumLocals() + r; }
  uint32_t string(Atom a);
  uint32_t number(double d);
  void noteLocation(SourceLoc loc);
  void jumpTo(bc::Opcode op, std::initializer_list<int64_t> leading,
              const kir::BasicBlock *target);
  bool lower(const kir::Instruction &inst, const kir::BasicBlock *next,
             std::string &error);

  const kir::Function &fn_;
  const SourceManager &sm_;
  GeneratedModule &out_;
  FunctionRecord record_;
  InstructionEncoder enc_;
  uint32_t scratchBase_ = 0;
  uint32_t scratchSize_ = 0;
  uint32_t caches_ = 0;
  llvm::DenseMap<uint64_t, uint32_t> numbers_;
  llvm::DenseMap<const kir::BasicBlock *, uint32_t> blockPc_;
  struct Fixup {
    uint32_t pc;
    unsigned operand;
    const kir::BasicBlock *target;
  };
  std::vector<Fixup> fixups_;
};

uint32_t FunctionLowering::string(Atom a) {
  uint32_t index = out_.writer.addString(a.str());
  if (index >= out_.strings.size())
    out_.strings.resize(index + 1);
  out_.strings[index] = a.str().str();
  return index;
}

uint32_t FunctionLowering::number(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  auto [it, inserted] = numbers_.try_emplace(bits, 0);
  if (inserted) {
    uint32_t index = out_.writer.addNumber(d);
    if (index >= out_.numbers.size())
      out_.numbers.resize(index + 1);
    out_.numbers[index] = d;
    it->second = index - record_.constantBase;
    record_.constantCount = it->second + 1;
  }
  return it->second;
}

void FunctionLowering::noteLocation(SourceLoc loc) {
  const SourceFile *file = loc.isValid() ? sm_.getFile(loc) : nullptr;
  if (!file)
    return;
  unsigned line, column;
  file->getLineAndColumn(file->getOffset(loc), line, column);
  if (!record_.lines.empty()) {
    LineEntry &last = record_.lines.back();
    if (last.line == line && last.column == column)
      return;
    if (last.pc == enc_.pc()) {
      last.line = line;
      last.column = column;
      return;
    }
  }
  record_.lines.push_back({enc_.pc(), line, column});
}

void FunctionLowering::jumpTo(bc::Opcode op,
                              std::initializer_list<int64_t> leading,
                              const kir::BasicBlock *target) {
  uint32_t pc = enc_.pc();
  std::vector<int64_t> ops(leading);
  ops.push_back(0);
  switch (ops.size()) {
  case 1:
    enc_.emit(op, {ops[0]});
    break;
  default:
    enc_.emit(op, {ops[0], ops[1]});
    break;
  }
  fixups_.push_back({pc, unsigned(ops.size() - 1), target});
}

bool FunctionLowering::run(std::string &error) {
  uint64_t regs = uint64_t(fn_.getNumLocals()) + fn_.getNumRegs();
  uint32_t maxWindow = 0;
  bool hasUnwind = false;
  for (const auto &bb : fn_.getBlocks()) {
    hasUnwind |= bb->getUnwindTarget() != nullptr;
    for (const kir::Instruction &inst : bb->getInstructions()) {
      kir::Opcode op = inst.getOpcode();
      if (op == kir::Opcode::Call || op == kir::Opcode::Construct ||
          op == kir::Opcode::SuperCall) {
        uint32_t n = uint32_t(inst.getOperands().size()) +
                     (op == kir::Opcode::Construct ? 1 : 0);
        maxWindow = std::max(maxWindow, n);
      }
      if (op == kir::Opcode::GetTemplateObject)
        maxWindow =
            std::max(maxWindow, uint32_t(inst.getOperands().size() - 1));
    }
  }
  scratchBase_ = uint32_t(regs);
  scratchSize_ = maxWindow;
  regs += maxWindow;
  regs = std::max<uint64_t>(regs, fn_.getParamNames().size());
  if (regs > kMaxRegisters) {
    error = "function '" + fn_.getName().str() + "' needs " +
            std::to_string(regs) + " registers (the limit is 65535)";
    return false;
  }
  record_.registerCount = uint16_t(regs);
  record_.paramCount =
      uint16_t(std::min<size_t>(fn_.getLength(), fn_.getParamNames().size()));
  record_.flags = bc::FunctionFlagStrict | kindFlags(fn_.getKind()) |
                  (fn_.isAsync() ? bc::FunctionFlagAsync : 0);
  record_.constantBase = out_.writer.constantCount();
  if (!fn_.getName().empty())
    record_.name = out_.writer.addString(fn_.getName());

  const auto &blocks = fn_.getBlocks();
  for (size_t b = 0; b < blocks.size(); ++b) {
    const kir::BasicBlock *bb = blocks[b].get();
    const kir::BasicBlock *next =
        b + 1 < blocks.size() ? blocks[b + 1].get() : nullptr;
    blockPc_[bb] = enc_.pc();
    if (hasUnwind) {
      if (bb->getUnwindTarget())
        jumpTo(bc::Opcode::SetHandler, {}, bb->getUnwindTarget());
      else
        enc_.emit(bc::Opcode::ClearHandler);
    }
    for (const kir::Instruction &inst : bb->getInstructions())
      if (!lower(inst, next, error))
        return false;
  }
  for (const Fixup &f : fixups_)
    enc_.patch(f.pc, f.operand, int64_t(blockPc_[f.target]) - int64_t(f.pc));
  if (fn_.getParamNames().size() > 0xFFFF) {
    error = "function '" + fn_.getName().str() + "' has too many parameters";
    return false;
  }
  return true;
}

bool FunctionLowering::lower(const kir::Instruction &inst,
                             const kir::BasicBlock *next, std::string &error) {
  noteLocation(inst.getLoc());
  auto ops = inst.getOperands();
  kir::Opcode op = inst.getOpcode();
  switch (op) {
  case kir::Opcode::LoadNumber: {
    double d = ops[0].getNumber();
    enc_.emit(bc::Opcode::LoadConstLong, {reg(inst.getResult()), number(d)});
    return true;
  }
  case kir::Opcode::LoadLocal:
    enc_.emit(bc::Opcode::MovLong, {reg(inst.getResult()), ops[0].getImm()});
    return true;
  case kir::Opcode::StoreLocal:
    enc_.emit(bc::Opcode::MovLong, {ops[0].getImm(), reg(ops[1].getReg())});
    return true;
  case kir::Opcode::Call:
  case kir::Opcode::Construct: {
    // Window: callee, this, arguments.
    uint32_t w = scratchBase_;
    enc_.emit(bc::Opcode::MovLong, {w, reg(ops[0].getReg())});
    size_t firstArg = 1;
    if (op == kir::Opcode::Call) {
      enc_.emit(bc::Opcode::MovLong, {w + 1, reg(ops[1].getReg())});
      firstArg = 2;
    } else {
      enc_.emit(bc::Opcode::LoadUndefined, {w + 1});
    }
    for (size_t i = firstArg; i < ops.size(); ++i)
      enc_.emit(bc::Opcode::MovLong,
                {int64_t(w + 2 + (i - firstArg)), reg(ops[i].getReg())});
    size_t argc = ops.size() - firstArg;
    if (argc > 0xFFFF) {
      error = "a call has more than 65535 arguments";
      return false;
    }
    enc_.emit(op == kir::Opcode::Call ? bc::Opcode::Call
                                      : bc::Opcode::Construct,
              {reg(inst.getResult()), w, int64_t(argc)});
    return true;
  }
  case kir::Opcode::SuperCall: {
    // Window: the constructor, new.target, the arguments.
    uint32_t w = scratchBase_;
    for (size_t i = 0; i < ops.size(); ++i)
      enc_.emit(bc::Opcode::MovLong, {int64_t(w + i), reg(ops[i].getReg())});
    size_t argc = ops.size() - 2;
    if (argc > 0xFFFF) {
      error = "a call has more than 65535 arguments";
      return false;
    }
    enc_.emit(bc::Opcode::SuperCall, {reg(inst.getResult()), w, int64_t(argc)});
    return true;
  }
  case kir::Opcode::GetTemplateObject: {
    // Window: the cooked strings, then the raw strings.
    uint32_t w = scratchBase_;
    for (size_t i = 1; i < ops.size(); ++i)
      enc_.emit(bc::Opcode::MovLong,
                {int64_t(w + i - 1), reg(ops[i].getReg())});
    size_t count = (ops.size() - 1) / 2;
    if (count > 0xFFFF) {
      error = "a template has more than 65535 parts";
      return false;
    }
    enc_.emit(
        bc::Opcode::GetTemplateObject,
        {reg(inst.getResult()), w, int64_t(count), int64_t(ops[0].getImm())});
    return true;
  }
  case kir::Opcode::Jump:
    if (ops[0].getBlock() != next)
      jumpTo(bc::Opcode::Jmp, {}, ops[0].getBlock());
    return true;
  case kir::Opcode::Branch:
    jumpTo(bc::Opcode::JmpIfFalseLong, {reg(ops[0].getReg())},
           ops[2].getBlock());
    if (ops[1].getBlock() != next)
      jumpTo(bc::Opcode::Jmp, {}, ops[1].getBlock());
    return true;
  case kir::Opcode::Await:
    jumpTo(bc::Opcode::Await, {reg(ops[0].getReg())}, ops[1].getBlock());
    return true;
  case kir::Opcode::Return:
    enc_.emit(bc::Opcode::RetLong, {reg(ops[0].getReg())});
    return true;
  default:
    break;
  }

  uint32_t code = sameNamedOpcode(op);
  if (code == kNoBytecode) {
    error = "no bytecode for KIR instruction '" +
            inst.getInfo().spelling.str() + "'";
    return false;
  }
  std::vector<int64_t> operands;
  if (inst.getResult() != kir::NoReg)
    operands.push_back(reg(inst.getResult()));
  for (const kir::Operand &o : ops) {
    switch (o.getKind()) {
    case kir::Operand::Kind::Reg:
      operands.push_back(reg(o.getReg()));
      break;
    case kir::Operand::Kind::Imm:
      operands.push_back(o.getImm());
      break;
    case kir::Operand::Kind::String:
      operands.push_back(string(o.getString()));
      break;
    case kir::Operand::Kind::Function:
      operands.push_back(o.getFunction()->getIndex());
      break;
    case kir::Operand::Kind::Number:
    case kir::Operand::Kind::Block:
      error = "unexpected operand of '" + inst.getInfo().spelling.str() + "'";
      return false;
    }
  }
  bc::Opcode bop = bc::Opcode(code);
  if (usesCache(bop))
    operands.push_back(caches_ < 0xFFFF ? caches_++ : 0xFFFF);
  switch (operands.size()) {
  case 0:
    enc_.emit(bop);
    break;
  case 1:
    enc_.emit(bop, {operands[0]});
    break;
  case 2:
    enc_.emit(bop, {operands[0], operands[1]});
    break;
  case 3:
    enc_.emit(bop, {operands[0], operands[1], operands[2]});
    break;
  default:
    enc_.emit(bop, {operands[0], operands[1], operands[2], operands[3]});
    break;
  }
  return true;
}

} // namespace

bool kiln::bytecode::generateBytecode(const kir::Module &module,
                                      const SourceManager &sm,
                                      GeneratedModule &out,
                                      std::string &error) {
  for (const auto &fn : module.getFunctions()) {
    FunctionLowering lowering(*fn, sm, out);
    if (!lowering.run(error))
      return false;
    out.writer.addFunction(std::move(lowering.record()));
    out.functionNames.push_back(fn->getName().str());
    ++out.functionCount;
  }
  // Keep the string texts in step with every index the writer handed out
  // (function names are added without going through the lowering's table).
  for (size_t i = 0; i < out.functionNames.size(); ++i) {
    if (out.functionNames[i].empty())
      continue;
    uint32_t index = out.writer.addString(out.functionNames[i]);
    if (index >= out.strings.size())
      out.strings.resize(index + 1);
    out.strings[index] = out.functionNames[i];
  }
  return true;
}
