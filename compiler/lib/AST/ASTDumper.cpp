//===- ASTDumper.cpp - Text dump of the AST -------------------------------===//
//
// Implements dumpAST (see ASTDumper.h for the format). The per-kind code is
// generated from ASTNodes.def: one function prints a node's scalar fields on
// its line, another prints its children below it.
//
//===----------------------------------------------------------------------===//
#include "kiln/AST/ASTDumper.h"
#include "kiln/AST/AST.h"
#include "kiln/Support/NumberFormat.h"
#include "kiln/Support/Quoting.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace kiln;

namespace {

class Dumper {
public:
  Dumper(llvm::raw_ostream &os, const SourceManager &sm) : os_(os), sm_(sm) {}

  /// Prints \p node (null prints `Hole`) at \p depth, prefixed by \p label.
  void dumpNode(const Node *node, unsigned depth, const char *label);
  void dumpLabel(const char *label, unsigned depth) {
    os_.indent(depth * 2) << label << ":\n";
  }

  llvm::raw_ostream &os_;
  const SourceManager &sm_;
};

void printSpelling(llvm::raw_ostream &os, llvm::StringRef spelling) {
  if (!spelling.empty())
    os << ' ' << spelling;
}

//===--- Scalars: generated per class, each printing its base's first -----===//

void dumpScalars(const Node *, llvm::raw_ostream &) {}

#define NODE_BEGIN(Name, Base)                                                 \
  [[maybe_unused]] void dumpScalars(const Name##Node *n,                       \
                                    llvm::raw_ostream &os) {                   \
    dumpScalars(static_cast<const Base *>(n), os);
#define NODE_END(Name) }
#define ABSTRACT_BEGIN(Name, Base) NODE_BEGIN(Name, Base)
#define ABSTRACT_END(Name, First, Last) }
#define FIELD_NAME(name) os << " " #name "=" << n->name.str();
#define FIELD_STRING(name)                                                     \
  os << " " #name "=";                                                         \
  writeQuoted(os, n->name.str());
#define FIELD_NUMBER(name) os << " " #name "=" << formatShortestDouble(n->name);
#define FIELD_FLAG(name)                                                       \
  if (n->name)                                                                 \
    os << " " #name;
#define FIELD_BOOL(name) os << " " #name "=" << (n->name ? "true" : "false");
#define FIELD_ENUM(Type, name) printSpelling(os, getSpelling(n->name));
#include "kiln/AST/ASTNodes.def"

//===--- Children ---------------------------------------------------------===//

void dumpChildren(const Node *, Dumper &, unsigned) {}

#define NODE_BEGIN(Name, Base)                                                 \
  [[maybe_unused]] void dumpChildren(const Name##Node *n, Dumper &d,           \
                                     unsigned depth) {                         \
    dumpChildren(static_cast<const Base *>(n), d, depth);
#define NODE_END(Name) }
#define ABSTRACT_BEGIN(Name, Base) NODE_BEGIN(Name, Base)
#define ABSTRACT_END(Name, First, Last) }
#define FIELD_CHILD(Type, name) d.dumpNode(n->name, depth, nullptr);
#define FIELD_OPT(Type, name)                                                  \
  if (n->name)                                                                 \
    d.dumpNode(n->name, depth, #name);
#define FIELD_LIST(Type, name)                                                 \
  for (const Node *child : n->name)                                            \
    d.dumpNode(child, depth, nullptr);
#define FIELD_LABELED_LIST(Type, name)                                         \
  if (!n->name.empty()) {                                                      \
    d.dumpLabel(#name, depth);                                                 \
    for (const Node *child : n->name)                                          \
      d.dumpNode(child, depth + 1, nullptr);                                   \
  }
#include "kiln/AST/ASTNodes.def"

void Dumper::dumpNode(const Node *node, unsigned depth, const char *label) {
  os_.indent(depth * 2);
  if (label)
    os_ << label << ": ";
  if (!node) {
    os_ << "Hole\n";
    return;
  }
  os_ << getNodeKindName(node->getKind());
  if (auto *prog = llvm::dyn_cast<ProgramNode>(node)) {
    os_ << (prog->isModule ? " module" : " script");
    if (prog->isStrict)
      os_ << " strict";
  } else {
    SourceLoc loc = node->getStartLoc();
    if (const SourceFile *file = sm_.getFile(loc)) {
      unsigned line, col;
      file->getLineAndColumn(file->getOffset(loc), line, col);
      os_ << ' ' << line << ':' << col;
    }
    switch (node->getKind()) {
#define NODE_BEGIN(Name, Base)                                                 \
  case NodeKind::Name:                                                         \
    dumpScalars(llvm::cast<Name##Node>(node), os_);                            \
    break;
#include "kiln/AST/ASTNodes.def"
    default:
      break;
    }
  }
  os_ << '\n';
  switch (node->getKind()) {
#define NODE_BEGIN(Name, Base)                                                 \
  case NodeKind::Name:                                                         \
    return dumpChildren(llvm::cast<Name##Node>(node), *this, depth + 1);
#include "kiln/AST/ASTNodes.def"
  default:
    return;
  }
}

} // namespace

void kiln::dumpAST(const Node *root, llvm::raw_ostream &os,
                   const SourceManager &sm) {
  Dumper(os, sm).dumpNode(root, 0, nullptr);
}
