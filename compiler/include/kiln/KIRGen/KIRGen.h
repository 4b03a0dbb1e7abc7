//===- KIRGen.h - Lowering of the analyzed AST to KIR ------------*- C++
//-*-===//
//
// KIRGen turns a Program that Sema has analyzed without errors into a KIR
// Module: function 0 is the top-level code, and every function, arrow and
// method in the source becomes one more function, numbered in the order the
// lowering reaches them. Constructs it cannot lower yet are reported with
// err_kirgen_unsupported; the module is then incomplete and must not be used.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_KIRGEN_KIRGEN_H
#define KILN_KIRGEN_KIRGEN_H

#include "kiln/AST/AST.h"
#include "kiln/KIR/KIR.h"
#include "kiln/Support/Atom.h"
#include "kiln/Support/Diagnostics.h"

#include <memory>

namespace kiln {

/// Lowers \p program to KIR, reporting unsupported constructs to \p diags.
/// Returns null if any error was reported.
std::unique_ptr<kir::Module> generateKIR(ProgramNode *program, AtomTable &atoms,
                                         DiagnosticEngine &diags);

} // namespace kiln

#endif
