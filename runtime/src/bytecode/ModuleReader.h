//===- ModuleReader.h - Verify and load a bytecode module -------*- C++ -*-===//
//
// LoadedModule takes the bytes of a serialized module (kiln/BytecodeFormat.h),
// checks every field, section, table entry, instruction operand, jump target
// and line-table row, and on success offers a read-only view of the module
// whose accessors never need a bounds check of their own. On failure it
// keeps one specific message that names the offending field, function and
// pc. The reader never reads outside its input, and it allocates only the
// inflated payload (capped at kMaxPayloadSize and checked against the
// compressed size first) and one bitmap of instruction starts.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BYTECODE_MODULEREADER_H
#define KILN_BYTECODE_MODULEREADER_H

#include "kiln/BytecodeFormat.h"

#include <stddef.h>
#include <stdint.h>

namespace kiln::bc {

/// A string of the module's string table, in place.
struct StringView {
  const uint8_t *data; ///< Latin-1 bytes, or UTF-16LE code units (unaligned)
  uint32_t length;     ///< in code units
  bool isUtf16;
};

/// A function of the module, its code and line table in place.
struct FunctionView {
  uint32_t name; ///< string index (< stringCount()) or kNoName
  uint32_t flags;
  uint16_t paramCount;
  uint16_t registerCount;
  const uint8_t *code; ///< codeSize bytes of verified instructions
  uint32_t codeSize;
  uint32_t constantBase; ///< constant operand k is module constant base + k
  uint32_t constantCount;
  const uint8_t *lineTable; ///< verified, see BytecodeFormat.h
  uint32_t lineTableSize;
};

/// A source position of an instruction.
struct SourcePosition {
  uint32_t line;
  uint32_t column;
};

class LoadedModule {
public:
  LoadedModule() = default;
  LoadedModule(const LoadedModule &) = delete;
  LoadedModule &operator=(const LoadedModule &) = delete;
  ~LoadedModule();

  /// Verifies the module in [data, data + size). On success returns true and
  /// the accessors below describe it; an uncompressed module's views point
  /// into \p data, which must then outlive this object. On failure returns
  /// false and error() says why. A LoadedModule is loaded at most once.
  bool load(const uint8_t *data, size_t size);

  /// The reason of the last failed load(), or "" after a successful one.
  const char *error() const { return error_; }

  uint64_t sourceHash() const { return sourceHash_; }
  uint16_t flags() const { return flags_; }
  bool isModule() const { return flags_ & ModuleFlagModule; }

  uint32_t stringCount() const { return stringCount_; }
  StringView string(uint32_t index) const;
  uint32_t constantCount() const { return constantCount_; }
  ConstantEntry constant(uint32_t index) const;
  uint32_t functionCount() const { return functionCount_; }
  FunctionView function(uint32_t index) const;

  /// The source position of the instruction at \p pc of function \p index:
  /// the last line-table row at or before pc; {0, 0} without one.
  SourcePosition positionOf(uint32_t function, uint32_t pc) const;

private:
  [[gnu::format(printf, 2, 3)]] bool fail(const char *format, ...);
  bool readHeader(const uint8_t *data, size_t size);
  bool readSectionTable();
  bool readStrings(const uint8_t *section, uint32_t size);
  bool readConstants(const uint8_t *section, uint32_t size);
  bool readFunctions(const uint8_t *section, uint32_t size);
  bool verifyCode(uint32_t index, const FunctionView &fn);
  bool verifyLineTable(uint32_t index, const FunctionView &fn);

  const uint8_t *payload_ = nullptr;
  uint32_t payloadSize_ = 0;
  uint8_t *inflated_ = nullptr; ///< owned payload of a compressed module
  uint8_t *instructionStarts_ = nullptr; ///< bitmap, owned, during load()
  uint32_t sectionCount_ = 0;
  uint64_t sourceHash_ = 0;
  uint16_t flags_ = 0;

  const uint8_t *sections_[kSectionKindCount + 1] = {};
  uint32_t sectionSizes_[kSectionKindCount + 1] = {};

  const uint8_t *stringEntries_ = nullptr;
  const uint8_t *stringData_ = nullptr;
  uint32_t stringCount_ = 0;
  const uint8_t *constantEntries_ = nullptr;
  uint32_t constantCount_ = 0;
  const uint8_t *functionEntries_ = nullptr;
  uint32_t functionCount_ = 0;

  char error_[256] = "";
};

} // namespace kiln::bc

#endif // KILN_BYTECODE_MODULEREADER_H
