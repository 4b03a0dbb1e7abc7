//===- TokenDump.h - kilnc --emit=tokens ------------------------*- C++ -*-===//
//
// Prints every token of a file, one per line, as
//   <kind> '<source text>' <line>:<col> [value=...] [flags]
// a stable format for FileCheck tests of the lexer.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_DRIVER_TOKENDUMP_H
#define KILN_DRIVER_TOKENDUMP_H

#include "kiln/Support/Atom.h"
#include "kiln/Support/Diagnostics.h"

namespace llvm {
class raw_ostream;
}

namespace kiln {

/// Lexes \p file in standalone mode and prints its tokens to \p os.
void dumpTokens(const SourceFile &file, AtomTable &atoms,
                DiagnosticEngine &diags, llvm::raw_ostream &os);

} // namespace kiln

#endif
