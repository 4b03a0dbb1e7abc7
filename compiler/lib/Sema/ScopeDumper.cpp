//===- ScopeDumper.cpp - Text dump of Sema's scope tree -------------------===//
//
// Implements dumpScopes (see ScopeDumper.h for the format): a preorder walk
// of the scope tree through first-child / next-sibling links.
//
//===----------------------------------------------------------------------===//
#include "kiln/Sema/ScopeDumper.h"
#include "kiln/Sema/Scope.h"

#include "llvm/Support/raw_ostream.h"

using namespace kiln;

namespace {

class ScopeDumper {
public:
  ScopeDumper(llvm::raw_ostream &os, const SourceManager &sm)
      : os_(os), sm_(sm) {}

  void dump(const Scope *scope, unsigned depth);

private:
  void printLoc(SourceLoc loc);
  void printName(const Scope *scope);
  void printFunctionFlags(const Scope *scope);
  void printBinding(const Binding *b, unsigned depth);
  void printFree(const Scope *scope, unsigned depth);

  llvm::raw_ostream &os_;
  const SourceManager &sm_;
};

void ScopeDumper::printLoc(SourceLoc loc) {
  const SourceFile *file = sm_.getFile(loc);
  if (!file)
    return;
  unsigned line, col;
  file->getLineAndColumn(file->getOffset(loc), line, col);
  os_ << ' ' << line << ':' << col;
}

void ScopeDumper::printName(const Scope *scope) {
  const Node *node = scope->getNode();
  const IdentifierNode *id = nullptr;
  if (auto *fn = llvm::dyn_cast_or_null<FunctionLikeNode>(node))
    id = fn->id;
  else if (auto *cls = llvm::dyn_cast_or_null<ClassLikeNode>(node))
    id = cls->id;
  if (id && id->name && scope->getKind() != ScopeKind::FunctionName)
    os_ << ' ' << id->name.str();
}

void ScopeDumper::printFunctionFlags(const Scope *scope) {
  if (!scope->isFunctionScope())
    return;
  if (scope->usesThis())
    os_ << " uses-this";
  if (scope->isThisCaptured())
    os_ << " this-captured";
  if (scope->usesArguments())
    os_ << " uses-arguments";
  if (scope->usesSuperProperty())
    os_ << " uses-super-property";
  if (scope->usesSuperCall())
    os_ << " uses-super-call";
  if (scope->usesNewTarget())
    os_ << " uses-new.target";
  if (scope->hasParameterExpressions())
    os_ << " parameter-expressions";
}

void ScopeDumper::printBinding(const Binding *b, unsigned depth) {
  os_.indent(depth * 2) << "binding " << (b->isPrivate() ? "#" : "")
                        << b->name.str() << ' ' << getSpelling(b->kind);
  if (b->isStatic)
    os_ << " static";
  if (b->kind == BindingKind::PrivateAccessor) {
    if (b->hasGetter)
      os_ << " get";
    if (b->hasSetter)
      os_ << " set";
  }
  if (b->isCaptured)
    os_ << " captured";
  if (b->needsTDZ)
    os_ << " tdz";
  if (b->isAssigned)
    os_ << " assigned";
  if (b->isExported)
    os_ << " exported";
  if (b->isParamCopy)
    os_ << " param-copy";
  os_ << '\n';
}

void ScopeDumper::printFree(const Scope *scope, unsigned depth) {
  llvm::ArrayRef<FreeReference> free = scope->getFreeReferences();
  if (free.empty())
    return;
  bool isTop = scope->getKind() == ScopeKind::Global ||
               scope->getKind() == ScopeKind::Module;
  os_.indent(depth * 2) << (isTop ? "globals:" : "free:");
  for (const FreeReference &ref : free) {
    os_ << ' ' << ref.name.str();
    if (!ref.binding && !isTop)
      os_ << "(global)";
  }
  os_ << '\n';
}

void ScopeDumper::dump(const Scope *scope, unsigned depth) {
  os_.indent(depth * 2) << getSpelling(scope->getKind());
  if (const Node *node = scope->getNode())
    printLoc(node->getStartLoc());
  printName(scope);
  printFunctionFlags(scope);
  os_ << '\n';
  for (const Binding *b : scope->getBindings())
    printBinding(b, depth + 1);
  printFree(scope, depth + 1);
  for (const Scope *child = scope->getFirstChild(); child;
       child = child->getNextSibling())
    dump(child, depth + 1);
}

} // namespace

void kiln::dumpScopes(const Program *program, llvm::raw_ostream &os,
                      const SourceManager &sm) {
  if (!program || !program->scope)
    return;
  ScopeDumper(os, sm).dump(program->scope, 0);
}
