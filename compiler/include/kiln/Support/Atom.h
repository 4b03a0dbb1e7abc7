//===- Atom.h - Interned strings ---------------------------------*- C++
//-*-===//
//
// An Atom is an interned string: two Atoms from the same AtomTable are equal
// exactly when their text is equal, so identifier comparison is a pointer
// compare. Text is stored as WTF-8 (UTF-8 that may also encode lone surrogate
// code points), which can represent every ECMAScript string value.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_ATOM_H
#define KILN_SUPPORT_ATOM_H

#include "llvm/ADT/DenseMapInfo.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"

namespace kiln {

class Atom {
public:
  Atom() = default;
  bool isValid() const { return entry_ != nullptr; }
  explicit operator bool() const { return isValid(); }
  llvm::StringRef str() const {
    return entry_ ? entry_->getKey() : llvm::StringRef();
  }
  bool operator==(const Atom &o) const { return entry_ == o.entry_; }
  bool operator!=(const Atom &o) const { return entry_ != o.entry_; }
  const void *getOpaque() const { return entry_; }
  static Atom fromOpaque(const void *p) {
    Atom a;
    a.entry_ = static_cast<const Entry *>(p);
    return a;
  }

private:
  friend class AtomTable;
  using Entry = llvm::StringMapEntry<std::nullopt_t>;
  const Entry *entry_ = nullptr;
};

class AtomTable {
public:
  AtomTable();
  AtomTable(const AtomTable &) = delete;
  AtomTable &operator=(const AtomTable &) = delete;

  Atom intern(llvm::StringRef text) {
    Atom a;
    a.entry_ = &*set_.insert(text).first;
    return a;
  }

#define ATOM(Name, Text) Atom Name;
#include "kiln/Lex/Atoms.def"
#undef ATOM

private:
  llvm::StringSet<llvm::BumpPtrAllocator> set_;
};

} // namespace kiln

namespace llvm {
template <> struct DenseMapInfo<kiln::Atom> {
  static kiln::Atom getEmptyKey() {
    return kiln::Atom::fromOpaque(DenseMapInfo<const void *>::getEmptyKey());
  }
  static kiln::Atom getTombstoneKey() {
    return kiln::Atom::fromOpaque(
        DenseMapInfo<const void *>::getTombstoneKey());
  }
  static unsigned getHashValue(kiln::Atom a) {
    return DenseMapInfo<const void *>::getHashValue(a.getOpaque());
  }
  static bool isEqual(kiln::Atom a, kiln::Atom b) { return a == b; }
};
} // namespace llvm

#endif
