//===- ModuleLoader.h - Loading the graph of relative imports ---*- C++ -*-===//
//
// Starting from the analyzed entry module, loads every module it reaches
// through the sources of its `import` and `export ... from` declarations:
// a source must be a relative specifier ("./x.js", "../lib/y.js"), resolved
// against the directory of the file that names it and canonicalized, so a
// file reached by several paths is one module. Each new file is read
// through the session's SourceManager, parsed as a module and analyzed.
// Bare specifiers and files that cannot be read are reported at the source
// literal that names them.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_DRIVER_MODULELOADER_H
#define KILN_DRIVER_MODULELOADER_H

#include "kiln/Driver/FrontendSession.h"
#include "kiln/KIRGen/ModuleGraph.h"

namespace kiln {

/// Fills \p graph with \p entryProgram (parsed from \p entry and analyzed)
/// and every module it reaches, and computes the evaluation order. Returns
/// false if any module could not be loaded or had errors (all reported).
bool loadModuleGraph(FrontendSession &session, const SourceFile &entry,
                     ProgramNode *entryProgram, ModuleGraph &graph);

} // namespace kiln

#endif
