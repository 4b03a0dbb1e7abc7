//===- AST.cpp - Node kind names, enum spellings and child iteration ------===//
//
// The parts of the AST that are generated from ASTNodes.def and
// ASTEnums.def as code rather than declarations: kind names, enumerator
// spellings and forEachChild, the one place that knows which fields of each
// node are children.
//
//===----------------------------------------------------------------------===//
#include "kiln/AST/AST.h"

using namespace kiln;

static const char *const kNodeKindNames[] = {
#define NODE_BEGIN(Name, Base) #Name,
#include "kiln/AST/ASTNodes.def"
};

llvm::StringRef kiln::getNodeKindName(NodeKind kind) {
  return kNodeKindNames[unsigned(kind)];
}

#define AST_ENUM_BEGIN(Type)                                                   \
  llvm::StringRef kiln::getSpelling(Type value) {                              \
    switch (value) {
#define AST_ENUMERATOR(Type, Name, Spelling)                                   \
  case Type::Name:                                                             \
    return Spelling;
#define AST_ENUM_END(Type)                                                     \
  }                                                                            \
  return "";                                                                   \
  }
#include "kiln/AST/ASTEnums.def"

namespace {
/// Per-class child iteration: each class first visits its base's children.
void visitFieldsOf(Node *, llvm::function_ref<void(Node *)>) {}

#define NODE_BEGIN(Name, Base)                                                 \
  [[maybe_unused]] void visitFieldsOf(Name##Node *n,                           \
                                      llvm::function_ref<void(Node *)> fn) {   \
    visitFieldsOf(static_cast<Base *>(n), fn);
#define NODE_END(Name) }
#define ABSTRACT_BEGIN(Name, Base) NODE_BEGIN(Name, Base)
#define ABSTRACT_END(Name, First, Last) }
#define FIELD_CHILD(Type, name)                                                \
  if (n->name)                                                                 \
    fn(n->name);
#define FIELD_OPT(Type, name) FIELD_CHILD(Type, name)
#define FIELD_LIST(Type, name)                                                 \
  for (Node * child : n->name)                                                 \
    if (child)                                                                 \
      fn(child);
#define FIELD_LABELED_LIST(Type, name) FIELD_LIST(Type, name)
#include "kiln/AST/ASTNodes.def"
} // namespace

void kiln::forEachChild(Node *node, llvm::function_ref<void(Node *)> fn) {
  switch (node->getKind()) {
#define NODE_BEGIN(Name, Base)                                                 \
  case NodeKind::Name:                                                         \
    return visitFieldsOf(llvm::cast<Name##Node>(node), fn);
#include "kiln/AST/ASTNodes.def"
  default:
    return;
  }
}
