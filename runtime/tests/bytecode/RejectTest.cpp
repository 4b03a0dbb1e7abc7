//===- RejectTest.cpp - Every way a module is refused
//-----------------------===//
//
// One test per verification rule: each corrupts one field of a valid module
// (restamping the CRC so that the field's own check fires) or writes a module
// that breaks one rule, and asserts the specific message. The robustness
// tests then truncate a module at every length and corrupt every byte,
// asserting that each input is either loaded or cleanly rejected.
//
//===----------------------------------------------------------------------===//
#include "TestModules.h"

#include "bytecode/ModuleReader.h"

#include <gtest/gtest.h>
#include <string>

using namespace kiln;
using namespace kiln::bctest;
using bc::SectionKind;

namespace {

/// Loads \p bytes and expects a rejection whose message contains \p what.
void expectRejected(const Bytes &bytes, const std::string &what) {
  bc::LoadedModule m;
  bool loaded = m.load(bytes.data(), bytes.size());
  EXPECT_FALSE(loaded) << "expected rejection containing \"" << what
                       << "\", got a successful load";
  std::string error = m.error();
  EXPECT_EQ(error.rfind("invalid bytecode module: ", 0), 0u) << error;
  EXPECT_NE(error.find(what), std::string::npos)
      << "expected a message containing \"" << what << "\", got \"" << error
      << "\"";
  EXPECT_EQ(m.functionCount(), 0u) << "a rejected module exposes nothing";
}

template <typename T>
Bytes withField(size_t offset, T value, bool restamp = true) {
  Bytes b = sampleModule();
  writeAt<T>(b, offset, value);
  if (restamp)
    restampCrc(b);
  return b;
}

constexpr size_t kHeader = sizeof(bc::FileHeader);
#define FIELD(Struct, Field) offsetof(bc::Struct, Field)

// --- Header -----------------------------------------------------------------

TEST(BytecodeReject, BadMagic) {
  Bytes b = sampleModule();
  b[3] = 'X';
  expectRejected(b, "not a Kiln bytecode module (bad magic number)");
}

TEST(BytecodeReject, TruncatedHeader) {
  Bytes b = sampleModule();
  b.resize(20);
  expectRejected(b, "truncated header: the module is 20 bytes, the header "
                    "alone is 40");
  expectRejected(Bytes(), "truncated header: the module is 0 bytes");
}

TEST(BytecodeReject, FormatVersion) {
  expectRejected(withField<uint32_t>(FIELD(FileHeader, formatVersion), 3),
                 "bytecode format version 3, this runtime reads version 2");
}

TEST(BytecodeReject, ValueSize) {
  expectRejected(withField<uint8_t>(FIELD(FileHeader, valueSize), 4),
                 "compiled for 4-byte values, this runtime uses 8-byte values");
}

TEST(BytecodeReject, ValueLayout) {
  expectRejected(withField<uint8_t>(FIELD(FileHeader, valueLayout), 2),
                 "compiled for value layout 2, this runtime uses layout 1");
}

TEST(BytecodeReject, UnknownFlags) {
  expectRejected(withField<uint16_t>(FIELD(FileHeader, flags), 0x8000),
                 "unknown header flags 0x8000");
}

TEST(BytecodeReject, TruncatedPayload) {
  Bytes b = sampleModule();
  size_t payload = b.size() - kHeader;
  b.pop_back();
  expectRejected(b, "truncated payload: the header declares " +
                        std::to_string(payload) + " bytes, " +
                        std::to_string(payload - 1) + " are present");
}

TEST(BytecodeReject, TrailingBytes) {
  Bytes b = sampleModule();
  b.push_back(0);
  b.push_back(0);
  expectRejected(b, "2 unexpected bytes after the payload");
}

TEST(BytecodeReject, CrcMismatch) {
  Bytes b = sampleModule();
  b[kHeader + 60] ^= 1;
  expectRejected(b, "payload CRC-32 is 0x");
  expectRejected(
      withField<uint32_t>(FIELD(FileHeader, payloadCrc32), 0xDEADBEEF, false),
      "the header says 0xdeadbeef");
}

TEST(BytecodeReject, UncompressedSizeMismatch) {
  expectRejected(withField<uint32_t>(FIELD(FileHeader, uncompressedSize), 7),
                 "uncompressed module declares 7 payload bytes but stores");
}

TEST(BytecodeReject, PayloadOverTheCap) {
  expectRejected(
      withField<uint32_t>(FIELD(FileHeader, uncompressedSize), 0x10000001),
      "uncompressed payload of 268435457 bytes exceeds the limit of "
      "268435456");
}

TEST(BytecodeReject, ImpossibleCompressionRatio) {
  Bytes b = sampleModule(true);
  writeAt<uint32_t>(b, FIELD(FileHeader, uncompressedSize), 200u << 20);
  restampCrc(b);
  expectRejected(b, "cannot inflate to the declared 209715200 bytes");
}

TEST(BytecodeReject, DecompressionFailures) {
  Bytes b = sampleModule(true);
  Bytes corrupt = b;
  corrupt[kHeader + 5] ^= 0x55; // inside the deflate stream
  restampCrc(corrupt);
  expectRejected(corrupt, "decompression failed");

  Bytes small = b; // declares fewer bytes than the stream produces
  writeAt<uint32_t>(small, FIELD(FileHeader, uncompressedSize),
                    readAt<uint32_t>(b, FIELD(FileHeader, uncompressedSize)) -
                        10);
  expectRejected(small, "decompression failed: output exceeds the declared "
                        "size");

  Bytes large = b; // declares more bytes than the stream produces
  writeAt<uint32_t>(large, FIELD(FileHeader, uncompressedSize),
                    readAt<uint32_t>(b, FIELD(FileHeader, uncompressedSize)) +
                        1);
  expectRejected(large, "decompression produced");

  Bytes cut = b; // stream cut short, sizes consistent with the cut
  cut.resize(cut.size() - 4);
  writeAt<uint32_t>(cut, FIELD(FileHeader, payloadSize),
                    uint32_t(cut.size() - kHeader));
  restampCrc(cut);
  expectRejected(cut, "decompression failed");
}

// --- Section table ----------------------------------------------------------

TEST(BytecodeReject, SectionTableOverrunsPayload) {
  expectRejected(withField<uint32_t>(FIELD(FileHeader, sectionCount), 1000000),
                 "section table of 1000000 entries overruns the");
}

TEST(BytecodeReject, UnknownSectionKind) {
  expectRejected(withField<uint32_t>(sectionEntryAt(2), 99),
                 "section 2 has unknown kind 99");
}

TEST(BytecodeReject, DuplicateSection) {
  expectRejected(
      withField<uint32_t>(sectionEntryAt(1), uint32_t(SectionKind::Strings)),
      "duplicate string table section");
}

TEST(BytecodeReject, MissingSection) {
  expectRejected(withField<uint32_t>(FIELD(FileHeader, sectionCount), 4),
                 "missing pc-to-source-position tables section");
}

TEST(BytecodeReject, MisalignedSection) {
  size_t at = sectionEntryAt(1) + FIELD(SectionEntry, offset);
  Bytes b = sampleModule();
  expectRejected(withField<uint32_t>(at, readAt<uint32_t>(b, at) + 2),
                 "constant pool section at offset");
}

TEST(BytecodeReject, SectionOutOfBounds) {
  expectRejected(
      withField<uint32_t>(sectionEntryAt(4) + FIELD(SectionEntry, size),
                          0xFFFFFFF0u),
      "pc-to-source-position tables section [");
  expectRejected(
      withField<uint32_t>(sectionEntryAt(0) + FIELD(SectionEntry, offset), 0),
      "lies outside the payload");
}

TEST(BytecodeReject, OverlappingSections) {
  Bytes b = sampleModule();
  uint32_t stringsOffset =
      readAt<uint32_t>(b, sectionEntryAt(0) + FIELD(SectionEntry, offset));
  expectRejected(
      withField<uint32_t>(sectionEntryAt(1) + FIELD(SectionEntry, offset),
                          stringsOffset),
      "constant pool section overlaps the string table section");
}

// --- Strings, constants, functions ----------------------------------------

TEST(BytecodeReject, StringOutOfRange) {
  Bytes b = sampleModule();
  size_t entry = sectionAt(b, SectionKind::Strings) + 4 + 2 * 8;
  expectRejected(withField<uint32_t>(entry + FIELD(StringEntry, offset), 1000),
                 "string 2 [1000, ");
  expectRejected(
      withField<uint32_t>(entry + FIELD(StringEntry, lengthAndEncoding),
                          bc::kStringUtf16 | 0x7FFFFFFF),
      "lies outside the");
  expectRejected(
      withField<uint32_t>(sectionAt(b, SectionKind::Strings), 0x10000000),
      "string table of 268435456 entries overruns its");
}

TEST(BytecodeReject, ConstantFields) {
  Bytes b = sampleModule();
  size_t pool = sectionAt(b, SectionKind::Constants);
  size_t c2 = pool + 8 + 2 * sizeof(bc::ConstantEntry);
  expectRejected(withField<uint64_t>(c2 + FIELD(ConstantEntry, payload), 4),
                 "constant 2: string index 4 out of range (4 strings)");
  expectRejected(withField<uint32_t>(c2 + FIELD(ConstantEntry, tag), 77),
                 "constant 2 has unknown tag 77");
  expectRejected(withField<uint32_t>(c2 + FIELD(ConstantEntry, reserved), 1),
                 "constant 2 has a nonzero reserved field");
  size_t c1 = pool + 8 + sizeof(bc::ConstantEntry);
  expectRejected(withField<uint64_t>(c1 + FIELD(ConstantEntry, payload),
                                     0xFFF9000000000001ull),
                 "constant 1 is a non-canonical NaN 0xfff9000000000001");
  size_t c0 = pool + 8;
  expectRejected(withField<uint64_t>(c0 + FIELD(ConstantEntry, payload), 2),
                 "constant 0: boolean payload 2 is not 0 or 1");
  expectRejected(withField<uint32_t>(pool, 6),
                 "constant pool of 6 entries does not fill its");
}

TEST(BytecodeReject, FunctionFields) {
  Bytes b = sampleModule();
  size_t f1 = functionAt(b, 1);
  expectRejected(withField<uint32_t>(f1 + FIELD(FunctionEntry, name), 9),
                 "function 1: name string 9 out of range (4 strings)");
  expectRejected(withField<uint32_t>(f1 + FIELD(FunctionEntry, flags), 0x40),
                 "function 1: unknown flags 0x40");
  expectRejected(withField<uint16_t>(f1 + FIELD(FunctionEntry, paramCount), 3),
                 "function 1: 3 parameters but only 2 registers");
  expectRejected(withField<uint32_t>(f1 + FIELD(FunctionEntry, codeSize), 0),
                 "function 1 has no code");
  expectRejected(
      withField<uint32_t>(f1 + FIELD(FunctionEntry, codeOffset), 0xFFFFFFF0u),
      "function 1: bytecode [4294967280, 4294967295) outside the "
      "36-byte code section");
  expectRejected(
      withField<uint32_t>(f1 + FIELD(FunctionEntry, constantCount), 2),
      "function 1: constants [4, 6) outside the pool of 5");
  expectRejected(
      withField<uint32_t>(f1 + FIELD(FunctionEntry, lineTableSize), 100),
      "function 1: line table [");
  expectRejected(withField<uint32_t>(sectionAt(b, SectionKind::Functions), 3),
                 "function table of 3 entries does not fill its");
}

TEST(BytecodeReject, NoFunctions) {
  bytecode::ModuleWriter w;
  Bytes b = w.write({});
  expectRejected(b, "no functions (function 0 is the script body)");
}

// --- Instructions -----------------------------------------------------------

TEST(BytecodeReject, RegisterOutOfRange) {
  expectRejected(moduleWith(4, 0,
                            [](auto &e, auto &) {
                              e.emit(Opcode::Mov, {0, 4});
                              e.emit(Opcode::Ret, {0});
                            }),
                 "function 0, pc 0: Mov operand 2 is register r4, the "
                 "function has 4 registers");
  expectRejected(moduleWith(300, 0,
                            [](auto &e, auto &) {
                              e.emit(Opcode::MovLong, {299, 300});
                              e.emit(Opcode::Ret, {0});
                            }),
                 "MovLong operand 2 is register r300");
}

TEST(BytecodeReject, ConstantOutOfRange) {
  expectRejected(moduleWith(1, 2,
                            [](auto &e, auto &) {
                              e.emit(Opcode::LoadConst, {0, 1});
                              e.emit(Opcode::LoadConst, {0, 2});
                              e.emit(Opcode::Ret, {0});
                            }),
                 "function 0, pc 4: LoadConst operand 2 is constant 2, the "
                 "function has 2 constants");
}

TEST(BytecodeReject, JumpNotAtInstructionStart) {
  expectRejected(moduleWith(1, 0,
                            [](auto &e, auto &) {
                              e.emit(Opcode::Mov, {0, 0});
                              e.emit(Opcode::JmpIfTrue, {0, -2});
                              e.emit(Opcode::Ret, {0});
                            }),
                 "function 0, pc 3: JmpIfTrue jumps to 1, which is not the "
                 "start of an instruction");
}

TEST(BytecodeReject, JumpOutsideFunction) {
  expectRejected(moduleWith(1, 0,
                            [](auto &e, auto &) {
                              e.emit(Opcode::Jmp, {7});
                              e.emit(Opcode::Ret, {0});
                            }),
                 "function 0, pc 0: Jmp jumps to 7, outside the function's "
                 "7 bytes");
  expectRejected(moduleWith(1, 0,
                            [](auto &e, auto &) {
                              e.emit(Opcode::Ret, {0});
                              e.emit(Opcode::JmpShort, {-3});
                            }),
                 "JmpShort jumps to -1, outside");
}

TEST(BytecodeReject, TruncatedInstruction) {
  expectRejected(moduleWith(1, 0,
                            [](auto &e, auto &fn) {
                              e.emit(Opcode::Ret, {0});
                              e.emit(Opcode::LoadInt, {0, 1});
                              fn.code.resize(fn.code.size() - 2);
                            }),
                 "function 0, pc 2: truncated LoadInt instruction (6 bytes, "
                 "4 left)");
}

TEST(BytecodeReject, UnknownOpcode) {
  expectRejected(moduleWith(1, 0,
                            [](auto &e, auto &fn) {
                              fn.code.push_back(0xEE);
                              e.emit(Opcode::Ret, {0});
                            }),
                 "function 0, pc 0: unknown opcode 0xee");
}

TEST(BytecodeReject, FallsOffTheEnd) {
  expectRejected(moduleWith(1, 0,
                            [](auto &e, auto &) {
                              e.emit(Opcode::JmpIfFalse, {0, 6});
                              e.emit(Opcode::Nop);
                            }),
                 "function 0, pc 6: execution falls off the end after Nop");
}

TEST(BytecodeReject, LineTableRows) {
  auto withLines = [](std::vector<bytecode::LineEntry> lines) {
    return moduleWith(1, 0, [&](auto &e, auto &fn) {
      e.emit(Opcode::Nop);
      e.emit(Opcode::Ret, {0});
      fn.lines = lines;
    });
  };
  expectRejected(withLines({{3, 1, 1}}), "function 0: line table row 0: pc "
                                         "past the end of the function's 3 "
                                         "bytes");
  expectRejected(withLines({{0, 1, 1}, {2, 5, 1}}),
                 "line table row 1: pc 2 is not the start of an instruction");
  expectRejected(withLines({{0, 0, 1}}),
                 "line table row 0: line or column outside [1, 2147483647]");
  // A row cut short: the last byte of its column delta is missing.
  Bytes b = withLines({{1, 2, 200}});
  size_t fn = functionAt(b, 0);
  writeAt<uint32_t>(
      b, fn + FIELD(FunctionEntry, lineTableSize),
      readAt<uint32_t>(b, fn + FIELD(FunctionEntry, lineTableSize)) - 1);
  restampCrc(b);
  expectRejected(b, "function 0: line table row 0 overruns the table's 3 "
                    "bytes");
}

// --- Robustness
// ---------------------------------------------------------------

/// Loads \p bytes, which must either succeed or fail with a message.
bool loadsOrRejectsCleanly(const Bytes &bytes, std::string &error) {
  bc::LoadedModule m;
  if (m.load(bytes.data(), bytes.size())) {
    // Touch everything the view offers: it must all be in bounds.
    for (uint32_t i = 0; i < m.stringCount(); ++i)
      (void)m.string(i);
    for (uint32_t i = 0; i < m.functionCount(); ++i) {
      bc::FunctionView fn = m.function(i);
      volatile uint8_t sink = 0;
      for (uint32_t pc = 0; pc < fn.codeSize; ++pc)
        sink = sink + fn.code[pc];
      (void)m.positionOf(i, fn.codeSize - 1);
    }
    return true;
  }
  error = m.error();
  return error.rfind("invalid bytecode module: ", 0) == 0;
}

TEST(BytecodeRobustness, EveryTruncationIsRejected) {
  for (bool compress : {false, true}) {
    Bytes full = sampleModule(compress);
    for (size_t n = 0; n < full.size(); ++n) {
      Bytes cut(full.begin(), full.begin() + n);
      std::string error;
      bc::LoadedModule m;
      EXPECT_FALSE(m.load(cut.data(), cut.size()))
          << "a module cut to " << n << " of " << full.size()
          << " bytes loaded";
      EXPECT_TRUE(loadsOrRejectsCleanly(cut, error)) << error;
    }
  }
}

TEST(BytecodeRobustness, EveryCorruptedByteIsLoadedOrRejected) {
  unsigned loaded = 0, rejected = 0;
  for (bool compress : {false, true}) {
    Bytes original = sampleModule(compress);
    for (size_t i = 0; i < original.size(); ++i)
      for (uint8_t mask : {0x01, 0x80, 0xFF}) {
        for (bool restamp : {false, true}) {
          Bytes b = original;
          b[i] ^= mask;
          if (restamp)
            restampCrc(b);
          std::string error;
          bool ok = loadsOrRejectsCleanly(b, error);
          EXPECT_TRUE(ok) << "byte " << i << " ^ " << int(mask) << ": "
                          << error;
          (error.empty() ? loaded : rejected)++;
        }
      }
  }
  // Without the restamp, every payload byte is caught by the CRC; with it,
  // most corruptions still break a rule.
  EXPECT_GT(rejected, loaded);
}

} // namespace
