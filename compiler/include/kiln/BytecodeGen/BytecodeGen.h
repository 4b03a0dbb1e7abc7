//===- BytecodeGen.h - Lower KIR to a bytecode module -----------*- C++ -*-===//
//
// The bytecode back end: lowers every function of a verified KIR module to
// the register instructions of kiln/Opcodes.def and serializes them with the
// ModuleWriter. Register assignment is one frame register per KIR local
// (r0 .. locals-1), then one per KIR virtual register, then a scratch window
// for call arguments; a function needing more than 65535 registers is
// rejected. Blocks are laid out in KIR layout order with jumps patched after
// the fact; a function with exception edges starts every block with
// SetHandler (the block's unwind target) or ClearHandler, so the handler is
// a per-frame register of the VM rather than a table; every handler pc is a
// verified jump operand. The line table comes from the instructions' source
// locations.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BYTECODEGEN_BYTECODEGEN_H
#define KILN_BYTECODEGEN_BYTECODEGEN_H

#include "kiln/Bytecode/ModuleWriter.h"
#include "kiln/KIR/KIR.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace kiln {
class SourceManager;
class SourceFile;

namespace bytecode {

/// The lowered module before serialization, kept for disassembly.
struct GeneratedModule {
  ModuleWriter writer;
  uint32_t functionCount = 0;
  /// Text of every string index, as the writer numbered them.
  std::vector<std::string> strings;
  std::vector<std::string> functionNames;
  /// The number of every constant-pool entry, by module constant index.
  std::vector<double> numbers;
};

/// Lowers \p module. Returns false and sets \p error when a function exceeds
/// a limit of the format (registers, arguments, constants).
bool generateBytecode(const kir::Module &module, const SourceManager &sm,
                      GeneratedModule &out, std::string &error);

/// Prints every function's instructions with operands decoded and, before
/// each run of instructions from one source line, that line's text.
void disassemble(GeneratedModule &module, const SourceFile *file,
                 llvm::raw_ostream &os);

} // namespace bytecode
} // namespace kiln

#endif
