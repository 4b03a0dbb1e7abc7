//===- TestModules.h - Modules and byte surgery for format tests -*- C++
//-*-===//
//
// Builds the small modules the bytecode-format tests write and read back,
// and edits their bytes in place: locating a section in a written file,
// overwriting a field, and restamping the payload CRC so that a corrupted
// field is caught by its own check rather than by the checksum.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_TESTS_BYTECODE_TESTMODULES_H
#define KILN_TESTS_BYTECODE_TESTMODULES_H

#include "kiln/Bytecode/ModuleWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>
#include <zlib.h>

namespace kiln::bctest {

using Bytes = std::vector<uint8_t>;
using bc::Opcode;

/// A module with three strings (Latin-1, one with a non-ASCII Latin-1
/// character, one UTF-16), five constants and two functions with branches
/// and line tables. Function 0 (registers 4, constants [0, 4)):
///   0 LoadConst r0, c0 | 4 JmpIfTrue r0, +11 | 10 Mov r1, r0 | 13 Ret r1
///   15 LoadConst r2, c1 | 19 JmpShort -6
/// Function 1 "f" (1 param, registers 2, constant [4, 5)):
///   0 LoadInt r1, -7 | 6 LoadConstLong r0, c0 | 13 Ret r1
inline bytecode::ModuleWriter sampleWriter() {
  bytecode::ModuleWriter w;
  uint32_t mainName = w.addString("main");
  w.addConstant(bc::ConstantTag::Boolean, 1);
  w.addNumber(42.5);
  w.addStringConstant("h\xC3\xA9llo");      // héllo: Latin-1
  w.addStringConstant("snow \xE2\x98\x83"); // U+2603: UTF-16
  w.addConstant(bc::ConstantTag::Undefined, 0);

  bytecode::FunctionRecord main;
  main.name = mainName;
  main.registerCount = 4;
  main.constantBase = 0;
  main.constantCount = 4;
  bytecode::InstructionEncoder e(main.code);
  e.emit(Opcode::LoadConst, {0, 0});
  uint32_t branch = e.pc();
  e.emit(Opcode::JmpIfTrue, {0, 0});
  e.emit(Opcode::Mov, {1, 0});
  e.emit(Opcode::Ret, {1});
  e.patch(branch, 1, int64_t(e.pc()) - branch);
  e.emit(Opcode::LoadConst, {2, 1});
  e.emit(Opcode::JmpShort, {-6});
  main.lines = {{0, 1, 1}, {4, 2, 5}, {15, 7, 3}};
  w.addFunction(std::move(main));

  bytecode::FunctionRecord f;
  f.name = w.addString("f");
  f.flags = bc::FunctionFlagStrict;
  f.paramCount = 1;
  f.registerCount = 2;
  f.constantBase = 4;
  f.constantCount = 1;
  bytecode::InstructionEncoder fe(f.code);
  fe.emit(Opcode::LoadInt, {1, -7});
  fe.emit(Opcode::LoadConstLong, {0, 0});
  fe.emit(Opcode::Ret, {1});
  f.lines = {{6, 3, 10}};
  w.addFunction(std::move(f));
  return w;
}

inline Bytes sampleModule(bool compress = false) {
  return sampleWriter().write({compress, false, 0x1122334455667788ull});
}

/// A one-function module whose body the caller encodes.
template <typename Fill>
Bytes moduleWith(uint16_t registers, uint32_t constants, Fill fill) {
  bytecode::ModuleWriter w;
  for (uint32_t i = 0; i < constants; ++i)
    w.addNumber(i);
  bytecode::FunctionRecord fn;
  fn.registerCount = registers;
  fn.constantCount = constants;
  bytecode::InstructionEncoder e(fn.code);
  fill(e, fn);
  w.addFunction(std::move(fn));
  return w.write({});
}

template <typename T> T readAt(const Bytes &b, size_t offset) {
  T v;
  std::memcpy(&v, b.data() + offset, sizeof v);
  return v;
}
template <typename T> void writeAt(Bytes &b, size_t offset, T v) {
  std::memcpy(b.data() + offset, &v, sizeof v);
}

/// Recomputes the header's CRC over the stored payload.
inline void restampCrc(Bytes &b) {
  const size_t payload = sizeof(bc::FileHeader);
  writeAt<uint32_t>(
      b, offsetof(bc::FileHeader, payloadCrc32),
      uint32_t(crc32(0L, b.data() + payload, uInt(b.size() - payload))));
}

/// File offset of section table entry \p index of an uncompressed module.
inline size_t sectionEntryAt(unsigned index) {
  return sizeof(bc::FileHeader) + index * sizeof(bc::SectionEntry);
}

/// File offset of the section of \p kind in an uncompressed module.
inline size_t sectionAt(const Bytes &b, bc::SectionKind kind) {
  for (unsigned i = 0; i < bc::kSectionKindCount; ++i) {
    auto e = readAt<bc::SectionEntry>(b, sectionEntryAt(i));
    if (e.kind == uint32_t(kind))
      return sizeof(bc::FileHeader) + e.offset;
  }
  return 0;
}

/// File offset of function \p index's table entry.
inline size_t functionAt(const Bytes &b, uint32_t index) {
  return sectionAt(b, bc::SectionKind::Functions) + 4 +
         index * sizeof(bc::FunctionEntry);
}

} // namespace kiln::bctest

#endif // KILN_TESTS_BYTECODE_TESTMODULES_H
