//===- bytecode-seeds.cpp - Seed corpus for kiln-bytecode-fuzzer ----------===//
//
// Writes valid modules produced by the compiler's ModuleWriter into a
// directory, one file each, as the starting corpus of kiln-bytecode-fuzzer:
// the format tests' sample module (uncompressed and compressed), a module
// with a long function, and small one-function modules that use every
// opcode of Opcodes.def. Usage: kiln-bytecode-seeds <directory>.
//
//===----------------------------------------------------------------------===//
#include "TestModules.h" // runtime/tests/bytecode

#include <cstdio>
#include <string>

using namespace kiln;
using namespace kiln::bctest;

namespace {

bool writeFile(const std::string &path, const Bytes &bytes) {
  FILE *f = std::fopen(path.c_str(), "wb");
  if (!f)
    return false;
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

/// A module whose one function runs every opcode once, with in-range
/// operands, and ends in Ret.
Bytes everyOpcode(bool compress) {
  bytecode::ModuleWriter w;
  w.addString("seed");
  w.addNumber(1.5);
  w.addStringConstant("s");
  bytecode::FunctionRecord fn;
  fn.registerCount = 3;
  fn.constantCount = 2;
  bytecode::InstructionEncoder e(fn.code);
  for (unsigned op = 0; op < bc::kOpcodeCount; ++op) {
    const bc::OpcodeInfo &info = bc::kOpcodeInfo[op];
    if (info.flow == bc::ControlFlow::Exit)
      continue;
    uint32_t pc = e.pc();
    int64_t operands[bc::kMaxOperands] = {};
    for (unsigned i = 0; i < info.operandCount(); ++i)
      if (bc::kOperandFormatInfo[unsigned(info.operands[i])].check ==
          bc::OperandCheck::Jump)
        operands[i] = info.size(); // the next instruction
      else
        operands[i] = 1;
    switch (info.operandCount()) {
    case 0:
      e.emit(bc::Opcode(op));
      break;
    case 1:
      e.emit(bc::Opcode(op), {operands[0]});
      break;
    case 2:
      e.emit(bc::Opcode(op), {operands[0], operands[1]});
      break;
    case 3:
      e.emit(bc::Opcode(op), {operands[0], operands[1], operands[2]});
      break;
    default:
      e.emit(bc::Opcode(op),
             {operands[0], operands[1], operands[2], operands[3]});
    }
    fn.lines.push_back({pc, op + 1, 1});
  }
  e.emit(bc::Opcode::Ret, {0});
  w.addFunction(std::move(fn));
  return w.write({compress, false, 1});
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s <directory>\n", argv[0]);
    return 2;
  }
  std::string dir = argv[1];
  struct {
    const char *name;
    Bytes bytes;
  } seeds[] = {
      {"sample", sampleModule(false)},
      {"sample-deflated", sampleModule(true)},
      {"every-opcode", everyOpcode(false)},
      {"every-opcode-deflated", everyOpcode(true)},
      {"loop", moduleWith(2, 1,
                          [](auto &e, auto &) {
                            e.emit(bc::Opcode::LoadConst, {0, 0});
                            e.emit(bc::Opcode::JmpIfFalse, {0, 11});
                            e.emit(bc::Opcode::Mov, {1, 0});
                            e.emit(bc::Opcode::JmpShort, {-9});
                            e.emit(bc::Opcode::Ret, {1});
                          })},
  };
  for (auto &seed : seeds)
    if (!writeFile(dir + "/" + seed.name, seed.bytes)) {
      std::fprintf(stderr, "cannot write %s/%s\n", dir.c_str(), seed.name);
      return 1;
    }
  std::printf("%zu bytecode seeds in %s\n", sizeof seeds / sizeof seeds[0],
              dir.c_str());
  return 0;
}
