//===- SourceManager.h - Source buffers and locations -----------*- C++ -*-===//
//
// Owns the text of every source file in a compilation and maps locations to
// file, line and column. A SourceLoc is a single 32-bit offset into a global
// address space in which each file occupies [base, base + size]; the position
// one past the last byte (end of file) is a valid location. Every stage refers
// to source text only through SourceLoc/SourceRange, so diagnostics from any
// stage point back at the exact bytes.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_SOURCEMANAGER_H
#define KILN_SUPPORT_SOURCEMANAGER_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiln {

/// A position in some source file; 0 is reserved for "no location".
class SourceLoc {
public:
  SourceLoc() = default;
  static SourceLoc fromRaw(uint32_t raw) {
    SourceLoc loc;
    loc.raw_ = raw;
    return loc;
  }
  bool isValid() const { return raw_ != 0; }
  uint32_t getRaw() const { return raw_; }
  SourceLoc getAdvanced(uint32_t bytes) const { return fromRaw(raw_ + bytes); }
  bool operator==(const SourceLoc &o) const = default;
  bool operator<(const SourceLoc &o) const { return raw_ < o.raw_; }

private:
  uint32_t raw_ = 0;
};

/// A half-open range [begin, end) of source bytes.
struct SourceRange {
  SourceLoc begin, end;
  SourceRange() = default;
  SourceRange(SourceLoc b, SourceLoc e) : begin(b), end(e) {}
  explicit SourceRange(SourceLoc b) : begin(b), end(b) {}
  bool isValid() const { return begin.isValid(); }
};

/// One loaded source file. Text is always followed by a NUL byte in memory
/// (not counted in size) so that scanners may look one byte past the end.
class SourceFile {
public:
  SourceFile(std::string name, std::string text, uint32_t base);
  llvm::StringRef getName() const { return name_; }
  llvm::StringRef getText() const {
    return llvm::StringRef(text_.data(), text_.size());
  }
  /// First location of this file (offset 0).
  SourceLoc getStartLoc() const { return SourceLoc::fromRaw(base_); }
  /// The end-of-file location (offset == size).
  SourceLoc getEndLoc() const {
    return SourceLoc::fromRaw(base_ + uint32_t(text_.size()));
  }
  uint32_t getBase() const { return base_; }
  bool contains(SourceLoc loc) const {
    return loc.getRaw() >= base_ && loc.getRaw() <= base_ + text_.size();
  }
  uint32_t getOffset(SourceLoc loc) const { return loc.getRaw() - base_; }
  SourceLoc getLoc(uint32_t offset) const {
    return SourceLoc::fromRaw(base_ + offset);
  }
  /// 1-based line and 1-based byte column of \p offset. Lines end at LF, CR,
  /// CRLF, U+2028 and U+2029, as ECMAScript's LineTerminatorSequence.
  void getLineAndColumn(uint32_t offset, unsigned &line, unsigned &col) const;
  /// Text of 1-based \p line without its terminator.
  llvm::StringRef getLineText(unsigned line) const;
  unsigned getNumLines() const { return unsigned(lineStarts_.size()); }

private:
  std::string name_;
  std::string text_;
  uint32_t base_;
  /// Offsets at which each line begins; lineStarts_[0] == 0.
  std::vector<uint32_t> lineStarts_;
};

/// Largest source file Kiln accepts; the global location space is 32 bits.
constexpr uint64_t kMaxSourceFileSize = 1u << 30;

/// Owns all SourceFiles of a compilation.
class SourceManager {
public:
  /// Adds a buffer; returns null (and sets \p error) if it is too large.
  SourceFile *addFile(std::string name, std::string text, std::string *error);
  /// Reads a file from disk ("-" is standard input). Returns null and sets
  /// \p error on failure.
  SourceFile *loadFile(llvm::StringRef path, std::string *error);
  /// The file containing \p loc, or null for an invalid location.
  const SourceFile *getFile(SourceLoc loc) const;

private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  uint32_t nextBase_ = 1;
};

} // namespace kiln

#endif
