//===- Symbol.h - JavaScript Symbol values ----------------------*- C++ -*-===//
//
// A Symbol is a primitive value with identity: a small heap cell holding its
// description (a string or undefined), referenced by KILN_TAG_SYMBOL values.
// Two symbols are the same value only when they are the same cell, so a
// symbol is usable directly as a property key (shapes compare keys by
// value) and hashes by address, which is stable because cells never move.
// Symbols made by Symbol.for are flagged as registered: Symbol.keyFor
// answers their description, and they cannot be weak-collection keys.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_STRING_SYMBOL_H
#define KILN_STRING_SYMBOL_H

#include "kiln/Cell.h"
#include "kiln/Value.h"

namespace kiln {

struct Runtime;
struct StringCell;

enum SymbolFlags : uint16_t {
  /// Made by Symbol.for: lives in the runtime's registry under its
  /// description.
  kSymbolRegistered = 1,
};

struct SymbolCell {
  GCCell header;
  /// A string value, or undefined for `Symbol()`.
  KilnValue description;

  bool isRegistered() const { return header.flags & kSymbolRegistered; }
};

inline SymbolCell *asSymbol(KilnValue v) {
  return reinterpret_cast<SymbolCell *>(asCell(v));
}
inline KilnValue symbolValue(const SymbolCell *s) {
  return makePointer(KILN_TAG_SYMBOL, s);
}

/// A new, unique symbol with \p description (a string value or undefined);
/// null after raising out-of-memory.
SymbolCell *newSymbol(Runtime &rt, KilnValue description);
/// SymbolDescriptiveString: "Symbol(" + description + ")"; null after
/// raising.
StringCell *symbolDescriptiveString(Runtime &rt, KilnValue symbol);

} // namespace kiln

#endif // KILN_STRING_SYMBOL_H
