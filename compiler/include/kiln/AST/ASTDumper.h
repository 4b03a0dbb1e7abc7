//===- ASTDumper.h - Text dump of the AST -----------------------*- C++ -*-===//
//
// Prints an AST as indented text for `kilnc --emit=ast` and FileCheck tests.
// One node per line: its kind, the line:col of its start, then its scalar
// fields; children follow, indented by two more spaces, in source order.
// The format is generated from ASTNodes.def, so every field appears:
//   - flags as bare words when set (`static`, `computed`, `async`),
//   - enums as their spelling (`const`, `+`, `get`),
//   - names as name=x, strings as value="escaped", numbers in shortest
//     round-trip form (value=0.1),
//   - optional children prefixed by their field name (`init: ...`), labeled
//     lists under a `params:` line, array holes as `Hole`.
// Program prints `script` or `module` (and `strict`) and no location.
//
//   Program script strict
//     VariableDeclaration 1:1 const
//       VariableDeclarator 1:7
//         Identifier 1:7 name=x
//         init: NumericLiteral 1:11 value=1
//
//===----------------------------------------------------------------------===//
#ifndef KILN_AST_ASTDUMPER_H
#define KILN_AST_ASTDUMPER_H

namespace llvm {
class raw_ostream;
}

namespace kiln {

class Node;
class SourceManager;

/// Writes the dump of \p root and its subtree to \p os.
void dumpAST(const Node *root, llvm::raw_ostream &os, const SourceManager &sm);

} // namespace kiln

#endif
