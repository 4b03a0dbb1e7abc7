//===- ModuleWriter.h - Serialize a bytecode module -------------*- C++ -*-===//
//
// The compiler's side of the bytecode file format (kiln/BytecodeFormat.h in
// the runtime's headers). A code generator fills the tables of a
// ModuleWriter — strings, constants, and functions with their instruction
// bytes and source positions — and write() lays them out as sections, adds
// the section table and header, optionally deflates the payload and stamps
// its CRC-32. The writer does not judge what it is given: verification is
// the runtime's job (ModuleReader), so tests can write invalid modules too.
// InstructionEncoder appends instructions as Opcodes.def lays them out.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BYTECODE_MODULEWRITER_H
#define KILN_BYTECODE_MODULEWRITER_H

#include "kiln/BytecodeFormat.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace kiln::bytecode {

/// The source position of the instructions from pc up to the next entry's pc.
struct LineEntry {
  uint32_t pc;
  uint32_t line;   ///< 1-based
  uint32_t column; ///< 1-based
};

/// One function as the code generator describes it.
struct FunctionRecord {
  uint32_t name = bc::kNoName; ///< index from ModuleWriter::addString
  uint32_t flags = 0;          ///< bc::FunctionFlags
  uint16_t paramCount = 0;
  uint16_t registerCount = 0;
  /// Constant operands k of this function mean module constant base + k.
  uint32_t constantBase = 0;
  uint32_t constantCount = 0;
  std::vector<uint8_t> code;
  std::vector<LineEntry> lines; ///< in increasing pc order
};

struct WriteOptions {
  bool compress = false;
  bool isModule = false; ///< an ES module rather than a classic script
  uint64_t sourceHash = 0;
};

/// Appends encoded instructions to a function's code.
class InstructionEncoder {
public:
  explicit InstructionEncoder(std::vector<uint8_t> &code) : code_(code) {}

  /// The offset the next instruction is written at.
  uint32_t pc() const { return static_cast<uint32_t>(code_.size()); }

  /// Appends \p op with \p operands, one per operand of its Opcodes.def
  /// entry. Jump operands are byte offsets relative to the instruction's own
  /// pc. Each operand must fit its format.
  void emit(bc::Opcode op, std::initializer_list<int64_t> operands = {});

  /// Rewrites operand \p index of the instruction at \p pc (to resolve a
  /// forward jump).
  void patch(uint32_t pc, unsigned index, int64_t value);

private:
  std::vector<uint8_t> &code_;
};

class ModuleWriter {
public:
  /// Adds (or finds) a string given as WTF-8, the compiler's Atom text.
  /// Stored as Latin-1 when every code point is below 256, else as UTF-16.
  uint32_t addString(llvm::StringRef wtf8);
  /// Adds (or finds) a string given as UTF-16 code units.
  uint32_t addStringUtf16(llvm::ArrayRef<uint16_t> units);

  uint32_t addConstant(bc::ConstantTag tag, uint64_t payload);
  uint32_t addNumber(double value); ///< canonicalizes NaN
  uint32_t addStringConstant(llvm::StringRef wtf8);
  uint32_t constantCount() const {
    return static_cast<uint32_t>(constants_.size());
  }

  /// Adds a function; the first one added is the script or module body.
  uint32_t addFunction(FunctionRecord function);
  FunctionRecord &function(uint32_t index) { return functions_[index]; }

  /// The serialized module.
  std::vector<uint8_t> write(const WriteOptions &options) const;

  /// A 64-bit hash of source text for the header's sourceHash field.
  static uint64_t hashSource(llvm::StringRef source);

private:
  struct StoredString {
    std::vector<uint16_t> units;
    bool isUtf16;
  };
  uint32_t intern(std::vector<uint16_t> units);

  std::vector<StoredString> strings_;
  llvm::StringMap<uint32_t> stringIndex_; ///< key: the units' raw bytes
  std::vector<bc::ConstantEntry> constants_;
  std::vector<FunctionRecord> functions_;
};

} // namespace kiln::bytecode

#endif // KILN_BYTECODE_MODULEWRITER_H
