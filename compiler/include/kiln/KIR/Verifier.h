//===- Verifier.h - Structural checks of KIR ---------------------*- C++
//-*-===//
//
// The verifier checks the invariants every KIR consumer relies on: each block
// ends in exactly one terminator and has none before it, each instruction's
// operands match its KIROps.def signature, register and local numbers are in
// range, every register read is defined somewhere in the function, every
// block operand and unwind target belongs to the same function, and `catch`
// appears only first in an unwind target, which always begins with one.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_KIR_VERIFIER_H
#define KILN_KIR_VERIFIER_H

#include "kiln/KIR/KIR.h"

namespace kiln::kir {

/// Verifies \p module; writes one line per problem to \p errs and returns
/// false if there was any.
bool verifyModule(const Module &module, llvm::raw_ostream &errs);

} // namespace kiln::kir

#endif
