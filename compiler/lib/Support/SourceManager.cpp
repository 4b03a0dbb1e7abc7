//===- SourceManager.cpp - Source buffers and locations ------------------===//
//
// Loads files, assigns each a base in the global location space and answers
// line/column queries with a binary search over precomputed line starts.
//
//===----------------------------------------------------------------------===//
#include "kiln/Support/SourceManager.h"

#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>

using namespace kiln;

SourceFile::SourceFile(std::string name, std::string text, uint32_t base)
    : name_(std::move(name)), text_(std::move(text)), base_(base) {
  lineStarts_.push_back(0);
  const char *s = text_.data();
  size_t n = text_.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = s[i];
    if (c == '\n') {
      lineStarts_.push_back(uint32_t(i + 1));
    } else if (c == '\r') {
      if (i + 1 < n && s[i + 1] == '\n')
        ++i;
      lineStarts_.push_back(uint32_t(i + 1));
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0xA8 ||
                (unsigned char)s[i + 2] == 0xA9)) {
      i += 2;
      lineStarts_.push_back(uint32_t(i + 1));
    }
  }
}

void SourceFile::getLineAndColumn(uint32_t offset, unsigned &line,
                                  unsigned &col) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  size_t idx = size_t(it - lineStarts_.begin()) - 1;
  line = unsigned(idx + 1);
  col = unsigned(offset - lineStarts_[idx] + 1);
}

llvm::StringRef SourceFile::getLineText(unsigned line) const {
  if (line == 0 || line > lineStarts_.size())
    return {};
  uint32_t begin = lineStarts_[line - 1];
  uint32_t end = line < lineStarts_.size() ? lineStarts_[line] : text_.size();
  // Strip the terminator (LF, CR, CRLF, LS, PS).
  while (end > begin) {
    unsigned char c = text_[end - 1];
    if (c == '\n' || c == '\r') {
      --end;
      continue;
    }
    if (end - begin >= 3 && (unsigned char)text_[end - 3] == 0xE2 &&
        (unsigned char)text_[end - 2] == 0x80 && (c == 0xA8 || c == 0xA9) &&
        line < lineStarts_.size()) {
      end -= 3;
    }
    break;
  }
  return llvm::StringRef(text_.data() + begin, end - begin);
}

SourceFile *SourceManager::addFile(std::string name, std::string text,
                                   std::string *error) {
  if (text.size() >= kMaxSourceFileSize ||
      uint64_t(nextBase_) + text.size() + 1 >= (uint64_t(1) << 32)) {
    if (error)
      *error = "file is too large (Kiln accepts source files up to 1 GiB)";
    return nullptr;
  }
  uint32_t base = nextBase_;
  nextBase_ += uint32_t(text.size()) + 1;
  files_.push_back(
      std::make_unique<SourceFile>(std::move(name), std::move(text), base));
  return files_.back().get();
}

SourceFile *SourceManager::loadFile(llvm::StringRef path, std::string *error) {
  auto buf =
      llvm::MemoryBuffer::getFileOrSTDIN(path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!buf) {
    if (error)
      *error = buf.getError().message();
    return nullptr;
  }
  return addFile(path == "-" ? "<stdin>" : path.str(),
                 (*buf)->getBuffer().str(), error);
}

const SourceFile *SourceManager::getFile(SourceLoc loc) const {
  if (!loc.isValid())
    return nullptr;
  auto it =
      std::upper_bound(files_.begin(), files_.end(), loc.getRaw(),
                       [](uint32_t raw, const std::unique_ptr<SourceFile> &f) {
                         return raw < f->getBase();
                       });
  if (it == files_.begin())
    return nullptr;
  const SourceFile *f = (it - 1)->get();
  return f->contains(loc) ? f : nullptr;
}
