//===- ModuleWriter.cpp - Serialize a bytecode module ---------------------===//
//
// Lays out a module as docs/bytecode.md describes: the section table, then
// the strings, constants, functions, code and line-table sections, each at a
// 4-byte-aligned offset; then the header with the payload's CRC-32, over the
// deflated payload when compression is asked for. Line tables are encoded
// here from each function's LineEntry list as LEB128 deltas.
//
//===----------------------------------------------------------------------===//
#include "kiln/Bytecode/ModuleWriter.h"

#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/xxhash.h"

#include <cassert>
#include <cmath>
#include <cstring>
#include <zlib.h>

using namespace kiln;
using namespace kiln::bytecode;

namespace {

template <typename T> void append(std::vector<uint8_t> &out, const T &value) {
  const auto *p = reinterpret_cast<const uint8_t *>(&value);
  out.insert(out.end(), p, p + sizeof(T));
}

void alignTo4(std::vector<uint8_t> &out) {
  while (out.size() % 4)
    out.push_back(0);
}

void appendUleb(std::vector<uint8_t> &out, uint64_t v) {
  do {
    uint8_t byte = v & 0x7F;
    v >>= 7;
    out.push_back(byte | (v ? 0x80 : 0));
  } while (v);
}

void appendSleb(std::vector<uint8_t> &out, int64_t v) {
  bool more = true;
  while (more) {
    uint8_t byte = v & 0x7F;
    v >>= 7;
    more = !((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40)));
    out.push_back(byte | (more ? 0x80 : 0));
  }
}

/// Decodes WTF-8 (well-formed by construction of the compiler's atoms) to
/// UTF-16 code units.
std::vector<uint16_t> wtf8ToUtf16(llvm::StringRef text) {
  std::vector<uint16_t> units;
  units.reserve(text.size());
  const auto *p = reinterpret_cast<const uint8_t *>(text.data());
  const uint8_t *end = p + text.size();
  while (p < end) {
    uint32_t cp = *p++;
    unsigned extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
    if (extra)
      cp &= 0x3F >> extra;
    for (; extra && p < end; --extra)
      cp = (cp << 6) | (*p++ & 0x3F);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push_back(static_cast<uint16_t>(0xD800 + (cp >> 10)));
      units.push_back(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      units.push_back(static_cast<uint16_t>(cp));
    }
  }
  return units;
}

} // namespace

void InstructionEncoder::emit(bc::Opcode op,
                              std::initializer_list<int64_t> operands) {
  const bc::OpcodeInfo &info = bc::kOpcodeInfo[static_cast<unsigned>(op)];
  assert(operands.size() == info.operandCount() && "wrong operand count");
  uint32_t at = pc();
  code_.push_back(static_cast<uint8_t>(op));
  code_.resize(at + info.size());
  unsigned index = 0;
  for (int64_t value : operands)
    patch(at, index++, value);
}

void InstructionEncoder::patch(uint32_t at, unsigned index, int64_t value) {
  const bc::OpcodeInfo &info = bc::kOpcodeInfo[code_[at]];
  uint32_t offset = at + 1;
  for (unsigned i = 0; i < index; ++i)
    offset +=
        bc::kOperandFormatInfo[static_cast<unsigned>(info.operands[i])].bytes;
  const bc::OperandFormatInfo &format =
      bc::kOperandFormatInfo[static_cast<unsigned>(info.operands[index])];
  unsigned bits = 8 * format.bytes;
  [[maybe_unused]] bool fits =
      format.isSigned
          ? value >= -(int64_t(1) << (bits - 1)) &&
                value < (int64_t(1) << (bits - 1))
          : value >= 0 && (bits == 64 || value < (int64_t(1) << bits));
  assert(fits && "operand does not fit its format");
  for (unsigned i = 0; i < format.bytes; ++i)
    code_[offset + i] = static_cast<uint8_t>(uint64_t(value) >> (8 * i));
}

uint32_t ModuleWriter::intern(std::vector<uint16_t> units) {
  llvm::StringRef key(reinterpret_cast<const char *>(units.data()),
                      units.size() * sizeof(uint16_t));
  auto [it, inserted] =
      stringIndex_.try_emplace(key, static_cast<uint32_t>(strings_.size()));
  if (inserted) {
    bool isUtf16 = false;
    for (uint16_t u : units)
      isUtf16 |= u > 0xFF;
    strings_.push_back({std::move(units), isUtf16});
  }
  return it->second;
}

uint32_t ModuleWriter::addString(llvm::StringRef wtf8) {
  return intern(wtf8ToUtf16(wtf8));
}

uint32_t ModuleWriter::addStringUtf16(llvm::ArrayRef<uint16_t> units) {
  return intern(std::vector<uint16_t>(units.begin(), units.end()));
}

uint32_t ModuleWriter::addConstant(bc::ConstantTag tag, uint64_t payload) {
  constants_.push_back({static_cast<uint32_t>(tag), 0, payload});
  return static_cast<uint32_t>(constants_.size() - 1);
}

uint32_t ModuleWriter::addNumber(double value) {
  uint64_t bits;
  if (std::isnan(value))
    bits = 0x7FF8000000000000ull;
  else
    std::memcpy(&bits, &value, sizeof bits);
  return addConstant(bc::ConstantTag::Number, bits);
}

