//===- ModuleReader.cpp - Verify and load a bytecode module ---------------===//
//
// Checks a serialized module in the order its parts depend on each other:
// header, payload size and CRC-32, inflation, section table, strings,
// constants, functions, then each function's instructions (opcodes, operand
// ranges, jump targets, the final instruction) and line table. Every size
// taken from the file is compared with the bytes actually present, in 64-bit
// arithmetic, before anything is read or allocated from it. The first failed
// check ends the load with a message that names what was wrong.
//
//===----------------------------------------------------------------------===//
#include "bytecode/ModuleReader.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

using namespace kiln::bc;

namespace {

/// deflate never compresses better than about 1032:1; a larger claimed
/// uncompressed size is rejected before anything is allocated for it.
constexpr uint64_t kMaxDeflateRatio = 1032;

const char *sectionName(uint32_t kind) {
  switch (kind) {
#define KILN_SECTION(Name, Value, Description)                                 \
  case Value:                                                                  \
    return Description;
#include "kiln/BytecodeSections.def"
  }
  return "unknown section";
}

bool isKnownConstantTag(uint32_t tag) {
  switch (tag) {
#define KILN_CONSTANT(Name, Value, Description)                                \
  case Value:                                                                  \
    return true;
#include "kiln/BytecodeSections.def"
  }
  return false;
}

template <typename T> T readStruct(const uint8_t *p) {
  T value;
  memcpy(&value, p, sizeof(T));
  return value;
}

/// Decodes a LEB128 number at \p p (< end). Returns false when it runs past
/// \p end or does not fit in 64 bits.
bool readLeb128(const uint8_t *&p, const uint8_t *end, bool isSigned,
                int64_t &out) {
  uint64_t result = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    if (p == end || shift >= 64)
      return false;
    byte = *p++;
    result |= static_cast<uint64_t>(byte & 0x7F) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (isSigned && shift < 64 && (byte & 0x40))
    result |= ~uint64_t(0) << shift;
  out = static_cast<int64_t>(result);
  return true;
}

bool testBit(const uint8_t *bits, uint64_t i) {
  return bits[i / 8] & (1u << (i % 8));
}

} // namespace

LoadedModule::~LoadedModule() {
  free(inflated_);
  free(instructionStarts_);
}

bool LoadedModule::fail(const char *format, ...) {
  static const char prefix[] = "invalid bytecode module: ";
  memcpy(error_, prefix, sizeof prefix);
  va_list args;
  va_start(args, format);
  vsnprintf(error_ + sizeof prefix - 1, sizeof error_ - (sizeof prefix - 1),
            format, args);
  va_end(args);
  stringCount_ = constantCount_ = functionCount_ = 0;
  return false;
}

bool LoadedModule::load(const uint8_t *data, size_t size) {
  error_[0] = '\0';
  if (!readHeader(data, size) || !readSectionTable())
    return false;
  const auto kind = [](SectionKind k) { return static_cast<uint32_t>(k); };
  if (!readStrings(sections_[kind(SectionKind::Strings)],
                   sectionSizes_[kind(SectionKind::Strings)]) ||
      !readConstants(sections_[kind(SectionKind::Constants)],
                     sectionSizes_[kind(SectionKind::Constants)]) ||
      !readFunctions(sections_[kind(SectionKind::Functions)],
                     sectionSizes_[kind(SectionKind::Functions)]))
    return false;

  // One bitmap of instruction starts, sized for the largest function.
  uint32_t largest = 0;
  for (uint32_t i = 0; i < functionCount_; ++i)
    if (function(i).codeSize > largest)
      largest = function(i).codeSize;
  instructionStarts_ = static_cast<uint8_t *>(malloc(largest / 8 + 1));
  if (!instructionStarts_)
    return fail("out of memory verifying %u bytes of code", largest);
  bool ok = true;
  for (uint32_t i = 0; ok && i < functionCount_; ++i) {
    FunctionView fn = function(i);
    ok = verifyCode(i, fn) && verifyLineTable(i, fn);
  }
  free(instructionStarts_);
  instructionStarts_ = nullptr;
  return ok;
}

