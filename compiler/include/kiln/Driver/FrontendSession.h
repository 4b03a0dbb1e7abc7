//===- FrontendSession.h - One run of the front end ------------*- C++ -*-===//
//
// A FrontendSession owns everything one compilation's front end needs — the
// sources, the atom table, the AST arena and the diagnostics — and runs lex,
// parse and Sema over one file. kilnc, the fuzzers, the benchmarks and the
// conformance tools all go through it, so they exercise the same pipeline.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_DRIVER_FRONTENDSESSION_H
#define KILN_DRIVER_FRONTENDSESSION_H

#include "kiln/AST/AST.h"
#include "kiln/KIR/KIR.h"
#include "kiln/KIRGen/ModuleGraph.h"
#include "kiln/Support/Atom.h"
#include "kiln/Support/Diagnostics.h"
#include "kiln/Support/SourceManager.h"

#include "llvm/ADT/StringRef.h"

#include <memory>

namespace kiln {

/// How a file's top level is parsed. Both kinds are strict mode code.
enum class SourceKind { Auto, Script, Module };

class FrontendSession {
public:
  explicit FrontendSession(llvm::raw_ostream &diagStream);

  SourceManager &getSourceManager() { return sm_; }
  DiagnosticEngine &getDiagnostics() { return diags_; }
  AtomTable &getAtoms() { return atoms_; }
  ASTContext &getASTContext() { return ast_; }

  /// Resolves SourceKind::Auto: a file is a module when its name ends in
  /// ".mjs" or its text has an `export`, or an `import` that is not `import(`
  /// or `import.`; otherwise a script.
  SourceKind resolveKind(const SourceFile &file, SourceKind requested);

  /// Lexes and parses \p file. Returns null only if nothing could be parsed
  /// at all; check getDiagnostics().hasErrors() for success.
  Program *parse(const SourceFile &file, SourceKind kind);
  /// Runs Sema's scope analysis and early errors over \p program.
  void analyze(Program *program);
  /// Lowers an analyzed \p program to KIR and verifies the result; null if
  /// the program had errors, uses something the KIR generator does not
  /// support yet (both reported as diagnostics), or the KIR failed
  /// verification (a compiler bug, printed as an internal error).
  std::unique_ptr<kir::Module> generateIR(Program *program);
  /// generateIR for a loaded graph of modules (kiln/Driver/ModuleLoader.h):
  /// links it and lowers every module into one KIR module.
  std::unique_ptr<kir::Module> generateIR(ModuleGraph &graph);

private:
  /// \p module if it passes the KIR verifier, else null after an internal
  /// error.
  std::unique_ptr<kir::Module> verifyIR(std::unique_ptr<kir::Module> module);

  llvm::raw_ostream &diagStream_;
  SourceManager sm_;
  DiagnosticEngine diags_;
  AtomTable atoms_;
  ASTContext ast_;
};

} // namespace kiln

#endif
