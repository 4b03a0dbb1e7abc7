//===- ModuleGraph.h - The ES modules of one compilation ---------*- C++
//-*-===//
//
// A handler may import relative files; kilnc compiles the entry module and
// every module it reaches into one KIR module (see docs/language.md
// "Modules"). The driver loads the graph (kiln/Driver/ModuleLoader.h):
// each file once, by canonical path, parsed and analyzed as a module. The
// KIR generator then links it (resolves every import and re-export to the
// binding it names, reporting the spec's link errors) and lowers all of it
// into one top-level function that evaluates the modules in post-order.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_KIRGEN_MODULEGRAPH_H
#define KILN_KIRGEN_MODULEGRAPH_H

#include "kiln/AST/AST.h"
#include "kiln/KIR/KIR.h"
#include "kiln/Support/Atom.h"
#include "kiln/Support/Diagnostics.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <string>
#include <vector>

namespace kiln {

/// One source module of the graph.
struct ModuleRecord {
  /// The analyzed module (a ProgramNode with isModule set).
  ProgramNode *program = nullptr;
  /// The canonical path of its file; the key that deduplicates modules.
  std::string path;
  /// The specifier as the importer spelled it (for diagnostics); the entry
  /// module's is its file name.
  std::string displayName;
  /// The module each `from "..."` / `import "..."` source literal of the
  /// module names.
  llvm::DenseMap<const StringLiteralNode *, ModuleRecord *> requested;
  /// The modules requested, each once, in the order of the import and
  /// export declarations that first name them.
  std::vector<ModuleRecord *> dependencies;
};

/// The entry module and every module it reaches through relative imports.
struct ModuleGraph {
  /// All modules; the entry is first.
  std::vector<std::unique_ptr<ModuleRecord>> modules;
  /// The order of evaluation: a depth-first post-order from the entry over
  /// `dependencies` (a module in a cycle is evaluated once, when the walk
  /// that first reached it finishes), the entry last.
  std::vector<ModuleRecord *> evaluationOrder;

  ModuleRecord *getEntry() const {
    return modules.empty() ? nullptr : modules.front().get();
  }
  /// True when the entry imports or re-exports nothing (a lone module).
  bool isSingleModule() const {
    return modules.size() == 1 && modules.front()->requested.empty();
  }
  /// Fills evaluationOrder from the dependencies.
  void computeEvaluationOrder();
};

/// Links \p graph and lowers it to one KIR module whose top-level function
/// evaluates every module once and returns the entry's namespace object.
/// Link errors (an import of a name a module does not export, an ambiguous
/// star export) are reported to \p diags; returns null after any error.
std::unique_ptr<kir::Module> generateKIR(ModuleGraph &graph, AtomTable &atoms,
                                         DiagnosticEngine &diags);

} // namespace kiln

#endif