bool LoadedModule::readHeader(const uint8_t *data, size_t size) {
  if (size >= sizeof kMagic && memcmp(data, kMagic, sizeof kMagic) != 0)
    return fail("not a Kiln bytecode module (bad magic number)");
  if (size < sizeof(FileHeader))
    return fail("truncated header: the module is %zu bytes, the header "
                "alone is %zu",
                size, sizeof(FileHeader));
  FileHeader h = readStruct<FileHeader>(data);
  if (h.formatVersion != kFormatVersion)
    return fail("bytecode format version %u, this runtime reads version %u",
                h.formatVersion, kFormatVersion);
  if (h.valueSize != kValueSize)
    return fail("compiled for %u-byte values, this runtime uses %u-byte "
                "values",
                h.valueSize, kValueSize);
  if (h.valueLayout != kValueLayoutNanBox1)
    return fail("compiled for value layout %u, this runtime uses layout %u",
                h.valueLayout, kValueLayoutNanBox1);
  if (h.flags & ~ModuleFlagsKnown)
    return fail("unknown header flags 0x%x", h.flags & ~ModuleFlagsKnown);
  size_t present = size - sizeof(FileHeader);
  if (h.payloadSize > present)
    return fail("truncated payload: the header declares %u bytes, %zu are "
                "present",
                h.payloadSize, present);
  if (h.payloadSize < present)
    return fail("%zu unexpected bytes after the payload",
                present - h.payloadSize);
  const uint8_t *stored = data + sizeof(FileHeader);
  uint32_t crc = static_cast<uint32_t>(crc32(0L, stored, h.payloadSize));
  if (crc != h.payloadCrc32)
    return fail("payload CRC-32 is 0x%08x, the header says 0x%08x", crc,
                h.payloadCrc32);
  if (h.uncompressedSize > kMaxPayloadSize)
    return fail("uncompressed payload of %u bytes exceeds the limit of %u",
                h.uncompressedSize, kMaxPayloadSize);
  sourceHash_ = h.sourceHash;
  flags_ = h.flags;
  sectionCount_ = h.sectionCount;

  if (!(h.flags & ModuleFlagCompressed)) {
    if (h.uncompressedSize != h.payloadSize)
      return fail("uncompressed module declares %u payload bytes but stores "
                  "%u",
                  h.uncompressedSize, h.payloadSize);
    payload_ = stored;
    payloadSize_ = h.payloadSize;
    return true;
  }
  if (h.uncompressedSize > uint64_t(h.payloadSize) * kMaxDeflateRatio + 64)
    return fail("%u compressed bytes cannot inflate to the declared %u bytes",
                h.payloadSize, h.uncompressedSize);
  inflated_ = static_cast<uint8_t *>(malloc(h.uncompressedSize + 1));
  if (!inflated_)
    return fail("out of memory inflating %u bytes", h.uncompressedSize);
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit(&z) != Z_OK)
    return fail("cannot initialize zlib");
  z.next_in = const_cast<Bytef *>(stored);
  z.avail_in = h.payloadSize;
  z.next_out = inflated_;
  // One spare byte: output beyond the declared size shows up as avail_out 0.
  z.avail_out = h.uncompressedSize + 1;
  int status = inflate(&z, Z_FINISH);
  uLong produced = z.total_out;
  uInt unread = z.avail_in;
  inflateEnd(&z);
  if (status != Z_STREAM_END)
    return fail("decompression failed: %s",
                status == Z_BUF_ERROR && z.avail_out == 0
                    ? "output exceeds the declared size"
                : status == Z_DATA_ERROR ? "corrupt deflate stream"
                                         : "truncated deflate stream");
  if (produced != h.uncompressedSize)
    return fail("decompression produced %lu bytes, the header declares %u",
                produced, h.uncompressedSize);
  if (unread != 0)
    return fail("%u bytes after the end of the deflate stream", unread);
  payload_ = inflated_;
  payloadSize_ = h.uncompressedSize;
  return true;
}

bool LoadedModule::readSectionTable() {
  uint64_t tableEnd = uint64_t(sectionCount_) * sizeof(SectionEntry);
  if (tableEnd > payloadSize_)
    return fail("section table of %u entries overruns the %u-byte payload",
                sectionCount_, payloadSize_);
  SectionEntry seen[kSectionKindCount + 1] = {};
  for (uint32_t i = 0; i < sectionCount_; ++i) {
    SectionEntry s =
        readStruct<SectionEntry>(payload_ + i * sizeof(SectionEntry));
    if (s.kind == 0 || s.kind > kSectionKindCount)
      return fail("section %u has unknown kind %u", i, s.kind);
    if (sections_[s.kind])
      return fail("duplicate %s section", sectionName(s.kind));
    if (s.offset % 4 != 0)
      return fail("%s section at offset %u is not 4-byte aligned",
                  sectionName(s.kind), s.offset);
    if (s.offset < tableEnd || uint64_t(s.offset) + s.size > payloadSize_)
      return fail("%s section [%u, %llu) lies outside the payload "
                  "[%llu, %u)",
                  sectionName(s.kind), s.offset,
                  (unsigned long long)(uint64_t(s.offset) + s.size),
                  (unsigned long long)tableEnd, payloadSize_);
    for (uint32_t k = 1; k <= kSectionKindCount; ++k)
      if (sections_[k] && s.offset < seen[k].offset + seen[k].size &&
          seen[k].offset < s.offset + s.size)
        return fail("%s section overlaps the %s section", sectionName(s.kind),
                    sectionName(k));
    seen[s.kind] = s;
    sections_[s.kind] = payload_ + s.offset;
    sectionSizes_[s.kind] = s.size;
  }
  for (uint32_t k = 1; k <= kSectionKindCount; ++k)
    if (!sections_[k])
      return fail("missing %s section", sectionName(k));
  return true;
}

