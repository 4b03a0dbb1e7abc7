//===- Quoting.h - Quoted strings in compiler dumps --------------*- C++
//-*-===//
//
// Every text dump of the compiler (tokens, AST, scopes, KIR, bytecode) prints
// string values the same way: in double quotes, with \" \\ \n \r \t and \xHH
// for other control bytes, so a dump is one line per item and FileCheck can
// match it.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_QUOTING_H
#define KILN_SUPPORT_QUOTING_H

#include "llvm/ADT/StringRef.h"

namespace llvm {
class raw_ostream;
}

namespace kiln {

/// How bytes outside ASCII appear in a quoted string.
enum class NonASCIIStyle {
  /// Well-formed UTF-8 is kept as it is; a lone surrogate (which WTF-8
  /// encodes like a three-byte sequence) is written \uXXXX.
  Keep,
  /// Every byte >= 0x7F is written \xHH, so the dump is plain ASCII.
  Escape,
};

/// Writes \p wtf8 to \p os in double quotes with escapes.
void writeQuoted(llvm::raw_ostream &os, llvm::StringRef wtf8,
                 NonASCIIStyle style = NonASCIIStyle::Keep);

} // namespace kiln

#endif
