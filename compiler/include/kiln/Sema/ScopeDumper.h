//===- ScopeDumper.h - Text dump of Sema's scope tree ------------*- C++
//-*-===//
//
// Prints the scopes Sema attached to a Program for `kilnc --emit=scopes` and
// FileCheck tests. One scope per line, its nested scopes indented by two
// more spaces, in source order:
//
//   global 1:1
//     binding x let captured tdz
//     binding f function
//     globals: console
//     function 2:1 f uses-this uses-arguments
//       binding a param
//       binding arguments arguments captured
//       free: x
//       block 3:3
//         binding y const
//
// A scope line is its kind, the line:col where its construct starts, the
// function's name for function scopes, then the function-level flags that
// are set (uses-this, this-captured, uses-arguments, uses-super-property,
// uses-super-call, uses-new.target, parameter-expressions). Binding lines
// name the kind and the flags that are set (static, get, set, captured, tdz,
// assigned, exported, param-copy). `free:` lists names a function uses but
// does not declare (marked `(global)` when unresolved); the global or module
// scope prints them as `globals:`.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SEMA_SCOPEDUMPER_H
#define KILN_SEMA_SCOPEDUMPER_H

#include "kiln/AST/AST.h"
#include "kiln/Support/SourceManager.h"

namespace llvm {
class raw_ostream;
}

namespace kiln {

/// The root of the AST, as the driver names it.
using Program = ProgramNode;

/// Writes the scope tree of \p program (after Sema has run) to \p os.
void dumpScopes(const Program *program, llvm::raw_ostream &os,
                const SourceManager &sm);

} // namespace kiln

#endif