bool LoadedModule::readStrings(const uint8_t *section, uint32_t size) {
  if (size < 4)
    return fail("string table of %u bytes has no count", size);
  uint32_t count = readStruct<uint32_t>(section);
  uint64_t entriesEnd = 4 + uint64_t(count) * sizeof(StringEntry);
  if (entriesEnd > size)
    return fail("string table of %u entries overruns its %u-byte section",
                count, size);
  const uint8_t *entries = section + 4;
  uint64_t dataSize = size - entriesEnd;
  for (uint32_t i = 0; i < count; ++i) {
    StringEntry e = readStruct<StringEntry>(entries + i * sizeof(StringEntry));
    uint64_t units = e.lengthAndEncoding & kStringLengthMask;
    uint64_t bytes = (e.lengthAndEncoding & kStringUtf16) ? 2 * units : units;
    if (e.offset + bytes > dataSize)
      return fail("string %u [%u, %llu) lies outside the %llu bytes of "
                  "string data",
                  i, e.offset, (unsigned long long)(e.offset + bytes),
                  (unsigned long long)dataSize);
  }
  stringEntries_ = entries;
  stringData_ = section + entriesEnd;
  stringCount_ = count;
  return true;
}

bool LoadedModule::readConstants(const uint8_t *section, uint32_t size) {
  if (size < 8)
    return fail("constant pool of %u bytes has no count", size);
  uint32_t count = readStruct<uint32_t>(section);
  if (8 + uint64_t(count) * sizeof(ConstantEntry) != size)
    return fail("constant pool of %u entries does not fill its %u-byte "
                "section",
                count, size);
  for (uint32_t i = 0; i < count; ++i) {
    ConstantEntry c =
        readStruct<ConstantEntry>(section + 8 + i * sizeof(ConstantEntry));
    if (!isKnownConstantTag(c.tag))
      return fail("constant %u has unknown tag %u", i, c.tag);
    if (c.reserved != 0)
      return fail("constant %u has a nonzero reserved field", i);
    switch (static_cast<ConstantTag>(c.tag)) {
    case ConstantTag::Undefined:
    case ConstantTag::Null:
      if (c.payload != 0)
        return fail("constant %u: undefined and null have payload 0", i);
      break;
    case ConstantTag::Boolean:
      if (c.payload > 1)
        return fail("constant %u: boolean payload %llu is not 0 or 1", i,
                    (unsigned long long)c.payload);
      break;
    case ConstantTag::Number:
      // NaNs are canonical so that the VM can box the bits as they are.
      if ((c.payload & 0x7FF0000000000000ull) == 0x7FF0000000000000ull &&
          (c.payload & 0x000FFFFFFFFFFFFFull) != 0 &&
          c.payload != 0x7FF8000000000000ull)
        return fail("constant %u is a non-canonical NaN 0x%016llx", i,
                    (unsigned long long)c.payload);
      break;
    case ConstantTag::String:
      if (c.payload >= stringCount_)
        return fail("constant %u: string index %llu out of range (%u "
                    "strings)",
                    i, (unsigned long long)c.payload, stringCount_);
      break;
    }
  }
  constantEntries_ = section + 8;
  constantCount_ = count;
  return true;
}

