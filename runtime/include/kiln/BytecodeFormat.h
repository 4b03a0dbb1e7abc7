//===- BytecodeFormat.h - The serialized bytecode module --------*- C++ -*-===//
//
// The file format of a compiled Kiln module: the one contract between the
// compiler, which writes it (compiler/lib/Bytecode/ModuleWriter.cpp), and the
// runtime, which verifies and loads it (runtime/src/bytecode/ModuleReader.cpp).
// A module is a fixed 40-byte header followed by the payload, optionally
// deflate-compressed (zlib format) and covered by a CRC-32. The uncompressed
// payload starts with the section table, followed by the sections it points
// at. Every multi-byte field is little-endian and every structure below has
// no padding; readers copy fields out with memcpy, never through a cast
// pointer, so nothing in the file needs to be aligned. Header-only and
// freestanding. The byte-by-byte description is docs/bytecode.md.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BYTECODEFORMAT_H
#define KILN_BYTECODEFORMAT_H

#include <stddef.h>
#include <stdint.h>

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the bytecode format is read in place and assumes a little-endian host"
#endif

namespace kiln::bc {

/// The first eight bytes of every module. The newline and the 0x1A catch
/// files mangled by text-mode transfers, as PNG's signature does.
inline constexpr uint8_t kMagic[8] = {'K', 'I', 'L', 'N', 'B', 'C', '\n', 0x1A};

/// The version this compiler writes and this runtime reads. Bumped on every
/// incompatible change to anything in this file or in the .def tables.
inline constexpr uint32_t kFormatVersion = 2;

/// sizeof(KilnValue): the size of a register.
inline constexpr uint8_t kValueSize = 8;
/// Identifies the NaN-boxing layout documented in kiln/Value.h.
inline constexpr uint8_t kValueLayoutNanBox1 = 1;

/// Largest uncompressed payload a reader accepts (also bounds what it
/// allocates for inflation).
inline constexpr uint32_t kMaxPayloadSize = 256u * 1024u * 1024u;

/// Header flags. Bits not named here must be zero.
enum ModuleFlags : uint16_t {
  ModuleFlagCompressed = 1u << 0, ///< the payload is a zlib stream
  ModuleFlagModule = 1u << 1,     ///< an ES module, not a classic script
  ModuleFlagsKnown = ModuleFlagCompressed | ModuleFlagModule,
};

/// The file header, at offset 0.
struct FileHeader {
  uint8_t magic[8];          ///< kMagic
  uint32_t formatVersion;    ///< kFormatVersion
  uint8_t valueSize;         ///< kValueSize
  uint8_t valueLayout;       ///< kValueLayoutNanBox1
  uint16_t flags;            ///< ModuleFlags
  uint64_t sourceHash;       ///< identifies the source text; not verified
  uint32_t payloadSize;      ///< stored payload bytes: exactly the rest of file
  uint32_t uncompressedSize; ///< == payloadSize unless compressed
  uint32_t payloadCrc32;     ///< zlib crc32 of the stored payload bytes
  uint32_t sectionCount;     ///< entries in the section table
};
static_assert(sizeof(FileHeader) == 40, "FileHeader has no padding");

enum class SectionKind : uint32_t {
#define KILN_SECTION(Name, Value, Description) Name = Value,
#include "kiln/BytecodeSections.def"
};
inline constexpr unsigned kSectionKindCount = 0
#define KILN_SECTION(Name, Value, Description) +1
#include "kiln/BytecodeSections.def"
    ;

/// One entry of the section table (at payload offset 0). Offsets are from the
/// start of the uncompressed payload; sections are 4-byte aligned, lie after
/// the table and do not overlap.
struct SectionEntry {
  uint32_t kind; ///< SectionKind
  uint32_t offset;
  uint32_t size;
};
static_assert(sizeof(SectionEntry) == 12, "SectionEntry has no padding");

/// Strings section: uint32 count, StringEntry[count], then the character
/// data. An entry's offset is relative to the start of the character data.
/// Characters are Latin-1 bytes (one per code unit) or UTF-16LE code units,
/// so every JavaScript string, lone surrogates included, is representable and
/// loads without decoding.
struct StringEntry {
  uint32_t offset;
  uint32_t lengthAndEncoding; ///< code units | StringUtf16 when two-byte
};
static_assert(sizeof(StringEntry) == 8, "StringEntry has no padding");
inline constexpr uint32_t kStringUtf16 = 1u << 31;
inline constexpr uint32_t kStringLengthMask = kStringUtf16 - 1;

enum class ConstantTag : uint32_t {
#define KILN_CONSTANT(Name, Value, Description) Name = Value,
#include "kiln/BytecodeSections.def"
};

/// Constants section: uint32 count, uint32 zero, ConstantEntry[count].
struct ConstantEntry {
  uint32_t tag;      ///< ConstantTag
  uint32_t reserved; ///< zero
  uint64_t payload;  ///< see BytecodeSections.def
};
static_assert(sizeof(ConstantEntry) == 16, "ConstantEntry has no padding");

/// Function flags. Bits not named here must be zero.
enum FunctionFlags : uint32_t {
  FunctionFlagStrict = 1u << 0,
  FunctionFlagArrow = 1u << 1,
  /// A class constructor: calling it without `new` is a TypeError.
  FunctionFlagClassConstructor = 1u << 2,
  /// The constructor of a class with `extends` (`this` starts unbound).
  FunctionFlagDerivedConstructor = 1u << 3,
  /// An async function or arrow: a call returns a promise and `await`
  /// suspends the frame.
  FunctionFlagAsync = 1u << 4,
  /// A method (class or object literal): not a constructor.
  FunctionFlagMethod = 1u << 5,
  FunctionFlagsKnown = FunctionFlagStrict | FunctionFlagArrow |
                       FunctionFlagClassConstructor |
                       FunctionFlagDerivedConstructor | FunctionFlagAsync |
                       FunctionFlagMethod,
};

/// Name index of a function without a name.
inline constexpr uint32_t kNoName = 0xFFFFFFFFu;

/// Functions section: uint32 count, FunctionEntry[count]. Function 0 is the
/// script or module body.
struct FunctionEntry {
  uint32_t name;            ///< string index or kNoName
  uint32_t flags;           ///< FunctionFlags
  /// The function's `length` (parameters before the first default or
  /// rest); <= registerCount.
  uint16_t paramCount;
  uint16_t registerCount;   ///< registers r0 .. registerCount-1
  uint32_t codeOffset;      ///< into the Code section
  uint32_t codeSize;        ///< > 0
  uint32_t constantBase;    ///< first constant-pool entry of this function
  uint32_t constantCount;   ///< constant operands index [base, base + count)
  uint32_t lineTableOffset; ///< into the LineTables section
  uint32_t lineTableSize;
};
static_assert(sizeof(FunctionEntry) == 36, "FunctionEntry has no padding");

/// A line table is a sequence of (ULEB128 pc delta, SLEB128 line delta,
/// SLEB128 column delta) triples applied to the state (pc 0, line 1, column
/// 1); each triple yields one row: instructions from its pc up to the next
/// row's pc come from that line and column. Every pc is an instruction start
/// of the function; lines and columns stay within [1, 2^31).
inline constexpr uint32_t kMaxLineOrColumn = 0x7FFFFFFFu;

// --- Instructions -----------------------------------------------------------

enum class OperandFormat : uint8_t {
  None, ///< no operand (fills unused slots)
#define KILN_OPERAND(Name, Bytes, Checked) Name,
#include "kiln/Opcodes.def"
};

/// What the verifier compares an operand with (see Opcodes.def).
enum class OperandCheck : uint8_t {
  None,
  Register,
  Constant,
  String,
  Function,
  Jump
};

struct OperandFormatInfo {
  const char *name;
  uint8_t bytes;
  OperandCheck check;
  bool isSigned;
};

inline constexpr OperandFormatInfo kOperandFormatInfo[] = {
    {"none", 0, OperandCheck::None, false},
#define KILN_OPERAND(Name, Bytes, Checked)                                     \
  {#Name, Bytes, OperandCheck::Checked,                                        \
   OperandCheck::Checked == OperandCheck::Jump || (#Name)[0] == 'I'},
#include "kiln/Opcodes.def"
};

enum class Opcode : uint8_t {
#define KILN_OPCODE(Name, Flow, ...) Name,
#include "kiln/Opcodes.def"
};

/// How control leaves an instruction.
enum class ControlFlow : uint8_t { Next, Branch, Jump, Exit };

inline constexpr unsigned kMaxOperands = 4;

struct OpcodeInfo {
  const char *name;
  ControlFlow flow;
  OperandFormat operands[kMaxOperands];

  constexpr unsigned operandCount() const {
    unsigned n = 0;
    while (n < kMaxOperands && operands[n] != OperandFormat::None)
      ++n;
    return n;
  }
  /// Bytes of the whole instruction, opcode byte included.
  constexpr unsigned size() const {
    unsigned bytes = 1;
    for (OperandFormat f : operands)
      bytes += kOperandFormatInfo[static_cast<unsigned>(f)].bytes;
    return bytes;
  }
};

namespace detail {
using enum OperandFormat;
inline constexpr OpcodeInfo kOpcodeTable[] = {
#define KILN_OPCODE(Name, Flow, ...) {#Name, ControlFlow::Flow, {__VA_ARGS__}},
#include "kiln/Opcodes.def"
};
} // namespace detail

/// The instruction table, indexed by opcode byte.
inline constexpr const OpcodeInfo (
    &kOpcodeInfo)[sizeof(detail::kOpcodeTable) / sizeof(OpcodeInfo)] =
    detail::kOpcodeTable;
inline constexpr unsigned kOpcodeCount =
    sizeof(kOpcodeInfo) / sizeof(kOpcodeInfo[0]);
static_assert(kOpcodeCount <= 256, "opcodes are one byte");

/// Reads a little-endian unsigned integer of \p bytes (1, 2, 4 or 8) bytes.
inline uint64_t readLE(const uint8_t *p, unsigned bytes) {
  uint64_t v = 0;
  for (unsigned i = 0; i < bytes; ++i)
    v |= static_cast<uint64_t>(p[i]) << (8 * i);
  return v;
}

} // namespace kiln::bc

#endif // KILN_BYTECODEFORMAT_H