uint32_t ModuleWriter::addStringConstant(llvm::StringRef wtf8) {
  return addConstant(bc::ConstantTag::String, addString(wtf8));
}

uint32_t ModuleWriter::addFunction(FunctionRecord function) {
  functions_.push_back(std::move(function));
  return static_cast<uint32_t>(functions_.size() - 1);
}

uint64_t ModuleWriter::hashSource(llvm::StringRef source) {
  return llvm::xxh3_64bits(source);
}

std::vector<uint8_t> ModuleWriter::write(const WriteOptions &options) const {
  constexpr uint32_t sectionCount = bc::kSectionKindCount;
  std::vector<uint8_t> payload(sectionCount * sizeof(bc::SectionEntry));
  alignTo4(payload);
  std::vector<bc::SectionEntry> table;
  auto beginSection = [&](bc::SectionKind kind) {
    alignTo4(payload);
    table.push_back({static_cast<uint32_t>(kind),
                     static_cast<uint32_t>(payload.size()), 0});
  };
  auto endSection = [&] {
    table.back().size =
        static_cast<uint32_t>(payload.size()) - table.back().offset;
  };

  beginSection(bc::SectionKind::Strings);
  append(payload, static_cast<uint32_t>(strings_.size()));
  uint32_t dataOffset = 0;
  for (const StoredString &s : strings_) {
    uint32_t length = static_cast<uint32_t>(s.units.size());
    append(payload,
           bc::StringEntry{dataOffset,
                           length | (s.isUtf16 ? bc::kStringUtf16 : 0)});
    dataOffset += s.isUtf16 ? 2 * length : length;
  }
  for (const StoredString &s : strings_)
    for (uint16_t u : s.units) {
      payload.push_back(static_cast<uint8_t>(u));
      if (s.isUtf16)
        payload.push_back(static_cast<uint8_t>(u >> 8));
    }
  endSection();

  beginSection(bc::SectionKind::Constants);
  append(payload, static_cast<uint32_t>(constants_.size()));
  append(payload, uint32_t(0));
  for (const bc::ConstantEntry &c : constants_)
    append(payload, c);
  endSection();

  // Code and line tables are built first so their offsets are known.
  std::vector<uint8_t> code, lines;
  std::vector<bc::FunctionEntry> entries;
  for (const FunctionRecord &f : functions_) {
    uint32_t lineStart = static_cast<uint32_t>(lines.size());
    int64_t pc = 0, line = 1, column = 1;
    for (const LineEntry &e : f.lines) {
      assert(e.pc >= pc && "line entries out of pc order");
      appendUleb(lines, e.pc - pc);
      appendSleb(lines, int64_t(e.line) - line);
      appendSleb(lines, int64_t(e.column) - column);
      pc = e.pc;
      line = e.line;
      column = e.column;
    }
    entries.push_back({f.name, f.flags, f.paramCount, f.registerCount,
                       static_cast<uint32_t>(code.size()),
                       static_cast<uint32_t>(f.code.size()), f.constantBase,
                       f.constantCount, lineStart,
                       static_cast<uint32_t>(lines.size()) - lineStart});
    code.insert(code.end(), f.code.begin(), f.code.end());
  }

  beginSection(bc::SectionKind::Functions);
  append(payload, static_cast<uint32_t>(entries.size()));
  for (const bc::FunctionEntry &e : entries)
    append(payload, e);
  endSection();

  beginSection(bc::SectionKind::Code);
  payload.insert(payload.end(), code.begin(), code.end());
  endSection();

  beginSection(bc::SectionKind::LineTables);
  payload.insert(payload.end(), lines.begin(), lines.end());
  endSection();

  std::memcpy(payload.data(), table.data(),
              table.size() * sizeof(bc::SectionEntry));
  if (payload.size() > bc::kMaxPayloadSize)
    llvm::report_fatal_error("bytecode module exceeds the format's size limit");

  bc::FileHeader header = {};
  std::memcpy(header.magic, bc::kMagic, sizeof bc::kMagic);
  header.formatVersion = bc::kFormatVersion;
  header.valueSize = bc::kValueSize;
  header.valueLayout = bc::kValueLayoutNanBox1;
  header.flags = (options.compress ? bc::ModuleFlagCompressed : 0) |
                 (options.isModule ? bc::ModuleFlagModule : 0);
  header.sourceHash = options.sourceHash;
  header.uncompressedSize = static_cast<uint32_t>(payload.size());
  header.sectionCount = sectionCount;

  std::vector<uint8_t> stored;
  if (options.compress) {
    uLongf size = compressBound(payload.size());
    stored.resize(size);
    if (compress2(stored.data(), &size, payload.data(), payload.size(),
                  Z_BEST_COMPRESSION) != Z_OK)
      llvm::report_fatal_error("zlib failed to compress a bytecode module");
    stored.resize(size);
  } else {
    stored = std::move(payload);
  }
  header.payloadSize = static_cast<uint32_t>(stored.size());
  header.payloadCrc32 =
      static_cast<uint32_t>(crc32(0L, stored.data(), stored.size()));

  std::vector<uint8_t> out;
  out.reserve(sizeof header + stored.size());
  append(out, header);
  out.insert(out.end(), stored.begin(), stored.end());
  return out;
}