bool LoadedModule::readFunctions(const uint8_t *section, uint32_t size) {
  if (size < 4)
    return fail("function table of %u bytes has no count", size);
  uint32_t count = readStruct<uint32_t>(section);
  if (4 + uint64_t(count) * sizeof(FunctionEntry) != size)
    return fail("function table of %u entries does not fill its %u-byte "
                "section",
                count, size);
  if (count == 0)
    return fail("no functions (function 0 is the script body)");
  uint32_t codeSize = sectionSizes_[uint32_t(SectionKind::Code)];
  uint32_t linesSize = sectionSizes_[uint32_t(SectionKind::LineTables)];
  for (uint32_t i = 0; i < count; ++i) {
    FunctionEntry f =
        readStruct<FunctionEntry>(section + 4 + i * sizeof(FunctionEntry));
    if (f.name != kNoName && f.name >= stringCount_)
      return fail("function %u: name string %u out of range (%u strings)", i,
                  f.name, stringCount_);
    if (f.flags & ~FunctionFlagsKnown)
      return fail("function %u: unknown flags 0x%x", i,
                  f.flags & ~FunctionFlagsKnown);
    if (f.paramCount > f.registerCount)
      return fail("function %u: %u parameters but only %u registers", i,
                  f.paramCount, f.registerCount);
    if (f.codeSize == 0)
      return fail("function %u has no code", i);
    if (uint64_t(f.codeOffset) + f.codeSize > codeSize)
      return fail("function %u: bytecode [%u, %llu) outside the %u-byte "
                  "code section",
                  i, f.codeOffset,
                  (unsigned long long)(uint64_t(f.codeOffset) + f.codeSize),
                  codeSize);
    if (uint64_t(f.constantBase) + f.constantCount > constantCount_)
      return fail(
          "function %u: constants [%u, %llu) outside the pool of %u", i,
          f.constantBase,
          (unsigned long long)(uint64_t(f.constantBase) + f.constantCount),
          constantCount_);
    if (uint64_t(f.lineTableOffset) + f.lineTableSize > linesSize)
      return fail(
          "function %u: line table [%u, %llu) outside the %u-byte "
          "line-table section",
          i, f.lineTableOffset,
          (unsigned long long)(uint64_t(f.lineTableOffset) + f.lineTableSize),
          linesSize);
  }
  functionEntries_ = section + 4;
  functionCount_ = count;
  return true;
}

bool LoadedModule::verifyCode(uint32_t index, const FunctionView &fn) {
  uint8_t *starts = instructionStarts_;
  memset(starts, 0, fn.codeSize / 8 + 1);
  // Pass 1: opcodes and instruction boundaries.
  uint32_t pc = 0, lastPc = 0;
  while (pc < fn.codeSize) {
    uint8_t op = fn.code[pc];
    if (op >= kOpcodeCount)
      return fail("function %u, pc %u: unknown opcode 0x%02x", index, pc, op);
    unsigned size = kOpcodeInfo[op].size();
    if (uint64_t(pc) + size > fn.codeSize)
      return fail("function %u, pc %u: truncated %s instruction (%u bytes, "
                  "%u left)",
                  index, pc, kOpcodeInfo[op].name, size, fn.codeSize - pc);
    starts[pc / 8] |= uint8_t(1u << (pc % 8));
    lastPc = pc;
    pc += size;
  }
  ControlFlow lastFlow = kOpcodeInfo[fn.code[lastPc]].flow;
  if (lastFlow != ControlFlow::Jump && lastFlow != ControlFlow::Exit)
    return fail("function %u, pc %u: execution falls off the end after %s",
                index, lastPc, kOpcodeInfo[fn.code[lastPc]].name);

  // Pass 2: operands.
  for (pc = 0; pc < fn.codeSize; pc += kOpcodeInfo[fn.code[pc]].size()) {
    const OpcodeInfo &info = kOpcodeInfo[fn.code[pc]];
    const uint8_t *p = fn.code + pc + 1;
    for (unsigned n = 0; n < info.operandCount(); ++n) {
      const OperandFormatInfo &format =
          kOperandFormatInfo[static_cast<unsigned>(info.operands[n])];
      uint64_t raw = readLE(p, format.bytes);
      p += format.bytes;
      switch (format.check) {
      case OperandCheck::None:
        break;
      case OperandCheck::Register:
        if (raw >= fn.registerCount)
          return fail("function %u, pc %u: %s operand %u is register r%llu, "
                      "the function has %u registers",
                      index, pc, info.name, n + 1, (unsigned long long)raw,
                      fn.registerCount);
        break;
      case OperandCheck::Constant:
        if (raw >= fn.constantCount)
          return fail("function %u, pc %u: %s operand %u is constant %llu, "
                      "the function has %u constants",
                      index, pc, info.name, n + 1, (unsigned long long)raw,
                      fn.constantCount);
        break;
      case OperandCheck::String:
        if (raw >= stringCount_)
          return fail("function %u, pc %u: %s operand %u is string %llu, the "
                      "module has %u strings",
                      index, pc, info.name, n + 1, (unsigned long long)raw,
                      stringCount_);
        break;
      case OperandCheck::Function:
        if (raw >= functionCount_)
          return fail("function %u, pc %u: %s operand %u is function %llu, "
                      "the module has %u functions",
                      index, pc, info.name, n + 1, (unsigned long long)raw,
                      functionCount_);
        break;
      case OperandCheck::Jump: {
        // Sign-extend the offset from its width.
        unsigned bits = 8 * format.bytes;
        int64_t offset =
            static_cast<int64_t>(raw << (64 - bits)) >> (64 - bits);
        int64_t target = int64_t(pc) + offset;
        if (target < 0 || target >= int64_t(fn.codeSize))
          return fail("function %u, pc %u: %s jumps to %lld, outside the "
                      "function's %u bytes",
                      index, pc, info.name, (long long)target, fn.codeSize);
        if (!testBit(starts, uint64_t(target)))
          return fail("function %u, pc %u: %s jumps to %lld, which is not "
                      "the start of an instruction",
                      index, pc, info.name, (long long)target);
        break;
      }
      }
    }
  }
  return true;
}

