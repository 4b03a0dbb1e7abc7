//===- Sema.h - Scope analysis and early errors ------------------*- C++
//-*-===//
//
// Sema runs after the parser, over the whole Program: it builds the scope
// tree (kiln/Sema/Scope.h), resolves every identifier reference to its
// Binding, records closure captures, TDZ hazards and each function's use of
// `this`, `arguments`, `super` and `new.target`, and reports the spec's early
// errors that need scope information (redeclarations, labels, break and
// continue targets, `super` / `new.target` placement, duplicate parameters,
// exports, private names). It is linear in the size of the AST and tolerates
// the holes a parser leaves after recovering from syntax errors.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SEMA_SEMA_H
#define KILN_SEMA_SEMA_H

#include "kiln/AST/AST.h"
#include "kiln/Sema/Scope.h"
#include "kiln/Support/Atom.h"
#include "kiln/Support/Diagnostics.h"

namespace kiln {

/// The root of the AST, as the driver names it.
using Program = ProgramNode;

class Sema {
public:
  Sema(ASTContext &ctx, AtomTable &atoms, DiagnosticEngine &diags);

  /// Analyzes \p program, filling the AST's Sema slots and reporting errors.
  /// Stops early once the DiagnosticEngine's error limit is reached.
  void run(Program *program);

private:
  ASTContext &ctx_;
  AtomTable &atoms_;
  DiagnosticEngine &diags_;
};

} // namespace kiln

#endif
