//===- RoundTripTest.cpp - Modules written, verified and read back --------===//
//
// Writes modules with the compiler's ModuleWriter and loads them with the
// runtime's LoadedModule, compressed and not, checking that everything the
// writer was given comes back: header fields, strings in both encodings,
// constants, function records, instruction bytes and source positions.
//
//===----------------------------------------------------------------------===//
#include "TestModules.h"

#include "bytecode/ModuleReader.h"

#include <gtest/gtest.h>
#include <string>

using namespace kiln;
using namespace kiln::bctest;

namespace {

std::u16string text(const bc::StringView &s) {
  std::u16string out;
  for (uint32_t i = 0; i < s.length; ++i)
    out.push_back(s.isUtf16 ? char16_t(s.data[2 * i] | s.data[2 * i + 1] << 8)
                            : char16_t(s.data[i]));
  return out;
}

void expectSampleContents(const bc::LoadedModule &m) {
  EXPECT_EQ(m.sourceHash(), 0x1122334455667788ull);
  EXPECT_FALSE(m.isModule());
  ASSERT_EQ(m.stringCount(), 4u);
  EXPECT_EQ(text(m.string(0)), u"main");
  EXPECT_FALSE(m.string(1).isUtf16) << "héllo fits Latin-1";
  EXPECT_EQ(text(m.string(1)), u"h\u00E9llo");
  EXPECT_TRUE(m.string(2).isUtf16) << "U+2603 needs two-byte storage";
  EXPECT_EQ(text(m.string(2)), u"snow \u2603");
  EXPECT_EQ(text(m.string(3)), u"f");

  ASSERT_EQ(m.constantCount(), 5u);
  EXPECT_EQ(m.constant(0).tag, uint32_t(bc::ConstantTag::Boolean));
  EXPECT_EQ(m.constant(0).payload, 1u);
  double d;
  uint64_t bits = m.constant(1).payload;
  std::memcpy(&d, &bits, sizeof d);
  EXPECT_EQ(m.constant(1).tag, uint32_t(bc::ConstantTag::Number));
  EXPECT_EQ(d, 42.5);
  EXPECT_EQ(m.constant(2).tag, uint32_t(bc::ConstantTag::String));
  EXPECT_EQ(m.constant(2).payload, 1u);
  EXPECT_EQ(m.constant(4).tag, uint32_t(bc::ConstantTag::Undefined));

  ASSERT_EQ(m.functionCount(), 2u);
  bc::FunctionView main = m.function(0), f = m.function(1);
  EXPECT_EQ(main.name, 0u);
  EXPECT_EQ(main.registerCount, 4u);
  EXPECT_EQ(main.codeSize, 21u);
  EXPECT_EQ(main.code[0], uint8_t(bc::Opcode::LoadConst));
  EXPECT_EQ(main.code[19], uint8_t(bc::Opcode::JmpShort));
  EXPECT_EQ(f.name, 3u);
  EXPECT_EQ(f.flags, uint32_t(bc::FunctionFlagStrict));
  EXPECT_EQ(f.paramCount, 1u);
  EXPECT_EQ(f.constantBase, 4u);
  EXPECT_EQ(f.constantCount, 1u);
  EXPECT_EQ(f.codeSize, 15u);
  EXPECT_EQ(int32_t(bc::readLE(f.code + 2, 4)), -7) << "LoadInt's immediate";

  struct Case {
    uint32_t fn, pc, line, column;
  } cases[] = {{0, 0, 1, 1},  {0, 3, 1, 1},  {0, 4, 2, 5},
               {0, 13, 2, 5}, {0, 15, 7, 3}, {0, 20, 7, 3},
               {1, 0, 0, 0},  {1, 6, 3, 10}, {1, 13, 3, 10}};
  for (const Case &c : cases) {
    bc::SourcePosition p = m.positionOf(c.fn, c.pc);
    EXPECT_EQ(p.line, c.line) << "function " << c.fn << " pc " << c.pc;
    EXPECT_EQ(p.column, c.column) << "function " << c.fn << " pc " << c.pc;
  }
}

TEST(BytecodeRoundTrip, Uncompressed) {
  Bytes bytes = sampleModule(false);
  bc::LoadedModule m;
  ASSERT_TRUE(m.load(bytes.data(), bytes.size())) << m.error();
  EXPECT_STREQ(m.error(), "");
  expectSampleContents(m);
}

TEST(BytecodeRoundTrip, Compressed) {
  Bytes bytes = sampleModule(true);
  EXPECT_EQ(readAt<uint16_t>(bytes, offsetof(bc::FileHeader, flags)) &
                bc::ModuleFlagCompressed,
            bc::ModuleFlagCompressed);
  Bytes data;
  {
    bc::LoadedModule m;
    ASSERT_TRUE(m.load(bytes.data(), bytes.size())) << m.error();
    // The loaded module owns its inflated payload: the input may go away.
    data = bytes;
  }
  bc::LoadedModule m;
  ASSERT_TRUE(m.load(data.data(), data.size())) << m.error();
  data.assign(data.size(), 0);
  expectSampleContents(m);
}

TEST(BytecodeRoundTrip, CompressionShrinksRepetitiveCode) {
  bytecode::ModuleWriter w;
  bytecode::FunctionRecord fn;
  fn.registerCount = 2;
  bytecode::InstructionEncoder e(fn.code);
  for (int i = 0; i < 5000; ++i)
    e.emit(bc::Opcode::Mov, {0, 1});
  e.emit(bc::Opcode::Ret, {0});
  w.addFunction(std::move(fn));
  Bytes plain = w.write({}), packed = w.write({true, true, 7});
  EXPECT_LT(packed.size() * 10, plain.size())
      << "expected deflate to shrink 15000 bytes of repeated Mov tenfold";
  bc::LoadedModule m;
  ASSERT_TRUE(m.load(packed.data(), packed.size())) << m.error();
  EXPECT_TRUE(m.isModule());
  EXPECT_EQ(m.function(0).codeSize, 15002u);
}

TEST(BytecodeRoundTrip, StringsAreDeduplicated) {
  bytecode::ModuleWriter w;
  EXPECT_EQ(w.addString("x"), w.addString("x"));
  EXPECT_NE(w.addString("x"), w.addString("y"));
  const uint16_t lone[] = {0xD800};
  uint32_t s = w.addStringUtf16(lone);
  EXPECT_EQ(w.addStringUtf16(lone), s);
}

TEST(BytecodeRoundTrip, NaNConstantsAreCanonical) {
  bytecode::ModuleWriter w;
  uint64_t bits = 0x7FF0000000000123ull;
  double nan;
  std::memcpy(&nan, &bits, sizeof nan);
  w.addNumber(nan);
  bytecode::FunctionRecord fn;
  fn.registerCount = 1;
  fn.constantCount = 1;
  bytecode::InstructionEncoder(fn.code).emit(bc::Opcode::Ret, {0});
  w.addFunction(std::move(fn));
  Bytes bytes = w.write({});
  bc::LoadedModule m;
  ASSERT_TRUE(m.load(bytes.data(), bytes.size())) << m.error();
  EXPECT_EQ(m.constant(0).payload, 0x7FF8000000000000ull);
}

TEST(BytecodeRoundTrip, EveryOpcodeHasAConsistentTableEntry) {
  for (unsigned op = 0; op < bc::kOpcodeCount; ++op) {
    const bc::OpcodeInfo &info = bc::kOpcodeInfo[op];
    unsigned bytes = 1;
    for (unsigned i = 0; i < info.operandCount(); ++i)
      bytes += bc::kOperandFormatInfo[unsigned(info.operands[i])].bytes;
    EXPECT_EQ(info.size(), bytes) << info.name;
  }
}

} // namespace