bool LoadedModule::verifyLineTable(uint32_t index, const FunctionView &fn) {
  const uint8_t *p = fn.lineTable, *end = fn.lineTable + fn.lineTableSize;
  int64_t pc = 0, line = 1, column = 1;
  for (uint32_t row = 0; p < end; ++row) {
    int64_t pcDelta, lineDelta, columnDelta;
    if (!readLeb128(p, end, false, pcDelta) ||
        !readLeb128(p, end, true, lineDelta) ||
        !readLeb128(p, end, true, columnDelta))
      return fail("function %u: line table row %u overruns the table's %u "
                  "bytes",
                  index, row, fn.lineTableSize);
    if (uint64_t(pcDelta) >= fn.codeSize ||
        uint64_t(pc) + uint64_t(pcDelta) >= fn.codeSize)
      return fail("function %u: line table row %u: pc past the end of the "
                  "function's %u bytes",
                  index, row, fn.codeSize);
    pc += pcDelta;
    if (!testBit(instructionStarts_, uint64_t(pc)))
      return fail("function %u: line table row %u: pc %lld is not the start "
                  "of an instruction",
                  index, row, (long long)pc);
    // Deltas are bounded so the sums below cannot overflow.
    if (lineDelta < -int64_t(kMaxLineOrColumn) ||
        lineDelta > int64_t(kMaxLineOrColumn) ||
        columnDelta < -int64_t(kMaxLineOrColumn) ||
        columnDelta > int64_t(kMaxLineOrColumn) || line + lineDelta < 1 ||
        line + lineDelta > kMaxLineOrColumn || column + columnDelta < 1 ||
        column + columnDelta > kMaxLineOrColumn)
      return fail("function %u: line table row %u: line or column outside "
                  "[1, %u]",
                  index, row, kMaxLineOrColumn);
    line += lineDelta;
    column += columnDelta;
  }
  return true;
}

StringView LoadedModule::string(uint32_t index) const {
  StringEntry e =
      readStruct<StringEntry>(stringEntries_ + index * sizeof(StringEntry));
  return {stringData_ + e.offset, e.lengthAndEncoding & kStringLengthMask,
          (e.lengthAndEncoding & kStringUtf16) != 0};
}

ConstantEntry LoadedModule::constant(uint32_t index) const {
  return readStruct<ConstantEntry>(constantEntries_ +
                                   index * sizeof(ConstantEntry));
}

FunctionView LoadedModule::function(uint32_t index) const {
  FunctionEntry f = readStruct<FunctionEntry>(functionEntries_ +
                                              index * sizeof(FunctionEntry));
  return {f.name,
          f.flags,
          f.paramCount,
          f.registerCount,
          sections_[uint32_t(SectionKind::Code)] + f.codeOffset,
          f.codeSize,
          f.constantBase,
          f.constantCount,
          sections_[uint32_t(SectionKind::LineTables)] + f.lineTableOffset,
          f.lineTableSize};
}

SourcePosition LoadedModule::positionOf(uint32_t index, uint32_t pc) const {
  FunctionView fn = function(index);
  const uint8_t *p = fn.lineTable, *end = fn.lineTable + fn.lineTableSize;
  int64_t rowPc = 0, line = 1, column = 1;
  SourcePosition found = {0, 0};
  while (p < end) {
    int64_t pcDelta, lineDelta, columnDelta;
    readLeb128(p, end, false, pcDelta);
    readLeb128(p, end, true, lineDelta);
    readLeb128(p, end, true, columnDelta);
    rowPc += pcDelta;
    line += lineDelta;
    column += columnDelta;
    if (rowPc > pc)
      break;
    found = {uint32_t(line), uint32_t(column)};
  }
  return found;
}
